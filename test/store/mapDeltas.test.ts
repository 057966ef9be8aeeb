import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/domain/resources.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { selectHeaderCounts, selectSnapshot } from '../../src/store/selectors.js';
import { makeTableRowsSelector } from '../../src/store/tableRows.js';
import { deployment, pod, replicaSet } from '../render/objectBuilders.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('map deltas', () => {
  // Each burst's pod map remembers what it replaced in the previous one; that must not keep the
  // previous maps (and the pod objects they hold) alive, or the heap grows with every burst.
  it('let the maps of earlier bursts be collected', async () => {
    const dep = deployment('kilo-meds', { replicas: 50 });
    const rs = replicaSet(dep, 1, { replicas: 50 });
    const pods = Array.from({ length: 50 }, () => pod(rs));
    const store = createClusterStore();
    const { mutators } = store.getState();
    mutators.applyChanges([
      { type: 'sync', kind: 'Deployment', items: [dep] },
      { type: 'sync', kind: 'ReplicaSet', items: [rs] },
      { type: 'sync', kind: 'Pod', items: pods },
    ]);
    const rows = makeTableRowsSelector('deploy', 'deploy', undefined);
    const follow = () => (selectHeaderCounts(store.getState()), rows(store.getState()));
    follow();
    const first = new WeakRef(store.getState().resources.Pod);
    const firstGrouping = new WeakRef(selectSnapshot(store.getState()).podsByReplicaSet);
    for (let burst = 1; burst <= 5; burst++) {
      const restarted = (p: Pod): Pod => ({ ...p, status: { ...p.status, containerStatuses: [{ name: 'c', image: 'i', ready: true, restartCount: burst }] } });
      mutators.applyChanges(pods.map((p) => ({ type: 'MODIFIED', kind: 'Pod', object: restarted(p) })));
      follow();
    }
    await macrotask();
    gc();
    expect(first.deref()).toBeUndefined();
    expect(firstGrouping.deref()).toBeUndefined();
    expect(selectHeaderCounts(store.getState()).pods).toBe(50);
  });
});
