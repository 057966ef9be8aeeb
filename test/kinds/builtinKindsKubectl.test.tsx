// Issue 11's acceptance for each built-in kind, against the built `kilo-tui demo-server`: the list
// kilo-tui shows (`:<command>`, through the real client, store and App) has as many rows as
// `kubectl get <kind> -n <ns> --no-headers` prints, and the line Ctrl-d previews for its first row,
// run with real kubectl on a fresh demo server, deletes that same object (same uid) and nothing
// else of its kind.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayActionDeps } from '../../src/app/actions/gatewayActionDeps.js';
import { KINDS, kubectlNameOf } from '../../src/domain/kinds.js';
import type { KindName, KubeObject } from '../../src/domain/resources.js';
import { startDemo } from '../../src/demo/startDemo.js';
import { connect } from '../../src/kube/connect.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { selectSnapshot } from '../../src/store/selectors.js';
import { syncCluster } from '../../src/store/syncCluster.js';
import { ActionFlowProvider } from '../../src/ui/actions/ActionFlowContext.js';
import { App } from '../../src/ui/App.js';
import { ManualClock } from '../../src/domain/clock.js';
import { startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { renderWithStore } from '../helpers/renderWithStore.js';
import { scratchDir } from '../helpers/scratchDir.js';

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

const kubectlRows = async (kubeconfig: string, kind: KindName, namespace: string): Promise<string[]> => {
  const { stdout } = await run('kubectl', ['--kubeconfig', kubeconfig, 'get', KINDS[kind].plural, '-n', namespace, '--no-headers'], { timeout: 20_000 });
  return stdout.split('\n').filter((line) => line.trim() !== '');
};

/** kilo-tui on `namespace` with `:<command>` open, as the App renders it, with the real action flow behind Ctrl-d. */
async function openList(kind: KindName, namespace: string) {
  const gateway = await connect({ kubeconfig: server.kubeconfig, namespace });
  const clock = new ManualClock(Date.now());
  const store = createClusterStore({ now: clock.now(), stack: [{ type: 'list', id: 0, pane: KINDS[kind].command }] });
  const stopSync = syncCluster(gateway, store);
  const deps = gatewayActionDeps({ gateway, snapshot: () => selectSnapshot(store.getState()), readonly: false, env: { ...process.env, XDG_STATE_HOME: scratchDir('kilo-kinds-') } });
  const view = renderWithStore(store, { columns: 180, rows: 40, clock, tree: <ActionFlowProvider deps={deps}><App clock={clock} /></ActionFlowProvider> });
  const frameWhere = async (pattern: RegExp, what: string): Promise<RegExpExecArray> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const match = pattern.exec(view.lastFrame());
      if (match) return match;
      if (Date.now() > deadline) throw new Error(`no ${what} within 30 s; the frame was:\n${view.lastFrame()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return {
    store,
    view,
    frameWhere,
    close() {
      view.unmount();
      stopSync();
      gateway.close();
    },
  };
}

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
