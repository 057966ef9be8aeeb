// ReplicaSet history of a Deployment: which ReplicaSets a Deployment owns, which one is current,
// and which are stale leftovers (scaled to zero, kept only for rollback).
import {
  REVISION_ANNOTATION,
  type Deployment,
  type ObjectMeta,
  type OwnerReference,
  type PodTemplateSpec,
  type ReplicaSet,
} from './resources.js';

/** The deployment.kubernetes.io/revision annotation as a number; 0 when absent or malformed. */
export function revisionOf(obj: { metadata: ObjectMeta }): number {
  const raw = obj.metadata.annotations?.[REVISION_ANNOTATION];
  if (raw === undefined) return 0;
  const revision = Number.parseInt(raw, 10);
  return Number.isFinite(revision) && revision > 0 ? revision : 0;
}

/** The owner reference marked controller: true (the object that manages this one). */
export function controllerOf(obj: { metadata: ObjectMeta }): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((ref) => ref.controller === true);
}

function creationTime(rs: ReplicaSet): number {
  const at = Date.parse(rs.metadata.creationTimestamp ?? '');
  return Number.isNaN(at) ? 0 : at;
}

/** Newest first: by revision, then by creation time for ReplicaSets without a revision. */
export function compareNewestFirst(a: ReplicaSet, b: ReplicaSet): number {
  return revisionOf(b) - revisionOf(a) || creationTime(b) - creationTime(a) || a.metadata.name.localeCompare(b.metadata.name);
}

/** The ReplicaSets controlled by `dep` (matched by uid), newest revision first. */
export function replicaSetsOf(dep: Deployment, all: ReplicaSet[]): ReplicaSet[] {
  return all.filter((rs) => controllerOf(rs)?.uid === dep.metadata.uid).sort(compareNewestFirst);
}

/** The ReplicaSet of the Deployment's current revision, else the newest one it owns. */
export function currentReplicaSet(dep: Deployment, all: ReplicaSet[]): ReplicaSet | undefined {
  return currentOfOwned(dep, replicaSetsOf(dep, all));
}

/** currentReplicaSet among the Deployment's own ReplicaSets, already newest first. */
export function currentOfOwned(dep: Deployment, owned: readonly ReplicaSet[]): ReplicaSet | undefined {
  const depRevision = revisionOf(dep);
  return owned.find((rs) => depRevision > 0 && revisionOf(rs) === depRevision) ?? owned[0];
}

/** The Deployment controlling `rs`, if it exists among `deployments`. */
export function deploymentOf(rs: ReplicaSet, deployments: Deployment[]): Deployment | undefined {
  const owner = controllerOf(rs);
  if (owner?.kind !== 'Deployment') return undefined;
  return deployments.find((dep) => dep.metadata.uid === owner.uid);
}

/** True when the ReplicaSet has or is asked to have any pods. */
export function hasReplicas(rs: ReplicaSet): boolean {
  return (rs.spec.replicas ?? 1) > 0 || (rs.status?.replicas ?? 0) > 0;
}

/**
 * A stale ReplicaSet is rollback history only: owned by an existing Deployment, scaled to zero
 * with no pods left, and not that Deployment's current revision. Unowned ReplicaSets were made
 * by hand and are never stale, whatever their replica count.
 */
export function isStale(rs: ReplicaSet, deployments: Deployment[]): boolean {
  const dep = deploymentOf(rs, deployments);
  if (!dep) return false;
  if (hasReplicas(rs)) return false;
  // Without a revision on the Deployment we cannot tell history from current: never call it stale.
  const depRevision = revisionOf(dep);
  return depRevision > 0 && revisionOf(rs) !== depRevision;
}

/** The image(s) of a pod template: the first container's, or all joined with "," when several. */
export function imageOf(template: PodTemplateSpec): string {
  return template.spec.containers.map((container) => container.image).join(',');
}
