import { emptyResources } from '../../src/store/clusterStore.js';
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/domain/resources.js';
import { indexPodsByDeployment, indexPodsByReplicaSet, indexWorkloads } from '../../src/domain/workloadIndex.js';
import { applyChanges } from '../../src/store/applyChanges.js';
import { Memo } from '../../src/domain/memo.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { replacedSince } from '../../src/render/mapDeltas.js';
import { followCount, followPodsByDeployment, followPodsByReplicaSet, followValues } from '../../src/store/patchedDerivations.js';
import { selectHeaderCounts, selectSnapshot } from '../../src/store/selectors.js';
import type { ResourceChange, ResourceMaps } from '../../src/store/types.js';
import { deployment, pod, replicaSet } from '../render/objectBuilders.js';

// One store's memo: applyChanges records its replacements there, the followers read them from it.
const memo = new Memo();

const crashing = (p: Pod) => p.status?.containerStatuses?.some((c) => c.state?.waiting?.reason === 'CrashLoopBackOff') === true;

function cluster() {
  const dep = deployment('kilo-meds');
  const rsA = replicaSet(dep, 1, { replicas: 2 });
  const rsB = replicaSet(dep, 2, { replicas: 2 });
  const pods = [pod(rsA), pod(rsB), pod(rsA), pod(rsB)];
  const empty: ResourceMaps = emptyResources();
  const resources = applyChanges(empty, [{ type: 'sync', kind: 'Pod', items: pods }], memo);
  return { rsA, rsB, pods, resources };
}

const modified = (object: Pod): ResourceChange => ({ type: 'MODIFIED', kind: 'Pod', object });
const crashed = (p: Pod): Pod => ({ ...p, status: { ...p.status, containerStatuses: [{ name: 'c', image: 'i', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } } }] } });

/** kilo-meds with two ReplicaSets and kilo-cam with one, two pods each. */
function twoDeployments() {
  const meds = deployment('kilo-meds');
  const cam = deployment('kilo-cam');
  const medsRs = [replicaSet(meds, 1, { replicas: 1 }), replicaSet(meds, 2, { replicas: 1 })];
  const camRs = replicaSet(cam, 1, { replicas: 1 });
  const pods = [pod(medsRs[0]), pod(camRs), pod(medsRs[1]), pod(camRs)];
  return { meds, cam, medsRs, camRs, pods };
}

/** Each follower fed `steps` in order must equal a rebuild from the last map. */
function followAll(steps: ResourceMaps[]) {
  const values = followValues<Pod>(memo);
  const grouping = followPodsByReplicaSet(memo);
  const count = followCount(memo, crashing);
  let last = { values: [] as Pod[], grouping: new Map() as ReadonlyMap<string, Pod[]>, count: 0 };
  for (const step of steps) {
    const list = values(step.Pod);
    last = { values: list, grouping: grouping(step.Pod, list), count: count(step.Pod, list) };
  }
  return last;
}

function expectRebuilt(result: ReturnType<typeof followAll>, resources: ResourceMaps) {
  const rebuilt = [...resources.Pod.values()];
  expect(result.values).toEqual(rebuilt);
  expect(result.values.every((p, i) => p === rebuilt[i])).toBe(true);
  expect(result.grouping).toEqual(indexPodsByReplicaSet(rebuilt));
  expect(result.count).toBe(rebuilt.filter(crashing).length);
}

describe('kind deltas', () => {
  it('records in-place replacements once per uid, and nothing when keys were added or removed', () => {
    const { pods, resources } = cluster();
    const twice = applyChanges(resources, [modified(crashed(pods[1])), modified(crashed(pods[1])), modified(pods[2])], memo);
    expect([...(replacedSince(memo, resources.Pod, twice.Pod) ?? [])]).toEqual([pods[1].metadata.uid, pods[2].metadata.uid]);
    expect(replacedSince(memo, resources.Pod, applyChanges(resources, [{ type: 'DELETED', kind: 'Pod', object: pods[0] }], memo).Pod)).toBeUndefined();
    const added = pod(cluster().rsA);
    expect(replacedSince(memo, resources.Pod, applyChanges(resources, [modified(pods[0]), modified(added)], memo).Pod)).toBeUndefined();
    expect(replacedSince(memo, resources.Pod, applyChanges(resources, [modified(pods[0]), { type: 'sync', kind: 'Pod', items: pods }], memo).Pod)).toBeUndefined();
  });
});

