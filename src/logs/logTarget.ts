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
  return { title: `${prefix}/${subject.metadata.name}`, pods: names, merged: true };
}

/** A stable identity for a target, so a re-render with an equal target keeps its session. */
export function logTargetKey(target: LogTarget | undefined): string {
  return target ? `${target.title}\u0000${target.pods.join(',')}\u0000${target.merged}` : '';
}
