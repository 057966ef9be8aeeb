// Issue 13's command-line papercuts, on the built binary: a closed pipe, a namespace that does not
// exist, a subcommand's help, flags that do not apply.
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/tmux.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function bash(script: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile('bash', ['-c', script], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

const kiloTui = `'${process.execPath}' '${CLI_PATH}'`;

describe('kilo-tui on the command line', () => {
  it('audit into a pipe that closes early ends quietly with the audit\'s exit code', async () => {
    // `| true` closes before the audit writes a byte (EPIPE on the first write); `| head -c 100` as a user types it.
    for (const reader of ['true', 'head -c 100 > /dev/null']) {
      const run = await bash(`${kiloTui} audit --demo | ${reader}; echo "status \${PIPESTATUS[0]}"`);
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe('status 3');
    }
    // Two demo audits in a row: ~8 s idle, past the 30 s default on a loaded 2-core machine.
  }, 120_000);

  it('audit -n of a namespace that does not exist says so and exits 2', async () => {
    const run = await bash(`${kiloTui} audit --demo -n typo`);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toMatch(/^kilo-tui: namespace "typo" does not exist/);
  });

  it('audit --help prints the audit\'s help', async () => {
    const run = await bash(`${kiloTui} audit --help`);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^kilo-tui audit/);
  });

  it('demo-server -n foo is refused in one line, exit 2', async () => {
    const run = await bash(`${kiloTui} demo-server -n foo`);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/-n does not apply to 'kilo-tui demo-server'/);
  });
});
