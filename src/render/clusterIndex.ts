// Lookups computed once per store change so rows never scan the whole cluster: owner → children,
// stale ReplicaSets, events per object. Rows then call the domain functions on small arrays.
import { controllerOf, isStale, replicaSetsOf } from '../domain/replicasets.js';
import type { ClusterSnapshot, Deployment, KubeEvent, Pod, ReplicaSet } from '../domain/resources.js';

export interface IndexedSnapshot extends ClusterSnapshot {
  deploymentByUid: ReadonlyMap<string, Deployment>;
  replicaSetByUid: ReadonlyMap<string, ReplicaSet>;
  /** Deployment uid → its ReplicaSets, newest revision first. */
  replicaSetsByDeployment: ReadonlyMap<string, ReplicaSet[]>;
  /** ReplicaSet uid → its Pods. */
  podsByReplicaSet: ReadonlyMap<string, Pod[]>;
  /** Deployment uid → the Pods of its ReplicaSets, in replicaSetsByDeployment order. */
  podsByDeployment: ReadonlyMap<string, Pod[]>;
  staleReplicaSets: ReadonlySet<string>;
  /** involvedObject uid (or kind/name) → events, most recent first. */
  eventsByObject: ReadonlyMap<string, KubeEvent[]>;
}

export function eventTime(event: KubeEvent): number {
  const at = Date.parse(event.lastTimestamp ?? event.firstTimestamp ?? event.metadata.creationTimestamp ?? '');
  return Number.isNaN(at) ? 0 : at;
}

export function eventKey(kind: string, name: string): string {
  return `${kind}/${name}`;
}

export type WorkloadIndex = Pick<IndexedSnapshot, 'deploymentByUid' | 'replicaSetByUid' | 'replicaSetsByDeployment' | 'staleReplicaSets'>;

// The index is built in parts, one per input kind, so a caller can keep the parts whose kinds did
// not change (a burst of pod events then leaves the ReplicaSet grouping and staleness untouched).
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

export function indexEventsByObject(events: readonly KubeEvent[]): ReadonlyMap<string, KubeEvent[]> {
  const eventsByObject = new Map<string, KubeEvent[]>();
  for (const event of [...events].sort((a, b) => eventTime(b) - eventTime(a))) {
    const { uid, kind, name } = event.involvedObject;
    for (const key of uid ? [uid, eventKey(kind, name)] : [eventKey(kind, name)]) {
      const list = eventsByObject.get(key) ?? [];
      list.push(event);
      eventsByObject.set(key, list);
    }
  }
  return eventsByObject;
}

export function indexSnapshot(snapshot: ClusterSnapshot): IndexedSnapshot {
  const workloads = indexWorkloads(snapshot.deployments, snapshot.replicaSets);
  const podsByReplicaSet = indexPodsByReplicaSet(snapshot.pods);
  return {
    ...snapshot,
    ...workloads,
    podsByReplicaSet,
    podsByDeployment: indexPodsByDeployment(workloads.replicaSetsByDeployment, podsByReplicaSet),
    eventsByObject: indexEventsByObject(snapshot.events),
  };
}

/** Events about an object, most recent first, matched by uid or by kind and name. */
export function eventsFor(snapshot: IndexedSnapshot, obj: { kind: string; metadata: { uid: string; name: string } }): KubeEvent[] {
  const byUid = snapshot.eventsByObject.get(obj.metadata.uid);
  return byUid ?? snapshot.eventsByObject.get(eventKey(obj.kind, obj.metadata.name)) ?? [];
}
