import { describe, expect, it } from 'vitest';
import type { Pod } from '../../src/domain/resources.js';
import type { LogSession } from '../../src/logs/logSession.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import type { ResourceChange } from '../../src/store/types.js';
import { forwardPodChanges } from '../../src/ui/logs/useLogSession.js';
import { deployment, pod, replicaSet } from '../render/objectBuilders.js';

// The logs pane follows its pods through the store: each change of one of them reaches the
// session once, whether it arrives in a burst of replacements or with pods added and deleted.
function setup() {
  const rs = replicaSet(deployment('kilo-meds'), 1, { replicas: 3 });
  const [followed, other, third] = [pod(rs), pod(rs), pod(rs)];
  const store = createClusterStore();
  store.getState().mutators.applyChanges([{ type: 'sync', kind: 'Pod', items: [followed, other, third] }]);
  const updates: Pod[] = [];
  const deleted: string[] = [];
  const session = {
    getState: () => ({ target: { title: followed.metadata.name, pods: [followed.metadata.name], merged: false } }),
    onPodUpdate: (p: Pod) => updates.push(p),
    onPodDeleted: (name: string) => deleted.push(name),
  } as unknown as LogSession;
  const stop = forwardPodChanges(store, session);
  const apply = (...changes: ResourceChange[]) => store.getState().mutators.applyChanges(changes);
  const restarted = (p: Pod, restartCount: number): Pod => ({ ...p, status: { ...p.status, containerStatuses: [{ name: 'c', image: 'i', ready: true, restartCount }] } });
  return { followed, other, third, updates, deleted, stop, apply, restarted };
}

describe('forwardPodChanges', () => {
  it('forwards a replaced followed pod from a burst and ignores the other pods', () => {
    const { followed, other, updates, deleted, apply, restarted } = setup();
    const next = restarted(followed, 1);
    apply({ type: 'MODIFIED', kind: 'Pod', object: restarted(other, 1) }, { type: 'MODIFIED', kind: 'Pod', object: next });
    expect(updates).toEqual([next]);
    apply({ type: 'MODIFIED', kind: 'Pod', object: restarted(other, 2) });
    expect(updates).toEqual([next]);
    expect(deleted).toEqual([]);
  });

  it('forwards changes and the deletion when pods are also added or deleted', () => {
    const { followed, third, updates, deleted, apply, restarted, stop } = setup();
    const next = restarted(followed, 3);
    apply({ type: 'DELETED', kind: 'Pod', object: third }, { type: 'MODIFIED', kind: 'Pod', object: next });
    expect(updates).toEqual([next]);
    apply({ type: 'DELETED', kind: 'Pod', object: next });
    expect(deleted).toEqual([followed.metadata.name]);
    stop();
    apply({ type: 'ADDED', kind: 'Pod', object: followed });
    expect(updates).toEqual([next]);
  });

  it("adds the pods a followed Deployment gains, once their ReplicaSet is known, and no other Deployment's", () => {
    const meds = deployment('kilo-meds');
    const cam = deployment('kilo-cam');
    const before = replicaSet(meds, 1);
    const camRs = replicaSet(cam, 1);
    const old = pod(before);
    const store = createClusterStore();
    store.getState().mutators.applyChanges([
      { type: 'sync', kind: 'Deployment', items: [meds, cam] },
      { type: 'sync', kind: 'ReplicaSet', items: [before, camRs] },
      { type: 'sync', kind: 'Pod', items: [old] },
    ]);
    const added: string[] = [];
    const session = {
      getState: () => ({ target: { title: 'deploy/kilo-meds', pods: [old.metadata.name], merged: true, follows: { kind: 'Deployment', uid: meds.metadata.uid } } }),
      onPodUpdate: () => undefined,
      onPodDeleted: () => undefined,
      addPod: (p: Pod) => added.push(p.metadata.name),
    } as unknown as LogSession;
    forwardPodChanges(store, session);
    const restarted = replicaSet(meds, 2);
    const fresh = pod(restarted);
    // The watches deliver kinds independently: the new pod may come before its ReplicaSet.
    store.getState().mutators.applyChanges([{ type: 'ADDED', kind: 'Pod', object: fresh }, { type: 'ADDED', kind: 'Pod', object: pod(camRs) }]);
    expect(added).toEqual([]);
    store.getState().mutators.applyChanges([{ type: 'ADDED', kind: 'ReplicaSet', object: restarted }]);
    expect(added).toEqual([fresh.metadata.name]);
    store.getState().mutators.applyChanges([{ type: 'ADDED', kind: 'Pod', object: pod(camRs) }]);
    expect(added).toEqual([fresh.metadata.name]);
  });
});
