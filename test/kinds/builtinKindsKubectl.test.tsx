// Issue 11's acceptance for each built-in kind, against the built `kilo-tui demo-server`: the list
// kilo-tui shows (`:<command>`, through the real client, store and App) has as many rows as
// `kubectl get <kind> -n <ns> --no-headers` prints, and the line Ctrl-d previews for its first row,
// run with real kubectl on a fresh demo server, deletes that same object (same uid) and nothing
// else of its kind.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS, kubectlNameOf } from '../../src/domain/kinds.js';
import type { KindName, KubeObject } from '../../src/domain/resources.js';
import { startDemo } from '../../src/demo/startDemo.js';
import { startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { kubectlRows, openKindList } from '../helpers/kindListTui.js';

const run = promisify(execFile);

/** Each kind in the demo namespace that holds it, and the object first in kilo-tui's list (by name). */
const CASES: { kind: KindName; namespace: string; first: string }[] = [
  { kind: 'ConfigMap', namespace: 'kube-system', first: 'cluster-dns' },
  { kind: 'CronJob', namespace: 'kilo-data', first: 'kilo-db-backup' },
  { kind: 'DaemonSet', namespace: 'kube-system', first: 'svclb-traefik-c0179b81' },
  { kind: 'HorizontalPodAutoscaler', namespace: 'kilo-guardian', first: 'kilo-gateway' },
  { kind: 'Ingress', namespace: 'kilo-guardian', first: 'kilo-frontend' },
  { kind: 'Job', namespace: 'kube-system', first: 'helm-install-traefik' },
  { kind: 'PersistentVolume', namespace: 'kilo-guardian', first: 'pvc-e0545462-4e2f-51cf-8e10-c2b9144dea82' },
  { kind: 'PersistentVolumeClaim', namespace: 'kilo-guardian', first: 'kilo-library-data' },
  { kind: 'Secret', namespace: 'kube-system', first: 'chart-values-traefik' },
  { kind: 'ServiceAccount', namespace: 'kube-system', first: 'attachdetach-controller' },
];

let server: DemoServerProcess;
beforeAll(async () => {
  server = await startDemoServerProcess();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

const openList = (kind: KindName, namespace: string) => openKindList(server.kubeconfig, kind, namespace);

describe.each(CASES)('$kind in $namespace', ({ kind, namespace, first }) => {
  const def = KINDS[kind];

  it(`lists as many rows as kubectl get, and Ctrl-d previews a kubectl line that deletes the first one on a fresh demo server`, async () => {
    const tui = await openList(kind, namespace);
    try {
      // Once the list has arrived (its first row is on screen), the title counts its rows.
      await tui.frameWhere(new RegExp(first.replaceAll('.', '\\.')), `${first} on screen`);
      const [, shown] = await tui.frameWhere(new RegExp(`${def.title} \\((\\d+)\\)`), `${def.title} title`);
      const rows = await kubectlRows(server.kubeconfig, kind, namespace);
      expect(rows.length).toBeGreaterThan(0);
      expect(Number(shown)).toBe(rows.length);

      const target = [...(tui.store.getState().resources[kind] as ReadonlyMap<string, KubeObject>).values()].find((obj) => obj.metadata.name === first)!;
      expect(target, `${first} in kilo-tui's store`).toBeDefined();
      await tui.view.press('\u0004');
      const [line] = await tui.frameWhere(/kubectl delete \S+(?: -n \S+)?/, 'kubectl line in the preview');
      expect(line).toBe(`kubectl delete ${kubectlNameOf(kind)}/${first}${def.namespaced ? ` -n ${namespace}` : ''}`);
      await tui.view.press('\u001b');

      const fresh = await startDemo({ timeScale: 200 });
      try {
        const before = fresh.cluster.store.get(kind, namespace, first);
        expect(before?.metadata.uid).toBe(target.metadata.uid);
        const othersBefore = fresh.cluster.store.list(kind, namespace).length - 1;
        await run('bash', ['-c', `${line} --kubeconfig '${fresh.kubeconfigPath}'`], { timeout: 20_000 });
        expect(fresh.cluster.store.get(kind, namespace, first)).toBeUndefined();
        expect(fresh.cluster.store.list(kind, namespace)).toHaveLength(othersBefore);
      } finally {
        await fresh.close();
      }
    } finally {
      tui.close();
    }
  }, 90_000);
});

describe('Namespace (cluster-scoped; default cannot be deleted, so the second row)', () => {
  it('lists as many namespaces as kubectl get, and Ctrl-d on kilo-data previews a line that deletes it and everything in it on a fresh demo server', async () => {
    const tui = await openList('Namespace', 'kilo-guardian');
    try {
      await tui.frameWhere(/kube-system/, 'kube-system on screen');
      const [, shown] = await tui.frameWhere(/Namespaces \((\d+)\)/, 'Namespaces title');
      expect(Number(shown)).toBe((await kubectlRows(server.kubeconfig, 'Namespace', 'kilo-guardian')).length);
      const target = [...(tui.store.getState().resources.Namespace as ReadonlyMap<string, KubeObject>).values()].find((obj) => obj.metadata.name === 'kilo-data')!;
      await tui.view.press('j');
      await tui.frameWhere(/> kilo-data/, 'the cursor on kilo-data');
      await tui.view.press('\u0004');
      const [line] = await tui.frameWhere(/kubectl delete \S+(?: -n \S+)?/, 'kubectl line in the preview');
      expect(line).toBe('kubectl delete namespace/kilo-data');
      expect(tui.view.lastFrame()).toContain('everything in namespace kilo-data is deleted with it');
      await tui.view.press('\u001b');

      const fresh = await startDemo({ timeScale: 200 });
      try {
        expect(fresh.cluster.store.get('Namespace', undefined, 'kilo-data')?.metadata.uid).toBe(target.metadata.uid);
        expect(fresh.cluster.store.list('Pod', 'kilo-data').length).toBeGreaterThan(0);
        await run('bash', ['-c', `${line} --kubeconfig '${fresh.kubeconfigPath}'`], { timeout: 30_000 });
        expect(fresh.cluster.store.get('Namespace', undefined, 'kilo-data')).toBeUndefined();
        expect(fresh.cluster.store.list('Pod', 'kilo-data')).toEqual([]);
        expect(fresh.cluster.store.list('Namespace')).toHaveLength(Number(shown) - 1);
      } finally {
        await fresh.close();
      }
    } finally {
      tui.close();
    }
  }, 90_000);
});

describe('Node (cluster-scoped; the only node of the tablet cluster)', () => {
  it('lists as many nodes as kubectl get, Ctrl-d previews a line that deletes the node on a fresh demo server, asks twice, and --readonly refuses it', async () => {
    const tui = await openList('Node', 'kilo-guardian');
    let line: string;
    let target: KubeObject;
    try {
      await tui.frameWhere(/kilo-tablet/, 'kilo-tablet on screen');
      const [, shown] = await tui.frameWhere(/Nodes \((\d+)\)/, 'Nodes title');
      const rows = await run('kubectl', ['--kubeconfig', server.kubeconfig, 'get', 'nodes', '--no-headers'], { timeout: 20_000 });
      expect(Number(shown)).toBe(rows.stdout.split('\n').filter((row) => row.trim() !== '').length);
      target = [...(tui.store.getState().resources.Node as ReadonlyMap<string, KubeObject>).values()].find((obj) => obj.metadata.name === 'kilo-tablet')!;
      await tui.view.press('\u0004');
      [line] = await tui.frameWhere(/kubectl delete \S+(?: -n \S+)?/, 'kubectl line in the preview');
      expect(line).toBe('kubectl delete node/kilo-tablet');
      const preview = tui.view.lastFrame()!;
      // Both lines whole at 180 columns: nothing of either is cut off.
      expect(preview).toContain('the only node: nothing schedules until a node registers; 15 pods in kilo-guardian run on it (from 14 deployments), force-deleted by podgc after 40 s, recreated Pending');
      expect(preview).toContain('drain first: kubectl drain kilo-tablet --ignore-daemonsets --delete-emptydir-data; the node re-registers only when its kubelet restarts');
      // The first y only opens the second confirmation, which wants the word typed: nothing runs here.
      await tui.view.press('y');
      await tui.frameWhere(/Type delete and press Enter/, 'the second confirmation');
      expect(tui.view.lastFrame()).toContain('node kilo-tablet: ');
      await tui.view.press('\u001b');
      await tui.frameWhere(/y confirm · n\/Esc cancel/, 'back to the preview');
      await tui.view.press('\u001b');
    } finally {
      tui.close();
    }
    expect((await server.kubectl('get', 'nodes', '--no-headers')).trim()).toMatch(/^kilo-tablet\s+Ready\s/);

    const fresh = await startDemo({ timeScale: 200 });
    try {
      expect(fresh.cluster.store.get('Node', undefined, 'kilo-tablet')?.metadata.uid).toBe(target.metadata.uid);
      await run('bash', ['-c', `${line} --kubeconfig '${fresh.kubeconfigPath}'`], { timeout: 20_000 });
      expect(fresh.cluster.store.list('Node')).toEqual([]);
    } finally {
      await fresh.close();
    }

    const readonly = await openKindList(server.kubeconfig, 'Node', 'kilo-guardian', { readonly: true });
    try {
      await readonly.frameWhere(/kilo-tablet/, 'kilo-tablet on screen');
      await readonly.view.press('\u0004');
      await readonly.frameWhere(/read-only mode \(--readonly\)/, 'the read-only refusal');
      expect(readonly.view.lastFrame()).not.toContain('kubectl delete');
    } finally {
      readonly.close();
    }
  }, 120_000);
});

describe('Event (the list is newest first and the demo records new ones: a fixture event found with the filter)', () => {
  it('lists as many events as kubectl get, and Ctrl-d previews a line that deletes that event on a fresh demo server', async () => {
    const name = 'kilo-meds.d3e9675e198e5ad3';
    const tui = await openList('Event', 'kilo-guardian');
    try {
      await tui.frameWhere(/ScalingReplicaSet/, 'an event on screen');
      const [, shown] = await tui.frameWhere(/Events \((\d+)\)/, 'Events title');
      // The demo records events as it runs: the title and kubectl agree within a moment, not exactly.
      const rows = await kubectlRows(server.kubeconfig, 'Event', 'kilo-guardian');
      expect(Math.abs(Number(shown) - rows.length)).toBeLessThanOrEqual(2);
      await tui.view.press('/');
      for (const ch of 'Scaled up replica set kilo-meds-7568f7694c') await tui.view.press(ch);
      await tui.view.press('\r');
      await tui.frameWhere(/Events \(1\)|\(1 of \d+\)|1\/\d+/, 'the filter down to one event');
      await tui.view.press('\u0004');
      const [line] = await tui.frameWhere(/kubectl delete \S+(?: -n \S+)?/, 'kubectl line in the preview');
      expect(line).toBe(`kubectl delete event/${name} -n kilo-guardian`);
      expect(tui.view.lastFrame()).toContain('only the record goes: deployment/kilo-meds is not changed');
      await tui.view.press('\u001b');

      const fresh = await startDemo({ timeScale: 200 });
      try {
        expect(fresh.cluster.store.get('Event', 'kilo-guardian', name)).toBeDefined();
        await run('bash', ['-c', `${line} --kubeconfig '${fresh.kubeconfigPath}'`], { timeout: 20_000 });
        expect(fresh.cluster.store.get('Event', 'kilo-guardian', name)).toBeUndefined();
        expect(fresh.cluster.store.get('Deployment', 'kilo-guardian', 'kilo-meds')).toBeDefined();
      } finally {
        await fresh.close();
      }
    } finally {
      tui.close();
    }
  }, 90_000);
});
