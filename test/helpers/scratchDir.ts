// Temporary folders for tests, removed once the importing test file's tests are done (afterAll on
// its root suite, as in tmux.ts: vitest ends workers with SIGTERM, so an 'exit' handler never runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder under the system's temp folder, named `<prefix>XXXXXX`. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
