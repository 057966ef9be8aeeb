// Issue 3: failures before the first frame are one clear line on stderr and exit code 2. The built
// binary runs under `script` so that stdout is a terminal, except in the case that tests a pipe.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PATH } from '../helpers/tmux.js';
import { scratchDir } from '../helpers/scratchDir.js';

interface Outcome {
  code: number | null;
  output: string;
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** Runs kilo-tui with a pseudo-terminal as stdin/stdout (util-linux `script`); output is what the terminal showed. */
function runInTerminal(args: string[], env: Record<string, string>): Promise<Outcome> {
  const command = [process.execPath, CLI_PATH, ...args].map(quote).join(' ');
  return run('script', ['-qec', command, '/dev/null'], env);
}

function run(file: string, args: string[], env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(file, args, { env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      const code = error ? ((error as { code?: unknown }).code as number | null) : 0;
      resolve({ code: typeof code === 'number' ? code : null, output: `${stdout}${stderr}`.replace(/\r/g, '') });
    });
  });
}

const tempHome = () => scratchDir('kilo-home-');

function kubeconfigFor(server: string, context = 'kind-kilo'): string {
  const path = join(tempHome(), 'config');
  writeFileSync(
    path,
    `apiVersion: v1
kind: Config
current-context: ${context}
clusters: [{ name: c, cluster: { server: "${server}" } }]
users: [{ name: u, user: { token: t } }]
contexts: [{ name: ${context}, context: { cluster: c, user: u, namespace: default } }]
`,
  );
  return path;
}

/** A port nothing listens on: bound, read, then closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function expectOneLine(outcome: Outcome, pattern: RegExp): void {
  const lines = outcome.output.split('\n').filter((line) => line.trim() !== '');
  expect(lines, outcome.output).toHaveLength(1);
  expect(lines[0]).toMatch(/^kilo-tui: /);
  expect(lines[0]).toMatch(pattern);
  expect(outcome.output).not.toMatch(/\s+at \S+ \(/);
  expect(outcome.code).toBe(2);
}

describe('kilo-tui startup errors (built binary)', () => {
  it('without a kubeconfig suggests --demo', async () => {
    const home = tempHome();
    const outcome = await runInTerminal([], { HOME: home, KUBECONFIG: join(home, 'nowhere', 'config') });
    expectOneLine(outcome, /kubeconfig.*--demo/);
  });

  it('names an unknown --context', async () => {
    const outcome = await runInTerminal(['--context', 'nope'], { HOME: tempHome(), KUBECONFIG: kubeconfigFor('https://127.0.0.1:6443') });
    expectOneLine(outcome, /context.*"?nope"?/);
  });

  it('says which server cannot be reached', async () => {
    const port = await closedPort();
    const outcome = await runInTerminal([], { HOME: tempHome(), KUBECONFIG: kubeconfigFor(`http://127.0.0.1:${port}`) });
    expectOneLine(outcome, new RegExp(`127\\.0\\.0\\.1:${port}`));
    expect(outcome.output).toMatch(/reach|refused/i);
  });

  it('refuses to draw into a pipe and points to `kilo-tui audit`', async () => {
    const outcome = await run(process.execPath, [CLI_PATH, '--demo'], { HOME: tempHome() });
    expectOneLine(outcome, /stdout is not a terminal.*audit/);
  });
});
