import { describe, expect, it } from 'vitest';
import { deploymentRow } from '../../src/render/deployments.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { selectSnapshot } from '../../src/store/selectors.js';
import type { ResourceChange } from '../../src/store/types.js';
import { deployment, NOW, pod, replicaSet } from './objectBuilders.js';

// The row is rebuilt in parts after a pod burst; it must read exactly as a row built from scratch.
function fromScratch(state: ReturnType<ReturnType<typeof createClusterStore>['getState']>) {
  const { resources } = state;
  const snapshot = indexSnapshot({
    namespace: 'kilo-guardian',
    now: state.now,
    deployments: Object.values(resources.Deployment),
    replicaSets: Object.values(resources.ReplicaSet),
    pods: Object.values(resources.Pod),
    services: [],
    events: [],
  });
  return (dep: (typeof snapshot.deployments)[number]) => deploymentRow(structuredClone(dep), snapshot, state.now);
}

describe('deployment rows across pod bursts', () => {
  it('follow a pod into CrashLoopBackOff and back, reading as rows built from scratch', () => {
    const meds = deployment('kilo-meds', { revision: 2, replicas: 2 });
    const cam = deployment('kilo-cam');
    const medsRs = [replicaSet(meds, 1), replicaSet(meds, 2, { replicas: 2 })];
    const camRs = replicaSet(cam, 1, { replicas: 1 });
    const healthy = pod(medsRs[1]);
    const other = pod(medsRs[1]);
    const store = createClusterStore({ now: NOW });
    store.getState().actions.applyChanges([
      { type: 'sync', kind: 'Deployment', items: [meds, cam] },
      { type: 'sync', kind: 'ReplicaSet', items: [...medsRs, camRs] },
      { type: 'sync', kind: 'Pod', items: [healthy, other, pod(camRs)] },
    ]);
    const rowOf = () => deploymentRow(meds, selectSnapshot(store.getState()), NOW);
    const before = rowOf();
    expect(before.cells[8]).toBe('Available');

    const crashing = { ...pod(medsRs[1], { waiting: 'CrashLoopBackOff', restarts: 5 }), metadata: healthy.metadata };
    const modified = (object: typeof healthy): ResourceChange => ({ type: 'MODIFIED', kind: 'Pod', object });
    store.getState().actions.applyChanges([modified(crashing)]);
    const stuck = rowOf();
    expect(stuck.cells[8]).toBe('Stuck: CrashLoopBackOff');
    expect(stuck).toMatchObject({ problem: true, tone: 'danger' });
    expect(stuck).toEqual(fromScratch(store.getState())(meds));

    store.getState().actions.applyChanges([modified(healthy)]);
    expect(rowOf()).toEqual(before);
    expect(rowOf()).toEqual(fromScratch(store.getState())(meds));
  });
});
