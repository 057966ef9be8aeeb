// The built binary's plain behaviours: help, version, and one-line failures with exit code 2.
import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/tmux.js';
import { scratchDir } from '../helpers/scratchDir.js';

const FIXTURES = fileURLToPath(new URL('../../demo-fixtures/kilo-guardian', import.meta.url));
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function kiloTui(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_PATH, ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr });
    });
  });
}

describe('kilo-tui binary', () => {
  it('prints help listing every command, exit 0', async () => {
    const { code, stdout } = await kiloTui('--help');
    expect(code).toBe(0);
    for (const text of ['kilo-tui --demo', 'kilo-tui audit', 'kilo-tui demo-server', '--kubeconfig', '--context', '--readonly', '--log-lines']) {
      expect(stdout).toContain(text);
    }
  });

  it('prints its version, exit 0', async () => {
    expect(await kiloTui('--version')).toMatchObject({ code: 0, stdout: `kilo-tui ${VERSION}\n` });
  });

  it('rejects an unknown flag in one line, exit 2', async () => {
    const { code, stderr } = await kiloTui('--bogus');
    expect(code).toBe(2);
    expect(stderr).toBe("kilo-tui: unknown flag '--bogus' (see kilo-tui --help)\n");
  });

  it('refuses a malformed fixture with one line naming the file and the field, exit 2', async () => {
    const dir = scratchDir('kilo-bad-fixture-');
    cpSync(FIXTURES, dir, { recursive: true });
    const file = join(dir, 'services.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: kilo-cam\n', 'name: [kilo-cam]\n'));
    const { code, stdout, stderr } = await kiloTui('demo-server', '--fixtures', dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(file);
    expect(stderr).toMatch(/items\[\d+\]\.metadata\.name/);
  });
});
