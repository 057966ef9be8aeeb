// Issue 11's namespaces and contexts in a real terminal: the built binary in tmux.
// - `--demo`: `:ns` lists the demo's namespaces; Enter on kube-system moves the whole TUI there
//   (`:deploy` then lists k3s's traefik and coredns, `:ds` svclb-traefik).
// - `--demo -A`: every namespace, a NAMESPACE column, and Ctrl-d previews each object's own -n.
// - `:ctx` with two demo servers (two kubeconfig files merged through KUBECONFIG): switches to the
//   second cluster and back; a context that cannot be reached leaves the old one with one line.
// - a kind the user may not list (a 403 as RBAC answers, from the demo's fault mode) reads
//   `forbidden` in its table's title while the others list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { CLI_PATH, startTmux, type TmuxSession, typeCommand } from '../helpers/tmux.js';

const sessions: TmuxSession[] = [];
const servers: DemoServerProcess[] = [];
afterAll(async () => {
  for (const tui of sessions) tui.kill();
  for (const server of servers) await server.stop();
});

const start = (args: string[], env: Record<string, string> = {}): TmuxSession => {
  const tui = startTmux([process.execPath, CLI_PATH, ...args], { columns: 140, rows: 40, env: { XDG_STATE_HOME: scratchDir('kilo-e2e-ns-'), ...env } });
  sessions.push(tui);
  return tui;
};

/** A kubeconfig file with one context named `name` for a demo server at `url`. */
function contextFile(dir: string, name: string, url: string, current: boolean): string {
  const path = join(dir, `${name}.yaml`);
  writeFileSync(
    path,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name, cluster: { server: url } }],
      users: [{ name: `${name}-user`, user: { token: 'kilo-demo-token' } }],
      contexts: [{ name, context: { cluster: name, user: `${name}-user`, namespace: 'kilo-guardian' } }],
      ...(current ? { 'current-context': name } : {}),
    }),
    { mode: 0o600 },
  );
  return path;
}

