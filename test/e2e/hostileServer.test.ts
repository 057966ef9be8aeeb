// The built binary in tmux against a server that sends what it should not (malformed list items),
// fails at startup, names no such namespace, or is slow to answer while keys are typed; and a
// process-level error injected into kilo-tui. Each time: no crash, no stack trace, the terminal
// restored, and the header saying what happened.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deployment } from '../render/objectBuilders.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { startScriptedServer, type Script, type ScriptedServer } from '../helpers/scriptedApiServer.js';
import { CLI_PATH, startTmux, tmux, type TmuxSession } from '../helpers/tmux.js';

let session: TmuxSession | undefined;
let server: ScriptedServer | undefined;
afterEach(async () => {
  session?.kill();
  session = undefined;
  await server?.close();
  server = undefined;
});

const EXITED = /kilo-tui exited with (\d+)/;
const paneInfo = (name: string, format: string) => tmux('display-message', '-p', '-t', name, format).trim();

async function open(script: Script, options: { namespace?: string; nodeOptions?: string; before?: (tui: TmuxSession) => void } = {}): Promise<TmuxSession> {
  server = await startScriptedServer(script);
  const home = scratchDir('kilo-hostile-');
  const kubeconfig = server.kubeconfig(home, options.namespace ?? 'kilo-guardian');
  const command = `${[process.execPath, CLI_PATH].map((arg) => `'${arg}'`).join(' ')}; echo "kilo-tui exited with $?"; sleep 60`;
  session = startTmux(['bash', '-c', command], { env: { HOME: home, KUBECONFIG: kubeconfig, ...(options.nodeOptions ? { NODE_OPTIONS: options.nodeOptions } : {}) } });
  return session;
}

async function quitAndExitCode(tui: TmuxSession): Promise<{ code: string; screen: string }> {
  tui.type(':');
  await tui.waitFor(/^:▏/m);
  tui.type('q');
  tui.send('Enter');
  const screen = await tui.waitFor(EXITED);
  expect(paneInfo(tui.name, '#{alternate_on}')).toBe('0');
  return { code: EXITED.exec(screen)![1], screen };
}

describe('kilo-tui against a hostile or failing server (built binary, tmux)', () => {
  it('skips list items that are 42, null or {"metadata":null}, counts them in the header, and quits cleanly', async () => {
    const good = deployment('kilo-meds');
    const tui = await open({ lists: { deployments: [{ metadata: null }, 42, null, good], events: [{ metadata: { name: 'e', uid: 'e1' }, involvedObject: { name: 'x' }, reason: 'NoKind', message: 'about nothing' }] } });
    await tui.waitFor('kilo-meds');
    await tui.waitFor('3 invalid objects skipped');
    tui.type(':');
    await tui.waitFor(/^:▏/m);
    for (const key of 'events') tui.type(key);
    tui.send('Enter');
    await tui.waitFor('about nothing');
    const { code, screen: after } = await quitAndExitCode(tui);
    expect(code).toBe('0');
    expect(after).not.toMatch(/TypeError|\s+at \S+ \(/);
  });

  it('says the namespace does not exist', async () => {
    const tui = await open({ namespaceMissing: true }, { namespace: 'typo' });
    await tui.waitFor('namespace "typo" does not exist');
    expect((await quitAndExitCode(tui)).code).toBe('0');
  });

  it('HTTP 500s at startup show "not loaded", not 0', async () => {
    const tui = await open({ listStatus: 500 });
    const screen = await tui.waitFor('deploy not loaded');
    expect(screen).not.toMatch(/\b0 deploy\b/);
    expect((await quitAndExitCode(tui)).code).toBe('0');
  });

  it('keys typed before the first frame are neither echoed nor lost', async () => {
    const tui = await open({ versionDelayMs: 2000, lists: { deployments: [deployment('kilo-meds')] } });
    // Typed while kilo-tui waits for /version: `:q⏎` quits once the TUI is up.
    await server!.versionRequested;
    tui.type(':q');
    tui.send('Enter');
    const screen = await tui.waitFor(EXITED, 20_000);
    expect(EXITED.exec(screen)![1]).toBe('0');
    expect(paneInfo(tui.name, '#{alternate_on}')).toBe('0');
    expect(screen).not.toContain(':q');
  });

  it('an error nobody caught restores the terminal and is one line, exit code 2', async () => {
    const dir = scratchDir('kilo-inject-');
    const inject = join(dir, 'throwLater.mjs');
    // Thrown from a timer once the TUI has drawn the cluster: nothing in kilo-tui can catch it.
    writeFileSync(
      inject,
      `const write = process.stdout.write.bind(process.stdout);
let armed = false;
process.stdout.write = (chunk, ...rest) => {
  if (!armed && String(chunk).includes('kilo-meds')) {
    armed = true;
    setTimeout(() => { throw new TypeError('injected failure'); }, 300);
  }
  return write(chunk, ...rest);
};
`,
    );
    const tui = await open({ lists: { deployments: [deployment('kilo-meds')] } }, { nodeOptions: `--import=${inject}` });
    const screen = await tui.waitFor(EXITED, 30_000);
    expect(EXITED.exec(screen)![1]).toBe('2');
    expect(paneInfo(tui.name, '#{alternate_on}')).toBe('0');
    expect(screen).toMatch(/^kilo-tui: unexpected error: injected failure/m);
    expect(screen).not.toMatch(/\s+at \S+ \(/);
  });
});
