// What `npm pack` would publish: the program and its demo fixtures, not the bench or source maps.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function packedPaths(): Promise<string[]> {
  // The suite has already built; scripts are skipped so packing does not build again.
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT });
  const [pack] = JSON.parse(stdout) as { files: { path: string }[] }[];
  return pack.files.map((file) => file.path);
}

describe('the published package', () => {
  it('holds the CLI and the demo fixtures, and no bench code or source maps', async () => {
    const paths = await packedPaths();
    expect(paths.some((path) => path.startsWith('demo-fixtures/'))).toBe(true);
    expect(paths).toContain('package.json');
    expect(paths.filter((path) => /(^|\/)bench\//.test(path))).toEqual([]);
    expect(paths.filter((path) => path.endsWith('.map'))).toEqual([]);
  });
});
