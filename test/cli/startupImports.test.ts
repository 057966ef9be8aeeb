// What `kilo-tui` evaluates before its first list requests go out: the modules tui.ts imports
// statically (the bundle evaluates a dynamically imported module only when the import runs). The
// UI (Ink, React, runTui) is imported after the requests are started, and the simulated cluster
// only for --demo; either one imported statically would be evaluated before the first request.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Specifiers a file imports statically and at run time (no `import type`, no `import()`). */
function staticImports(source: string): string[] {
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  return [...source.matchAll(statement)].filter((match) => !match[2]).map((match) => match[3]);
}

function localFile(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // the other extension
    }
  }
  return undefined;
}

/** Every source file and package `entry` loads statically, itself included. */
function staticClosure(entry: string): { files: string[]; packages: string[] } {
  const files = new Set([entry]);
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const specifier of staticImports(readFileSync(current, 'utf8'))) {
      const next = localFile(current, specifier);
      if (!next) {
        if (!specifier.startsWith('.')) packages.add(specifier);
        continue;
      }
      if (!files.has(next)) {
        files.add(next);
        queue.push(next);
      }
    }
  }
  return { files: [...files].map((file) => relative(SRC, file)), packages: [...packages] };
}

describe('what the TUI command evaluates before its first requests', () => {
  const { files, packages } = staticClosure(resolve(SRC, 'cli/commands/tui.ts'));

  it('reads static imports and skips type-only and dynamic ones', () => {
    expect(staticImports("import { a } from './a.js';\nimport type { B } from './b.js';\nexport { c } from './c.js';\nconst d = await import('./d.js');\n")).toEqual(['./a.js', './c.js']);
    expect(files).toContain('store/syncCluster.ts');
    expect(files).toContain('kube/connect.ts');
  });

  it('no UI: Ink, React and runTui are imported once the lists are asked for', () => {
    expect(files.filter((file) => file.startsWith('ui/') && file !== 'ui/earlyKeys.ts')).toEqual([]);
    expect(packages.filter((name) => /^(ink|react)(\/|$)|^ink-/.test(name))).toEqual([]);
  });

  it('no simulated cluster, its server or its fixtures unless --demo asks for them', () => {
    expect(files.filter((file) => file.startsWith('demo/') && !['demo/clock.ts', 'demo/fixtureTypes.ts'].includes(file))).toEqual([]);
  });
});
