// Lookups over a ClusterSnapshot's lists, built once per snapshot object. The audit and the plans
// ask, for every object, "which ReplicaSets does this Deployment own", "which pods does this
// ReplicaSet control", "is it stale"; answering each by scanning the lists made an audit of 1,000
// Deployments / 10,000 ReplicaSets / 5,000 pods take minutes. Same answers as the list functions
// in replicasets.ts and rollout.ts (same order), which stay for single questions. The lookups are
// workloadIndex.ts's, the same the explorer builds.
import { controllerOf } from './replicasets.js';
import type { ClusterSnapshot, Deployment, Pod, ReplicaSet } from './resources.js';
import { indexWorkloadLookups, type WorkloadLookups } from './workloadIndex.js';

export interface SnapshotIndex {
  /** The ReplicaSets the Deployment controls, newest revision first (as replicaSetsOf). */
  replicaSetsOf(dep: Deployment): ReplicaSet[];
  /** The pods the object (a ReplicaSet, or any other controller) controls, in snapshot order (as podsOf). */
  podsOf(owner: { metadata: { uid: string } }): Pod[];
  /** The pods of the Deployment's ReplicaSets. */
  podsOfDeployment(dep: Deployment): Pod[];
  /** The Deployment controlling the ReplicaSet, if it is in the snapshot (as deploymentOf). */
  deploymentOf(rs: ReplicaSet): Deployment | undefined;
  /** The Deployment a pod belongs to through its ReplicaSet, if any. */
  deploymentOfPod(pod: Pod): Deployment | undefined;
  /** As isStale: owned by a Deployment here, no replicas, not its current revision. */
  isStale(rs: ReplicaSet): boolean;
}

// The index is state of the snapshot it indexes, kept on it (not enumerable, so a copy of the
// snapshot such as the explorer's per-tick one starts without it): nothing is kept at module scope.
const INDEX = Symbol('snapshotIndex');

export function snapshotIndex(snapshot: ClusterSnapshot): SnapshotIndex {
  const carried = (snapshot as { [INDEX]?: SnapshotIndex })[INDEX];
  if (carried) return carried;
  const index = indexOver(lookupsOf(snapshot));
  if (Object.isExtensible(snapshot)) Object.defineProperty(snapshot, INDEX, { value: index });
  return index;
}

// The explorer's snapshot already carries the lookups, patched per watch burst: its live audit
// reuses them instead of grouping 10,000 ReplicaSets again on every update.
function lookupsOf(snapshot: ClusterSnapshot): WorkloadLookups {
  const carried = snapshot as Partial<WorkloadLookups>;
  if (carried.deploymentByUid && carried.replicaSetByUid && carried.replicaSetsByDeployment && carried.staleReplicaSets && carried.podsByReplicaSet && carried.podsByDeployment) {
    return carried as WorkloadLookups;
  }
  return indexWorkloadLookups(snapshot.deployments, snapshot.replicaSets, snapshot.pods);
}

function indexOver(lookups: WorkloadLookups): SnapshotIndex {
  const index: SnapshotIndex = {
    replicaSetsOf: (dep) => lookups.replicaSetsByDeployment.get(dep.metadata.uid) ?? [],
    podsOf: (rs) => lookups.podsByReplicaSet.get(rs.metadata.uid) ?? [],
    podsOfDeployment: (dep) => lookups.podsByDeployment.get(dep.metadata.uid) ?? [],
    deploymentOf(rs) {
      const owner = controllerOf(rs);
      return owner?.kind === 'Deployment' ? lookups.deploymentByUid.get(owner.uid) : undefined;
    },
    deploymentOfPod(pod) {
      const owner = pod.metadata.ownerReferences?.find((ref) => ref.controller && ref.kind === 'ReplicaSet');
      const rs = owner && lookups.replicaSetByUid.get(owner.uid);
      return rs ? index.deploymentOf(rs) : undefined;
    },
    isStale: (rs) => lookups.staleReplicaSets.has(rs.metadata.uid),
  };
  return index;
}
