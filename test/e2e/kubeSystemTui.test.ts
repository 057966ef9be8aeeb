// Issue 11 in a real terminal: the built `kilo-tui --demo -n kube-system` on the demo's k3s
// kube-system namespace. `:deploy` shows traefik and coredns, `:ds` the svclb-traefik DaemonSet
// (Enter: its pod), `:jobs` the completed helm-install Jobs, `:svc` Enter on traefik its pods by
// selector, and `:sec` and a Secret's describe show types, key counts and sizes but no value.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH, startTmux, type TmuxSession, typeCommand } from '../helpers/tmux.js';

let tui: TmuxSession;
let stateHome: string;

/** Every value of every demo Secret, as the API serves it (base64) and decoded, long enough to be unmistakable. */
const SECRET_VALUES: string[] = parseAllDocuments(readFileSync(fileURLToPath(new URL('../../demo-fixtures/kube-system/secrets.yaml', import.meta.url)), 'utf8'))
  .flatMap((doc) => Object.values((doc.toJS() as { data?: Record<string, string> }).data ?? {}))
  .flatMap((value) => [value.slice(0, 20), Buffer.from(value, 'base64').toString('utf8').slice(0, 20)]);

beforeAll(async () => {
  stateHome = mkdtempSync(join(tmpdir(), 'kilo-e2e-kube-system-'));
  tui = startTmux([process.execPath, CLI_PATH, '--demo', '-n', 'kube-system'], { columns: 140, rows: 40, env: { XDG_STATE_HOME: stateHome } });
  // The four packaged Deployments' pods, svclb's and the two helm-install Jobs' (Completed, not crashing).
  await tui.waitFor('4 deploy · 4 rs (0 stale) · 7 pods (0 crashing)', 30_000);
});

afterAll(() => {
  tui?.kill();
  if (stateHome) rmSync(stateHome, { recursive: true, force: true });
});

const command = (text: string, shown: RegExp | string) => typeCommand(tui, text, shown);
const back = async (shown: RegExp | string) => {
  tui.send('Escape');
  await tui.waitFor(shown);
};

describe('kilo-tui --demo -n kube-system', () => {
  it(':deploy shows traefik and coredns', async () => {
    const screen = await command('deploy', 'Deployments (4)');
    expect(screen).toMatch(/traefik\s+1\/1/);
    expect(screen).toMatch(/coredns\s+1\/1/);
    await back(/Deployments \(4\)|deploy/);
  }, 60_000);

  it(':ds shows svclb-traefik; Enter lists its pod', async () => {
    const screen = await command('ds', 'DaemonSets (1)');
    // CPU and MEM sum its pods (issue 15), n/a until the first metrics poll answers.
    expect(screen).toMatch(/svclb-traefik-\w+\s+1\s+1\s+1\s+1\s+1\s+(\d+m|n\/a)\s+(\d+Mi|n\/a)\s+rancher\/klipper-lb:v0\.4\.9/);
    tui.send('Enter');
    const pods = await tui.waitFor(/Pods \(1\) \[ds\/svclb-traefik-\w+\]/);
    expect(pods).toMatch(/svclb-traefik-\S+\s+2\/2\s+Running/);
    await back('DaemonSets (1)');
    await back(/deploy/);
  }, 60_000);

  it(':jobs shows the completed helm-install Jobs; Enter lists the Completed pod', async () => {
    const screen = await command('jobs', 'Jobs (2)');
    expect(screen).toMatch(/helm-install-traefik\s+Complete\s+1\/1/);
    expect(screen).toMatch(/helm-install-traefik-crd\s+Complete\s+1\/1/);
    tui.send('Enter');
    const pods = await tui.waitFor(/Pods \(1\) \[jobs\/helm-install-traefik\]/);
    expect(pods).toMatch(/helm-install-traefik-\w{5}\s+0\/1\s+Completed/);
    await back('Jobs (2)');
    await back(/deploy/);
  }, 60_000);

  it(':svc, Enter on traefik lists the pods its selector picks', async () => {
    await command('svc', 'Services (3)');
    tui.send('G');
    await tui.waitFor(/traefik\s+LoadBalancer/);
    tui.send('Enter');
    const pods = await tui.waitFor(/Pods \(1\) \[svc\/traefik\]/);
    expect(pods).toMatch(/traefik-\w+-\w{5}/);
    await back('Services (3)');
    await back(/deploy/);
  }, 60_000);

  it(':sec lists type and key count only; describe shows sizes, never a value', async () => {
    const list = await command('sec', 'Secrets (6)');
    expect(list).toMatch(/k3s-serving\s+kubernetes\.io\/tls\s+2/);
    for (const value of SECRET_VALUES) expect(list).not.toContain(value);
    expect(list).not.toContain('kilo-demo-dummy');
    // k3s-serving is the third row by name.
    tui.send('j');
    tui.send('j');
    tui.send('d');
    const described = await tui.waitFor('Describe Secret/k3s-serving');
    // As kubectl describe secret: each key and its size; the values only after x.
    expect(described).toMatch(/tls\.crt:\s+\d+ bytes/);
    for (const value of SECRET_VALUES) expect(described).not.toContain(value);
    expect(described).not.toContain('kilo-demo-dummy');
    await back('Secrets (6)');
  }, 60_000);
});
