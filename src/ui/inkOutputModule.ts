// Ink's internal modules: Output (inkOutputCache.ts) and the instance registry (inkResize.ts).
// Ink's package exports only its index, so in the TypeScript build they are reached by file URL
// next to the installed Ink; the single-file bundle replaces this file with static imports of the
// same modules (scripts/bundle/inkOutputModule.ts), since a bundle has no installed Ink to resolve.
export function importInkOutput(): Promise<{ default?: unknown }> {
  return import(new URL('./output.js', import.meta.resolve('ink')).href) as Promise<{ default?: unknown }>;
}

export function importInkInstances(): Promise<{ default?: unknown }> {
  return import(new URL('./instances.js', import.meta.resolve('ink')).href) as Promise<{ default?: unknown }>;
}