describe('namespaces and contexts in the TUI', () => {
  it(':ns lists the namespaces; Enter on one moves the whole TUI there', async () => {
    const tui = start(['--demo']);
    await tui.waitFor('14 deploy · 78 rs (63 stale) · 15 pods', 30_000);
    const list = await typeCommand(tui, 'ns', 'Namespaces (6)');
    for (const name of ['default', 'kilo-data', 'kilo-guardian', 'kube-node-lease', 'kube-public', 'kube-system']) expect(list).toMatch(new RegExp(`${name}\\s+Active\\s+\\d+d`));
    expect(list).toMatch(/NAME\s+STATUS\s+AGE/);
    tui.send('/');
    tui.type('kube-system');
    tui.send('Enter');
    await tui.waitFor('Namespaces (1 of 6)');
    tui.send('Enter');
    const switched = await tui.waitFor('4 deploy · 4 rs (0 stale) · 7 pods', 30_000);
    expect(switched).toMatch(/ctx kilo-demo\s+ns kube-system/);
    expect(switched).toContain('now showing namespace kube-system');
    const deployments = await typeCommand(tui, 'deploy', 'Deployments (4)');
    expect(deployments).toMatch(/ns kube-system/);
    expect(deployments).toMatch(/traefik\s+1\/1/);
    expect(deployments).toMatch(/coredns\s+1\/1/);
    const daemonSets = await typeCommand(tui, 'ds', 'DaemonSets (1)');
    expect(daemonSets).toMatch(/svclb-traefik/);
  }, 120_000);

  it('-A shows every namespace with a NAMESPACE column, and a delete names the object\'s own namespace', async () => {
    const tui = start(['--demo', '-A']);
    await tui.waitFor('18 deploy · 82 rs (63 stale) · 27 pods', 30_000);
    const pods = await typeCommand(tui, 'pods', 'Pods (27)');
    expect(pods).toMatch(/ns all/);
    expect(pods).toMatch(/NAMESPACE\s+NAME\s+READY/);
    expect(pods).toMatch(/kilo-data\s+kilo-db-0/);
    tui.send('/');
    tui.type('kilo-db-1');
    tui.send('Enter');
    await tui.waitFor('Pods (1 of 27)');
    tui.send('C-d');
    const modal = await tui.waitFor('kubectl delete pod/kilo-db-1 -n kilo-data');
    expect(modal).toContain('namespace kilo-data');
    tui.send('Escape');
    await tui.waitFor('Pods (1 of 27)');
    // `0` in a namespace's list is every namespace too; :ns NAME goes back to one.
    await typeCommand(tui, 'ns kilo-guardian', 'now showing namespace kilo-guardian');
    await tui.waitFor('14 deploy · 78 rs (63 stale) · 15 pods', 30_000);
    tui.send('0');
    await tui.waitFor('now showing all namespaces');
    await tui.waitFor('27 pods', 30_000);
  }, 120_000);

  it(':ctx lists the merged kubeconfig\'s contexts and switches to the second cluster and back', async () => {
    const tablet = await startDemoServerProcess();
    const office = await startDemoServerProcess();
    servers.push(tablet, office);
    // The second cluster differs: one Deployment fewer.
    await office.kubectl('delete', 'deployment', 'kilo-frontend', '-n', 'kilo-guardian', '--wait=false');
    const dir = scratchDir('kilo-e2e-ctx-');
    const kubeconfig = [contextFile(dir, 'tablet', tablet.url, true), contextFile(dir, 'office', office.url, false), contextFile(dir, 'gone', 'http://127.0.0.1:9', false)].join(':');
    const tui = start([], { KUBECONFIG: kubeconfig });
    await tui.waitFor(/ctx tablet\s+ns kilo-guardian/, 30_000);
    await tui.waitFor('14 deploy', 30_000);
    const contexts = await typeCommand(tui, 'ctx', 'Contexts (3)');
    expect(contexts).toMatch(/tablet \(current\)\s+tablet\s+kilo-guardian\s+in use/);
    expect(contexts).toMatch(/office\s+office\s+kilo-guardian/);
    // A key typed in the instant the view mounts can be lost (its key handler is bound in an
    // effect, after the first paint: noted in the closing note); move until the cursor is there.
    await moveCursorTo(tui, /^│> office/m);
    tui.send('Enter');
    const switched = await tui.waitFor(/ctx office\s+ns kilo-guardian/, 30_000);
    expect(switched).toContain(office.url);
    await tui.waitFor('13 deploy', 30_000);
    await typeCommand(tui, 'ctx', 'Contexts (3)');
    await tui.waitFor(/office\s+office\s+kilo-guardian\s+in use/);
    await moveCursorTo(tui, /^│> tablet/m, 'k');
    tui.send('Enter');
    await tui.waitFor(/ctx tablet\s+ns kilo-guardian/, 30_000);
    await tui.waitFor('14 deploy', 30_000);
    // A context whose server does not answer: one line, and the TUI stays where it was.
    tui.send('Escape');
    const refused = await typeCommand(tui, 'ctx gone', /cannot switch to context gone: .*still on tablet/);
    expect(refused).toMatch(/ctx tablet\s+ns kilo-guardian/);
    expect(refused).toContain('14 deploy');
  }, 180_000);

  it('a kind the user may not list reads forbidden in its title; the others keep listing', async () => {
    const server = await startDemoServerProcess(['--faults', 'fault=403,path=/api/v1/namespaces/*/services']);
    servers.push(server);
    const tui = start(['--kubeconfig', server.kubeconfig]);
    await tui.waitFor('14 deploy · 78 rs (63 stale) · 15 pods', 30_000);
    await typeCommand(tui, 'svc', 'Services (0) forbidden');
    const deployments = await typeCommand(tui, 'deploy', 'Deployments (14)');
    expect(deployments).not.toContain('Deployments (14) forbidden');
  }, 120_000);
});

async function moveCursorTo(tui: ReturnType<typeof start>, row: RegExp, key = 'j'): Promise<void> {
  const from = /^│> (\S+)/m.exec(tui.capture())?.[1];
  for (let attempt = 0; attempt < 3; attempt++) {
    tui.send(key);
    try {
      await tui.waitFor(row, 5_000);
      return;
    } catch {
      // Only a lost key leaves the cursor where it was; a slow frame must not be sent a second key.
      if (/^│> (\S+)/m.exec(tui.capture())?.[1] !== from) break;
    }
  }
  await tui.waitFor(row, 15_000);
}
