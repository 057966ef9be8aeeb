// Owner → children lookups over a namespace's objects: each Deployment's ReplicaSets (newest
// first) and which of them are stale, each ReplicaSet's and each Deployment's pods. Built in parts,
// one per input kind, so a caller can keep the parts whose kinds did not change (the store patches
// them per watch burst), and shared by the explorer's index and the audit's.
import { controllerOf, isStale, replicaSetsOf } from './replicasets.js';
import type { Deployment, Pod, ReplicaSet } from './resources.js';

export interface WorkloadIndex {
  deploymentByUid: ReadonlyMap<string, Deployment>;
  replicaSetByUid: ReadonlyMap<string, ReplicaSet>;
  /** Deployment uid → its ReplicaSets, newest revision first. */
  replicaSetsByDeployment: ReadonlyMap<string, ReplicaSet[]>;
  staleReplicaSets: ReadonlySet<string>;
}

/** WorkloadIndex with the pods: what every owner → children question needs. */
export interface WorkloadLookups extends WorkloadIndex {
  /** Controller uid (a ReplicaSet, or any other controller) → the Pods it controls. */
  podsByReplicaSet: ReadonlyMap<string, Pod[]>;
  /** Deployment uid → the Pods of its ReplicaSets, in replicaSetsByDeployment order. */
  podsByDeployment: ReadonlyMap<string, Pod[]>;
}

export function indexWorkloads(deployments: readonly Deployment[], replicaSets: readonly ReplicaSet[]): WorkloadIndex {
  const deploymentByUid = new Map(deployments.map((dep) => [dep.metadata.uid, dep]));
  const replicaSetByUid = new Map(replicaSets.map((rs) => [rs.metadata.uid, rs]));
  const replicaSetsByDeployment = new Map<string, ReplicaSet[]>();
  for (const dep of deployments) replicaSetsByDeployment.set(dep.metadata.uid, []);
  for (const rs of replicaSets) {
    const owner = controllerOf(rs);
    if (owner) replicaSetsByDeployment.get(owner.uid)?.push(rs);
  }
  const staleReplicaSets = new Set<string>();
  for (const dep of deployments) {
    const owned = replicaSetsOf(dep, replicaSetsByDeployment.get(dep.metadata.uid) ?? []);
    replicaSetsByDeployment.set(dep.metadata.uid, owned);
    for (const rs of owned) if (isStale(rs, [dep])) staleReplicaSets.add(rs.metadata.uid);
  }
  return { deploymentByUid, replicaSetByUid, replicaSetsByDeployment, staleReplicaSets };
}

export function indexPodsByReplicaSet(pods: readonly Pod[]): ReadonlyMap<string, Pod[]> {
  const podsByReplicaSet = new Map<string, Pod[]>();
  for (const pod of pods) {
    const owner = controllerOf(pod);
    if (!owner) continue;
    const list = podsByReplicaSet.get(owner.uid) ?? [];
    list.push(pod);
    podsByReplicaSet.set(owner.uid, list);
  }
  return podsByReplicaSet;
}

// A plain loop: flatMap costs several times as much, and a burst recomputes this for hundreds of Deployments.
export function podsOfDeployment(owned: readonly ReplicaSet[], podsByReplicaSet: ReadonlyMap<string, Pod[]>): Pod[] {
  const pods: Pod[] = [];
  for (const rs of owned) {
    const list = podsByReplicaSet.get(rs.metadata.uid);
    if (list) for (const pod of list) pods.push(pod);
  }
  return pods;
}

export function indexPodsByDeployment(
  replicaSetsByDeployment: ReadonlyMap<string, ReplicaSet[]>,
  podsByReplicaSet: ReadonlyMap<string, Pod[]>,
): ReadonlyMap<string, Pod[]> {
  const podsByDeployment = new Map<string, Pod[]>();
  for (const [uid, owned] of replicaSetsByDeployment) podsByDeployment.set(uid, podsOfDeployment(owned, podsByReplicaSet));
  return podsByDeployment;
}

export function indexWorkloadLookups(deployments: readonly Deployment[], replicaSets: readonly ReplicaSet[], pods: readonly Pod[]): WorkloadLookups {
  const workloads = indexWorkloads(deployments, replicaSets);
  const podsByReplicaSet = indexPodsByReplicaSet(pods);
  return { ...workloads, podsByReplicaSet, podsByDeployment: indexPodsByDeployment(workloads.replicaSetsByDeployment, podsByReplicaSet) };
}
