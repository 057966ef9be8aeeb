// Caches belong to a store: two stores in one process, holding the very same objects, derive each
// on its own. Deriving in one neither evicts nor leaks into the other's rows, orders or index.
import { describe, expect, it } from 'vitest';
import { snapshotIndex } from '../../src/domain/snapshotIndex.js';
import { deploymentRow } from '../../src/render/deployments.js';
import { replacedSince } from '../../src/render/mapDeltas.js';
import { podRow } from '../../src/render/pods.js';
import { createClusterStore, type ClusterStore } from '../../src/store/clusterStore.js';
import { selectHeaderCounts, selectSnapshot } from '../../src/store/selectors.js';
import { deriveTableRows } from '../../src/store/tableRows.js';
import { deployment, NOW, pod, replicaSet } from '../render/objectBuilders.js';

const dep = deployment('kilo-meds', { replicas: 2 });
const rs = replicaSet(dep, 1, { replicas: 2 });
const crashing = pod(rs, { waiting: 'CrashLoopBackOff', restarts: 6 });
const running = pod(rs);

/** A store holding these objects (the same object identities in every store made here). */
function storeWith(pods: typeof running[]): ClusterStore {
  const store = createClusterStore({ now: NOW });
  store.getState().mutators.applyChanges([
    { type: 'sync', kind: 'Deployment', items: [dep] },
    { type: 'sync', kind: 'ReplicaSet', items: [rs] },
    { type: 'sync', kind: 'Pod', items: pods },
  ]);
  return store;
}

const rowsOf = (store: ClusterStore, pane: 'deploy' | 'pods') => deriveTableRows(selectSnapshot(store.getState()), pane, undefined, '', undefined, false).rows;

describe('two stores in one process', () => {
  it('derive independently from the same objects: each its own snapshot, memo and header counts', () => {
    const a = storeWith([running, crashing]);
    const b = storeWith([running]);
    const [snapA, snapB] = [selectSnapshot(a.getState()), selectSnapshot(b.getState())];
    expect(snapA).not.toBe(snapB);
    expect(snapA.memo).not.toBe(snapB.memo);
    expect(a.getState().derivations).not.toBe(b.getState().derivations);
    expect(selectHeaderCounts(a.getState())).toMatchObject({ pods: 2, crashingPods: 1 });
    expect(selectHeaderCounts(b.getState())).toMatchObject({ pods: 1, crashingPods: 0 });
    expect(rowsOf(a, 'deploy')[0].cells.at(-1)).not.toBe(rowsOf(b, 'deploy')[0].cells.at(-1));
  });

  it('deriving in one store does not evict the other\'s cached rows (no shared row cache)', () => {
    const a = storeWith([running, crashing]);
    const b = storeWith([running]);
    const first = deploymentRow(dep, selectSnapshot(a.getState()), NOW);
    // Same Deployment object, other pods: with a cache shared by object, this would replace a's entry.
    const other = deploymentRow(dep, selectSnapshot(b.getState()), NOW);
    expect(other).not.toBe(first);
    expect(deploymentRow(dep, selectSnapshot(a.getState()), NOW)).toBe(first);
  });

  it('rows of the same pod object are each store\'s own, and each store keeps reusing its own', () => {
    const a = storeWith([running]);
    const b = storeWith([running]);
    const rowA = podRow(running, selectSnapshot(a.getState()), NOW);
    const rowB = podRow(running, selectSnapshot(b.getState()), NOW);
    expect(rowB).toEqual(rowA);
    expect(rowB).not.toBe(rowA);
    expect(rowsOf(a, 'pods')[0]).toBe(rowA);
    expect(rowsOf(b, 'pods')[0]).toBe(rowB);
  });

  it('a snapshot index is the snapshot\'s own: the same objects in another store\'s snapshot index apart', () => {
    const a = storeWith([running, crashing]);
    const b = storeWith([running]);
    const [snapA, snapB] = [selectSnapshot(a.getState()), selectSnapshot(b.getState())];
    expect(snapshotIndex(snapA)).toBe(snapshotIndex(snapA));
    expect(snapshotIndex(snapA)).not.toBe(snapshotIndex(snapB));
    expect(snapshotIndex(snapA).podsOf(rs)).toHaveLength(2);
    expect(snapshotIndex(snapB).podsOf(rs)).toHaveLength(1);
  });

  it('a burst\'s replacements are recorded in its own store only: another store cannot patch from them', () => {
    const a = storeWith([running, crashing]);
    const b = storeWith([running, crashing]);
    const before = a.getState().resources.Pod;
    const restarted = { ...running, metadata: { ...running.metadata, resourceVersion: '2' } };
    a.getState().mutators.applyChanges([{ type: 'MODIFIED', kind: 'Pod', object: restarted }]);
    const after = a.getState().resources.Pod;
    expect([...(replacedSince(a.getState().derivations.memo, before, after) ?? [])]).toEqual([running.metadata.uid]);
    expect(replacedSince(b.getState().derivations.memo, before, after)).toBeUndefined();
  });
});
