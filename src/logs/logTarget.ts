// What `l` opens: a pod's own logs, or a ReplicaSet's / Deployment's pods merged (stern style).
// Pure: the caller passes the objects it already has from the store.
import { controllerOf, replicaSetsOf } from '../domain/replicasets.js';
import type { Deployment, Pod, ReplicaSet } from '../domain/resources.js';
import type { LogTarget } from './logEntry.js';

export type LogSubject = Pod | Deployment | ReplicaSet;

export function logTargetFor(subject: LogSubject, replicaSets: readonly ReplicaSet[], pods: readonly Pod[]): LogTarget {
  if (subject.kind === 'Pod') return { title: subject.metadata.name, pods: [subject.metadata.name], merged: false };
  const owners = subject.kind === 'ReplicaSet' ? [subject] : replicaSetsOf(subject, [...replicaSets]);
  const ownerUids = new Set(owners.map((rs) => rs.metadata.uid));
  const names = pods
    .filter((pod) => ownerUids.has(controllerOf(pod)?.uid ?? ''))
    .map((pod) => pod.metadata.name)
    .sort();
  const prefix = subject.kind === 'ReplicaSet' ? 'rs' : 'deploy';
  return { title: `${prefix}/${subject.metadata.name}`, pods: names, merged: true, follows: { kind: subject.kind, uid: subject.metadata.uid } };
}

/**
 * Whether `pod` is one of the pods a merged target follows: controlled by its ReplicaSet, or by a
 * ReplicaSet of its Deployment (looked up in `replicaSets`, which a new rollout's ReplicaSet joins).
 */
export function followedBy(target: LogTarget, pod: Pod, replicaSets: ReadonlyMap<string, ReplicaSet>): boolean {
  const owner = controllerOf(pod);
  if (!target.follows || owner?.kind !== 'ReplicaSet') return false;
  if (target.follows.kind === 'ReplicaSet') return owner.uid === target.follows.uid;
  const replicaSet = replicaSets.get(owner.uid);
  return replicaSet !== undefined && controllerOf(replicaSet)?.uid === target.follows.uid;
}

/** A stable identity for a target, so a re-render with an equal target keeps its session. */
export function logTargetKey(target: LogTarget | undefined): string {
  return target ? `${target.title}\u0000${target.pods.join(',')}\u0000${target.merged}` : '';
}
