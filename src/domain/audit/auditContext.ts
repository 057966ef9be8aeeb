// Helpers the rules share: the plan context of an audit and per-Deployment lookups.
import type { PlanContext } from '../plans/planContext.js';
import { snapshotIndex } from '../snapshotIndex.js';
import type { ClusterSnapshot, Deployment, Pod } from '../resources.js';
import type { AuditOptions } from './types.js';

export function planContextFor(snapshot: ClusterSnapshot, options: AuditOptions): PlanContext {
  return { context: options.context, currentContext: options.currentContext, namespace: snapshot.namespace };
}

/** The Deployment a pod belongs to through its ReplicaSet, if any. */
export function deploymentOfPod(pod: Pod, snapshot: ClusterSnapshot): Deployment | undefined {
  return snapshotIndex(snapshot).deploymentOfPod(pod);
}

export function byName<T extends { metadata: { name: string } }>(a: T, b: T): number {
  return a.metadata.name.localeCompare(b.metadata.name);
}
