import { describe, expect, it } from 'vitest';
import { deploymentRow } from '../../src/render/deployments.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { selectSnapshot } from '../../src/store/selectors.js';
import { makeTableRowsSelector } from '../../src/store/tableRows.js';
import { tableView } from '../store/tableView.js';
import type { ResourceChange } from '../../src/store/types.js';
import { deployment, NOW, pod, replicaSet } from './objectBuilders.js';

// The row is rebuilt in parts after a pod burst; it must read exactly as a row built from scratch.
function fromScratch(state: ReturnType<ReturnType<typeof createClusterStore>['getState']>) {
  const { resources } = state;
  const snapshot = indexSnapshot({
    namespace: 'kilo-guardian',
    now: state.now,
    deployments: [...resources.Deployment.values()],
    replicaSets: [...resources.ReplicaSet.values()],
    pods: [...resources.Pod.values()],
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
    store.getState().mutators.applyChanges([
      { type: 'sync', kind: 'Deployment', items: [meds, cam] },
      { type: 'sync', kind: 'ReplicaSet', items: [...medsRs, camRs] },
      { type: 'sync', kind: 'Pod', items: [healthy, other, pod(camRs)] },
    ]);
    const rowOf = () => deploymentRow(meds, selectSnapshot(store.getState()), NOW);
    const before = rowOf();
    expect(before.cells[8]).toBe('Available');

    const crashing = { ...pod(medsRs[1], { waiting: 'CrashLoopBackOff', restarts: 5 }), metadata: healthy.metadata };
    const modified = (object: typeof healthy): ResourceChange => ({ type: 'MODIFIED', kind: 'Pod', object });
    store.getState().mutators.applyChanges([modified(crashing)]);
    const stuck = rowOf();
    expect(stuck.cells[8]).toBe('Stuck: CrashLoopBackOff');
    expect(stuck).toMatchObject({ problem: true, tone: 'danger' });
    expect(stuck).toEqual(fromScratch(store.getState())(meds));

    store.getState().mutators.applyChanges([modified(healthy)]);
    expect(rowOf()).toEqual(before);
    expect(rowOf()).toEqual(fromScratch(store.getState())(meds));
  });
});

describe('unchanged rows across pod bursts', () => {
  function cluster() {
    const meds = deployment('kilo-meds', { replicas: 1 });
    const cam = deployment('kilo-cam', { replicas: 1 });
    const medsRs = replicaSet(meds, 1, { replicas: 1 });
    const camRs = replicaSet(cam, 1, { replicas: 1 });
    const medsPod = pod(medsRs);
    const store = createClusterStore({ now: NOW });
    store.getState().mutators.applyChanges([
      { type: 'sync', kind: 'Deployment', items: [meds, cam] },
      { type: 'sync', kind: 'ReplicaSet', items: [medsRs, camRs] },
      { type: 'sync', kind: 'Pod', items: [medsPod, pod(camRs)] },
    ]);
    const restarted = (p: typeof medsPod, restarts: number) => ({ ...p, status: { ...p.status, containerStatuses: p.status!.containerStatuses!.map((c) => ({ ...c, restartCount: restarts })) } });
    const burst = (object: typeof medsPod): ResourceChange => ({ type: 'MODIFIED', kind: 'Pod', object });
    return { meds, medsPod, store, restarted, burst };
  }

  it('keep the same row object while a restart leaves the rollout as it was', () => {
    const { meds, medsPod, store, restarted, burst } = cluster();
    const before = deploymentRow(meds, selectSnapshot(store.getState()), NOW);
    store.getState().mutators.applyChanges([burst(restarted(medsPod, 1))]);
    expect(deploymentRow(meds, selectSnapshot(store.getState()), NOW)).toBe(before);
    const crashing = { ...pod(replicaSet(meds, 1), { waiting: 'CrashLoopBackOff', restarts: 5 }), metadata: medsPod.metadata };
    store.getState().mutators.applyChanges([burst(crashing)]);
    const after = deploymentRow(meds, selectSnapshot(store.getState()), NOW);
    expect(after).not.toBe(before);
    expect(after.cells[8]).toBe('Stuck: CrashLoopBackOff');
  });

  it('give the table the previous result when no row changed, and a new one when a row did', () => {
    const { medsPod, store, restarted, burst } = cluster();
    const deployments = makeTableRowsSelector('deploy', 'deploy', undefined);
    const pods = makeTableRowsSelector('pods', 'pods', undefined);
    const podRows = tableView('pods', 'pods');
    const first = deployments(store.getState());
    const firstPods = pods(store.getState());
    store.getState().mutators.applyChanges([burst(restarted(medsPod, 1))]);
    expect(deployments(store.getState())).toBe(first);
    const nextPods = pods(store.getState());
    expect(nextPods).not.toBe(firstPods);
    expect(podRows(store.getState()).rows.map((row) => row.cells[3])).toContain('1');
  });
});
