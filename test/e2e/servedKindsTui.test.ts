// Issue 11's discovered kinds in a real terminal: the built kilo-tui, pointed at a demo server
// with `-n kube-system`, opens traefik's IngressRoutes with :ingressroutes (a CRD it has no
// renderer of, listed in the server's Table form) with as many rows as kubectl lists, describes
// one (y: its YAML without the managedFields the server holds), answers a typo with the closest
// word, lists CRDs with :crd, and Ctrl-d previews a kubectl line that deletes the same object on
// a fresh demo server. On kilo-guardian, describe shows the crashing kilo-meds pod's events.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { CLI_PATH, startTmux, type TmuxSession, typeCommand } from '../helpers/tmux.js';

const run = promisify(execFile);
const NAMESPACE = 'kube-system';
let demo: RunningDemo;
let tui: TmuxSession;
let stateHome: string;

const kubectl = async (kubeconfig: string, ...args: string[]): Promise<string> =>
  (await run('kubectl', ['--kubeconfig', kubeconfig, ...args], { timeout: 20_000 })).stdout;

beforeAll(async () => {
  demo = await startDemo();
  stateHome = mkdtempSync(join(tmpdir(), 'kilo-e2e-served-'));
  tui = startTmux([process.execPath, CLI_PATH, '--kubeconfig', demo.kubeconfigPath, '-n', NAMESPACE], { columns: 140, rows: 40, env: { XDG_STATE_HOME: stateHome } });
  // kube-system's own Deployments (coredns, traefik…) are in the header once the lists arrive.
  await tui.waitFor(/connected[\s\S]*\d+ deploy · \d+ rs/, 30_000);
}, 60_000);

afterAll(async () => {
  tui?.kill();
  await demo?.close();
  if (stateHome) rmSync(stateHome, { recursive: true, force: true });
});

const command = (text: string, shown: RegExp | string) => typeCommand(tui, text, shown);
const rowsOf = (screen: string, names: readonly string[]) => names.filter((name) => new RegExp(`│[> ] ${name}\\s`).test(screen));

describe('kilo-tui -n kube-system: kinds found through discovery', () => {
  it(':ingressroutes lists as many rows as kubectl get ingressroutes -n kube-system --no-headers', async () => {
    const fromKubectl = (await kubectl(demo.kubeconfigPath, 'get', 'ingressroutes', '-n', NAMESPACE, '--no-headers')).trim().split('\n');
    const names = fromKubectl.map((line) => line.split(/\s+/)[0]);
    expect(names.length).toBeGreaterThanOrEqual(2);
    const screen = await command('ingressroutes', `IngressRoutes(traefik.io) (${names.length})`);
    expect(screen).toMatch(/NAME\s+AGE/);
    expect(rowsOf(screen, names)).toEqual(names);
  }, 60_000);

  it('d describes one like kubectl describe; y shows its YAML without the managedFields the server holds', async () => {
    const managers = await kubectl(demo.kubeconfigPath, 'get', 'ingressroute', 'kilo-frontend', '-n', NAMESPACE, '--show-managed-fields', '-o', 'jsonpath={.metadata.managedFields[*].manager}');
    expect(managers).toContain('kubectl-client-side-apply');
    tui.send('d');
    const described = await tui.waitFor('Describe IngressRoute/kilo-frontend');
    expect(described).toMatch(/Name:\s+kilo-frontend/);
    expect(described).toContain('Entry Points:');
    expect(described).toContain('Events:');
    tui.send('y');
    const yaml = await tui.waitFor('YAML IngressRoute/kilo-frontend');
    expect(yaml).toContain('kind: IngressRoute');
    expect(yaml).not.toContain('managedFields');
    expect(yaml).not.toContain('kubectl-client-side-apply');
    tui.send('Escape');
    await tui.waitFor('IngressRoutes(traefik.io) (2)');
  }, 60_000);

  it('a typo gets one line with the closest name; :crd lists the CRDs; :helmcharts shows the CRD printer columns', async () => {
    await command('ingresroutes', 'unknown command: ingresroutes (did you mean :ingressroutes?)');
    const crds = await command('crd', 'CustomResourceDefinitions (3)');
    expect(crds).toMatch(/ingressroutes\.traefik\.io\s+v1alpha1\s+Namespaced\s+\d{4}-\d\d-\d\dT/);
    tui.send('Escape');
    const charts = await command('helmcharts.helm.cattle.io', 'HelmCharts(helm.cattle.io) (2)');
    expect(charts).toMatch(/NAME\s+JOB\s+CHART/);
    expect(charts).toMatch(/traefik\s+helm-install-traefik\s/);
    tui.send('Escape');
  }, 60_000);

  it('Ctrl-d previews the kubectl line; on a fresh demo server it deletes the same object; confirmed here, the row goes', async () => {
    await command('ingressroute', 'IngressRoutes(traefik.io) (2)');
    tui.send('C-d');
    const modal = await tui.waitFor('Delete 1 IngressRoute');
    const line = modal.match(/kubectl delete \S+ -n \S+/)?.[0];
    expect(line).toBe('kubectl delete ingressroute.traefik.io/kilo-frontend -n kube-system');

    const fresh = await startDemo();
    try {
      const { stdout } = await run('bash', ['-c', `${line} --kubeconfig '${fresh.kubeconfigPath}'`], { timeout: 20_000 });
      expect(stdout).toContain('ingressroute.traefik.io "kilo-frontend" deleted');
      expect((await kubectl(fresh.kubeconfigPath, 'get', 'ingressroutes', '-n', NAMESPACE, '--no-headers')).trim().split('\n').map((l) => l.split(/\s+/)[0])).toEqual(['traefik-dashboard']);
    } finally {
      await fresh.close();
    }

    tui.send('y');
    await tui.waitFor(/1 deleted/, 30_000);
    tui.send('Escape');
    await tui.waitFor('IngressRoutes(traefik.io) (1)', 30_000);
    expect((await kubectl(demo.kubeconfigPath, 'get', 'ingressroutes', '-n', NAMESPACE, '--no-headers')).trim().split('\n').length).toBe(1);
  }, 90_000);
});

describe('kilo-tui on kilo-guardian: describe shows the events', () => {
  it("d on the crashing kilo-meds pod ends with its events (the kubelet's BackOff)", async () => {
    const guardian = startTmux([process.execPath, CLI_PATH, '--kubeconfig', demo.kubeconfigPath, '-n', 'kilo-guardian'], { columns: 140, rows: 40, env: { XDG_STATE_HOME: stateHome } });
    try {
      await guardian.waitFor('14 deploy', 30_000);
      await typeCommand(guardian, 'pods', 'Pods (15)');
      guardian.send('/');
      guardian.type('kilo-meds');
      guardian.send('Enter');
      await guardian.waitFor(/Pods \(2 of 15\)/);
      // The running kilo-meds pod of the old revision stays; problems only leaves the crashing one.
      guardian.send('C-z');
      await guardian.waitFor(/Pods \(1 of 15\)/);
      guardian.send('d');
      await guardian.waitFor(/Describe Pod\/kilo-meds-/);
      guardian.send('G');
      const bottom = await guardian.waitFor(/Events:[\s\S]*Type\s+Reason\s+Age\s+From\s+Message[\s\S]*kubelet/, 30_000);
      expect(bottom).toMatch(/Warning\s+BackOff|Normal\s+(Pulled|Started|Created)/);
    } finally {
      guardian.kill();
    }
  }, 90_000);
});
