// Ink's internal Output module. Ink's package exports only its index, so in the TypeScript build
// it is reached by file URL next to the installed Ink; the single-file bundle replaces this file
// with a static import of the same module (scripts/bundle/inkOutputModule.ts), since a bundle has
// no installed Ink to resolve.
export function importInkOutput(): Promise<{ default?: unknown }> {
  return import(new URL('./output.js', import.meta.resolve('ink')).href) as Promise<{ default?: unknown }>;
}
