// The revisions a Deployment can roll back to, for the undo picker and for planRolloutUndo.
import { formatAge, ageOf } from '../age.js';
import { imageOf, revisionOf } from '../replicasets.js';
import { snapshotIndex } from '../snapshotIndex.js';
import type { ClusterSnapshot, Deployment, ReplicaSet } from '../resources.js';

export interface RevisionEntry {
  revision: number;
  image: string;
  ageMs: number;
  /** kubectl-style age, e.g. 23h */
  age: string;
  replicaSetName: string;
  /** The Deployment's current revision (undo to it is a no-op). */
  current: boolean;
  /** Pods the ReplicaSet runs now: a revision still serving. */
  replicas: number;
  replicaSet: ReplicaSet;
}

/** Every revision of `dep` with a ReplicaSet, newest first. */
export function undoHistory(dep: Deployment, snapshot: ClusterSnapshot): RevisionEntry[] {
  const current = revisionOf(dep);
  return snapshotIndex(snapshot)
    .replicaSetsOf(dep)
    .filter((rs) => revisionOf(rs) > 0)
    .map((rs) => {
      const ageMs = ageOf(rs.metadata.creationTimestamp, snapshot.now);
      return {
        revision: revisionOf(rs),
        image: imageOf(rs.spec.template),
        ageMs,
        age: formatAge(ageMs),
        replicaSetName: rs.metadata.name,
        current: revisionOf(rs) === current,
        replicas: rs.status?.replicas ?? 0,
        replicaSet: rs,
      };
    });
}

/** kubectl's default undo target: the highest revision below the current one. */
export function previousRevision(dep: Deployment, snapshot: ClusterSnapshot): number | undefined {
  const current = revisionOf(dep);
  return undoHistory(dep, snapshot).find((entry) => current === 0 || entry.revision < current)?.revision;
}
