// The layering the code relies on, checked on the source: the app never reaches into the demo
// server (the oracle the tests compare against), and domain/ stays pure.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// Static imports and re-exports, `import type`, and dynamic import() alike.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** Every import of the files under `folder`, as the top-level src/ folder it resolves into (or the package name). */
function importsOf(folder: string): { file: string; target: string }[] {
  return sourceFiles(join(SRC, folder)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((match) => {
      const specifier = match[1];
      const target = specifier.startsWith('.') ? relative(SRC, resolve(dirname(file), specifier)).split('/')[0] : specifier;
      return { file: relative(SRC, file), target };
    }),
  );
}

const violations = (folders: string[], forbidden: (target: string) => boolean): string[] =>
  folders.flatMap((folder) => importsOf(folder).filter(({ target }) => forbidden(target)).map(({ file, target }) => `${file} imports ${target}/`));

describe('import boundaries', () => {
  it('the scanner sees imports (a scan that finds nothing would pass anything)', () => {
    expect(importsOf('cli').some(({ target }) => target === 'demo')).toBe(true);
    expect(importsOf('ui').some(({ target }) => target === 'store')).toBe(true);
  });

  it('nothing in ui/, store/, logs/, render/ or kube/ imports src/demo/: only cli/ starts the demo', () => {
    expect(violations(['ui', 'store', 'logs', 'render', 'kube'], (target) => target === 'demo')).toEqual([]);
  });

  it('domain/ imports nothing from kube/, store/, ui/, render/ or demo/, nor any I/O or UI library', () => {
    const outside = new Set(['kube', 'store', 'ui', 'render', 'demo', 'logs', 'cli', 'app', 'audit', 'bench']);
    const libraries = /^(@kubernetes\/|ink|react|zustand|node:)/;
    expect(violations(['domain'], (target) => outside.has(target) || libraries.test(target))).toEqual([]);
  });
});
