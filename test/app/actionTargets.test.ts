import { describe, expect, it } from 'vitest';
import { actionTargetUids, cursorObject } from '../../src/app/actions/actionTargets.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { resourcesOf } from '../helpers/renderWithStore.js';
import { NOW } from '../render/objectBuilders.js';
import { kiloCluster } from '../ui/kiloCluster.js';

function storeWith(cluster = kiloCluster()) {
  return createClusterStore({ now: NOW, resources: resourcesOf(cluster.objects), cluster: { context: 'kind-kilo', server: '', namespace: 'kilo-guardian' } });
}

describe('actionTargetUids', () => {
  it('is the marked uids, even those a filter hides, regardless of the cursor', () => {
    const cluster = kiloCluster();
    const store = storeWith(cluster);
    const { mutators } = store.getState();
    mutators.pushView({ type: 'list', pane: 'rs' });
    mutators.toggleMark(cluster.camStale.metadata.uid);
    mutators.toggleMark(cluster.medsStale[0].metadata.uid);
    mutators.setFilter('1:list', 'kilo-cam');
    expect(actionTargetUids(store.getState()).sort()).toEqual([cluster.camStale.metadata.uid, cluster.medsStale[0].metadata.uid].sort());
  });

  it('without marks is the cursor row of the full-screen list, following filter and sort', () => {
    const cluster = kiloCluster();
    const store = storeWith(cluster);
    const { mutators } = store.getState();
    mutators.pushView({ type: 'list', pane: 'deploy' });
    mutators.toggleSort('1:list', 'name');
    expect(cursorObject(store.getState())?.metadata.name).toBe('kilo-cam');
    mutators.setFilter('1:list', 'meds');
    expect(actionTargetUids(store.getState())).toEqual([cluster.meds.metadata.uid]);
  });

  it('in the overview, the rs and pods panes follow the selected Deployment', () => {
    const cluster = kiloCluster();
    const store = storeWith(cluster);
    const { mutators } = store.getState();
    const deploy = () => cursorObject(store.getState());
    const first = deploy();
    expect(first?.kind).toBe('Deployment');
    mutators.setFocus('pods');
    const target = cursorObject(store.getState());
    expect(target?.kind).toBe('Pod');
    expect(target?.metadata.ownerReferences?.[0].name.startsWith(first!.metadata.name)).toBe(true);
    mutators.setFocus('rs');
    expect(cursorObject(store.getState())?.kind).toBe('ReplicaSet');
  });

  it('is empty when no row is visible', () => {
    const store = storeWith(kiloCluster());
    store.getState().mutators.pushView({ type: 'list', pane: 'svc' });
    store.getState().mutators.setFilter('1:list', 'no-such-service');
    expect(actionTargetUids(store.getState())).toEqual([]);
  });
});
