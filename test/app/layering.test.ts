// The layers as the README draws them: app/ runs the flows without Ink or React (so it is tested,
// and could be driven, with no terminal), and ui/ reaches the cluster only through kube/ and app/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Module specifiers a file loads at run time (`import type` is erased by the compiler). */
export function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(statement)) if (!match[2]) specifiers.push(match[3]);
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specifiers.push(match[1]);
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`].find((candidate) => sourceFiles(dirname(candidate)).includes(candidate));
}

const isInkOrReact = (specifier: string) => /^(ink|react|ink-[\w-]+|react-[\w-]+|react\/.*|ink\/.*)$/.test(specifier);

/** Every file `file` loads, itself included, each with the chain that reaches it. */
function reachable(file: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[file, [file]]]);
  const queue = [file];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const specifier of runtimeImports(readFileSync(current, 'utf8'))) {
      const next = resolveLocal(current, specifier);
      if (next && !seen.has(next)) {
        seen.set(next, [...seen.get(current)!, next]);
        queue.push(next);
      }
    }
  }
  return seen;
}

const rel = (path: string) => relative(SRC, path);

describe('layering', () => {
  it('reads run-time imports and skips type-only ones', () => {
    const source = "import { Box } from 'ink';\nimport type { Key } from 'ink';\nexport { x } from './x.js';\nconst m = await import('react');\n";
    expect(runtimeImports(source)).toEqual(['ink', './x.js', 'react']);
  });

  it('nothing in src/app loads ink or react, directly or through what it imports', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(SRC, 'app'))) {
      for (const [reached, chain] of reachable(file)) {
        const bad = runtimeImports(readFileSync(reached, 'utf8')).filter(isInkOrReact);
        if (bad.length > 0) offenders.push(`${chain.map(rel).join(' → ')} imports ${bad.join(', ')}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('nothing in src/app imports src/ui (not even types): the dependency points from ui to app', () => {
    const offenders = sourceFiles(join(SRC, 'app')).filter((file) => /from\s+['"](\.\.\/)+ui\//.test(readFileSync(file, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('nothing in src/ui imports @kubernetes/client-node: the cluster is reached through kube/ and app/', () => {
    const offenders = sourceFiles(join(SRC, 'ui')).filter((file) => /['"]@kubernetes\/client-node['"]/.test(readFileSync(file, 'utf8')));
    expect(offenders.map(rel)).toEqual([]);
  });

  it('src/app exists and holds the action flow, the root-cause reads and the log saving', () => {
    const files = sourceFiles(join(SRC, 'app')).map(rel);
    expect(files).toEqual(expect.arrayContaining(['app/actions/actionController.ts', 'app/audit/rootCauseCache.ts', 'app/logs/saveLogs.ts']));
  });
});
