// Issue 11's live switches, through the real client against the bundled demo cluster over HTTP:
// `:ns` moves the watches to another namespace (marks cleared with one line, filters kept),
// every namespace at once lists across them, a context that cannot be reached leaves the old one,
// and a kind the user may not list (403, as RBAC answers) is forbidden while the others list.
import { afterEach, describe, expect, it } from 'vitest';
import { ClusterSession } from '../../src/app/cluster/clusterSession.js';
import { parseFaultSpec } from '../../src/demo/faults/faultSpec.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { connect } from '../../src/kube/connect.js';
import { KubeError } from '../../src/kube/types.js';
import { createClusterStore, type ClusterStore } from '../../src/store/clusterStore.js';
import { syncCluster } from '../../src/store/syncCluster.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function demoSession(faults = '') {
  const demo: RunningDemo = await startDemo({ faults: faults ? parseFaultSpec(faults) : [] });
  cleanups.push(() => demo.close());
  const gateway = await connect({ kubeconfig: demo.kubeconfigPath, env: {} });
  const store = createClusterStore();
  const remembered: [string, string][] = [];
  const session = new ClusterSession(store, gateway, {
    sync: (next, into) => syncCluster(next, into, { lingerMs: 0 }),
    openContext: async (context) => {
      throw new Error(`context "${context}" not found`);
    },
    remember: (context, namespace) => void remembered.push([context, namespace]),
  });
  cleanups.push(() => session.close());
  return { demo, store, session, remembered };
}

async function until<T>(read: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const names = (store: ClusterStore, kind: 'Pod' | 'StatefulSet' | 'Deployment' | 'Service') =>
  [...store.getState().resources[kind].values()].map((obj) => `${obj.metadata.namespace}/${obj.metadata.name}`).sort();

describe('the cluster session', () => {
  it('switches the whole TUI to another namespace live: watches move, marks go with one line, filters stay', async () => {
    const { store, session, remembered } = await demoSession();
    const { mutators } = store.getState();
    mutators.pushView({ type: 'list', pane: 'pods' });
    const listKey = `${store.getState().stack[1].id}:list`;
    mutators.setFilter(listKey, 'db');
    await until(() => store.getState().loaded.Pod, 'kilo-guardian pods');
    expect(names(store, 'Pod').every((name) => name.startsWith('kilo-guardian/'))).toBe(true);
    const somePod = [...store.getState().resources.Pod.keys()][0];
    mutators.toggleMark(somePod);

    mutators.pushView({ type: 'list', pane: 'ns' });
    await until(() => store.getState().resources.Namespace.size >= 6 || undefined, 'the namespaces');
    session.switchNamespace('kilo-data');

    const state = store.getState();
    expect(state.cluster.namespace).toBe('kilo-data');
    expect(state.marks).toEqual({});
    expect(state.flash).toBe('now showing namespace kilo-data (1 mark cleared)');
    // The :ns list closed; the :pods list under it stays, with its filter.
    expect(state.stack.map((view) => view.type === 'list' ? view.pane : view.type)).toEqual(['overview', 'pods']);
    expect(state.tables[listKey].filter).toBe('db');
    await until(() => store.getState().loaded.Pod, 'kilo-data pods');
    expect(names(store, 'Pod')).toEqual(['kilo-data/kilo-db-0', 'kilo-data/kilo-db-1', 'kilo-data/kilo-db-backup-29458260-fm6gc', 'kilo-data/kilo-db-backup-29459700-lbwkr', 'kilo-data/kilo-db-backup-29461140-8vrtq']);
    expect(remembered).toEqual([['kilo-demo', 'kilo-data']]);
  }, 60_000);

  it('shows every namespace at once, and writes then name each object\'s own namespace', async () => {
    const { store, session, demo } = await demoSession();
    await until(() => store.getState().loaded.Pod, 'the first pods');
    session.switchNamespace('');
    expect(store.getState().cluster.allNamespaces).toBe(true);
    await until(() => names(store, 'Pod').some((name) => name.startsWith('kilo-data/')) || undefined, 'pods of kilo-data');
    expect(names(store, 'Pod').some((name) => name.startsWith('kilo-guardian/'))).toBe(true);
    // A delete through the gateway in use (namespace "") reaches the pod in its own namespace.
    await session.gateway.deleteObject('Pod', 'kilo-db-1', { namespace: 'kilo-data' });
    expect(demo.cluster.store.get('Pod', 'kilo-data', 'kilo-db-1')?.metadata.deletionTimestamp ?? 'gone').toBeTruthy();
    await expect(session.gateway.get('Pod', 'kilo-db-0', { namespace: 'kilo-guardian' })).rejects.toBeInstanceOf(KubeError);
  }, 60_000);

  it('stays on the old context with one line when the new one cannot be opened', async () => {
    const { store, session } = await demoSession();
    await until(() => store.getState().loaded.Deployment, 'the deployments');
    await session.switchContext('elsewhere');
    expect(store.getState().flash).toBe('cannot switch to context elsewhere: context "elsewhere" not found; still on kilo-demo');
    expect(store.getState().cluster.context).toBe('kilo-demo');
    expect(store.getState().resources.Deployment.size).toBe(14);
  }, 60_000);

  it('marks a kind the user may not list forbidden (403 as RBAC answers) while the others list', async () => {
    const { store } = await demoSession('fault=403,path=/api/v1/namespaces/*/services');
    store.getState().mutators.pushView({ type: 'list', pane: 'svc' });
    await until(() => store.getState().connection.Service?.status === 'forbidden' || undefined, 'services forbidden');
    await until(() => store.getState().loaded.Deployment, 'the deployments');
    expect(store.getState().resources.Deployment.size).toBe(14);
    expect(store.getState().connection.Deployment).toEqual({ status: 'connected' });
    expect(store.getState().resources.Service.size).toBe(0);
  }, 60_000);
});