describe('patched derivations', () => {
  it('patch the pod list, grouping and crash count to what a rebuild gives', () => {
    const { pods, resources } = cluster();
    const first = applyChanges(resources, [modified(crashed(pods[1])), modified(crashed(pods[2]))], memo);
    const second = applyChanges(first, [modified(pods[1]), modified(crashed(pods[3])), modified(crashed(pods[3]))], memo);
    expectRebuilt(followAll([resources, first]), first);
    const result = followAll([resources, first, second]);
    expectRebuilt(result, second);
    expect(result.count).toBe(2);
  });

  it('rebuild when a pod changes owner, is added or deleted', () => {
    const { rsB, pods, resources } = cluster();
    const moved: Pod = { ...pods[0], metadata: { ...pods[0].metadata, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rsB.metadata.name, uid: rsB.metadata.uid, controller: true }] } };
    const reowned = applyChanges(resources, [modified(moved)], memo);
    expectRebuilt(followAll([resources, reowned]), reowned);
    const deleted = applyChanges(reowned, [{ type: 'DELETED', kind: 'Pod', object: pods[2] }], memo);
    const readded = applyChanges(deleted, [modified(crashed(pods[2])), modified(crashed(pods[1]))], memo);
    expectRebuilt(followAll([resources, reowned, deleted, readded]), readded);
  });

  it('rebuild when fed a map that was not made from the last one', () => {
    const { pods, resources } = cluster();
    const a = applyChanges(resources, [modified(crashed(pods[0]))], memo);
    const b = applyChanges(resources, [modified(crashed(pods[1]))], memo);
    expectRebuilt(followAll([resources, a, b]), b);
  });

  it('recompute only the pod lists of Deployments whose ReplicaSets\' pods changed', () => {
    const { meds, cam, medsRs, camRs, pods } = twoDeployments();
    const workloads = indexWorkloads([meds, cam], [...medsRs, camRs]);
    const follow = followPodsByDeployment(memo);
    const groupings = [indexPodsByReplicaSet(pods)];
    const patched = new Map(groupings[0]);
    patched.set(medsRs[1].metadata.uid, [crashed(pods[2])]);
    groupings.push(patched);
    const removed = new Map(patched);
    removed.delete(camRs.metadata.uid);
    groupings.push(removed);
    for (const grouping of groupings) {
      expect(follow(workloads, grouping)).toEqual(indexPodsByDeployment(workloads.replicaSetsByDeployment, grouping));
    }
    const again = followPodsByDeployment(memo);
    const first = again(workloads, groupings[0]);
    const second = again(workloads, groupings[1]);
    expect(second.get(cam.metadata.uid)).toBe(first.get(cam.metadata.uid));
    expect(second.get(meds.metadata.uid)).toEqual([crashed(pods[2]), pods[0]]); // newest revision first
    expect(again(workloads, groupings[2]).get(cam.metadata.uid)).toEqual([]);
  });

  it('patch the per-Deployment pod index of a store through bursts exactly as a rebuild', () => {
    const { meds, cam, medsRs, camRs, pods } = twoDeployments();
    const store = createClusterStore();
    store.getState().mutators.applyChanges([
      { type: 'sync', kind: 'Deployment', items: [meds, cam] },
      { type: 'sync', kind: 'ReplicaSet', items: [...medsRs, camRs] },
      { type: 'sync', kind: 'Pod', items: pods },
    ]);
    const expectRebuiltIndex = () => {
      const snapshot = selectSnapshot(store.getState());
      expect(snapshot.podsByDeployment).toEqual(indexPodsByDeployment(snapshot.replicaSetsByDeployment, indexPodsByReplicaSet([...store.getState().resources.Pod.values()])));
      return snapshot;
    };
    const before = expectRebuiltIndex();
    store.getState().mutators.applyChanges([modified(crashed(pods[2])), modified(crashed(pods[0]))]);
    const after = expectRebuiltIndex();
    expect(after.podsByDeployment.get(cam.metadata.uid)).toBe(before.podsByDeployment.get(cam.metadata.uid));
    expect(after.podsByDeployment.get(meds.metadata.uid)).toEqual([crashed(pods[2]), crashed(pods[0])]);
    store.getState().mutators.applyChanges([modified(crashed(pods[1]))]);
    expect(expectRebuiltIndex().podsByDeployment.get(meds.metadata.uid)).toBe(after.podsByDeployment.get(meds.metadata.uid));
  });

  it('keep the header crash count right across bursts in a store', () => {
    const { pods } = cluster();
    const store = createClusterStore();
    store.getState().mutators.applyChanges([{ type: 'sync', kind: 'Pod', items: pods }]);
    expect(selectHeaderCounts(store.getState()).crashingPods).toBe(0);
    store.getState().mutators.applyChanges([modified(crashed(pods[0])), modified(crashed(pods[3]))]);
    expect(selectHeaderCounts(store.getState()).crashingPods).toBe(2);
    store.getState().mutators.applyChanges([modified(pods[0]), modified(crashed(pods[3]))]);
    expect(selectHeaderCounts(store.getState()).crashingPods).toBe(1);
  });
});
