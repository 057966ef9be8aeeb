import { ageChangesAt } from '../domain/age.js';
import { controllerOf, compareNewestFirst, currentOfOwned, imageOf, revisionOf } from '../domain/replicasets.js';
import type { ReplicaSet } from '../domain/resources.js';
import { ageCell, makeRow } from './cells.js';
import type { IndexedSnapshot } from './clusterIndex.js';
import { NO_ROWS } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const replicaSetColumns: readonly Column[] = [
  { header: 'NAME', width: 26, flex: true, priority: 9, min: 20 },
  { header: 'OWNER', width: 16, flex: true, priority: 3 },
  { header: 'REVISION', width: 8, priority: 6 },
  { header: 'DESIRED', width: 7, priority: 4 },
  { header: 'CURRENT', width: 7, priority: 2 },
  { header: 'READY', width: 5, priority: 5 },
  { header: 'IMAGE', width: 24, flex: true, priority: 3 },
  { header: 'AGE', width: 7, priority: 4 },
  { header: 'STATE', width: 7, priority: 8 },
];

export type ReplicaSetState = 'stale' | 'current' | 'old';

export function replicaSetState(rs: ReplicaSet, snapshot: IndexedSnapshot): ReplicaSetState {
  if (snapshot.staleReplicaSets.has(rs.metadata.uid)) return 'stale';
  const owner = controllerOf(rs);
  const siblings = owner ? snapshot.replicaSetsByDeployment.get(owner.uid) : undefined;
  if (!siblings) return 'current';
  const dep = snapshot.deploymentByUid.get(owner!.uid);
  const current = dep ? currentOfOwned(dep, siblings) : siblings[0];
  return current?.metadata.uid === rs.metadata.uid ? 'current' : 'old';
}

export function replicaSetRow(rs: ReplicaSet, snapshot: IndexedSnapshot, now: number): Row {
  const state = replicaSetState(rs, snapshot);
  const owner = controllerOf(rs);
  return makeRow(
    rs.metadata.uid,
    [
      rs.metadata.name,
      owner ? owner.name : '<none>',
      revisionOf(rs) || '-',
      rs.spec.replicas ?? 1,
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      imageOf(rs.spec.template),
      ageCell(rs.metadata.creationTimestamp, now),
      state,
    ],
    { problem: state === 'stale', dim: state === 'stale', changesAt: ageChangesAt(rs.metadata.creationTimestamp, now) },
  );
}

export const replicaSetRenderer: Renderer<ReplicaSet> = {
  columns: replicaSetColumns,
  reads: ['Deployment'],
  toRow: replicaSetRow,
  // Grouped by owner so a Deployment's history reads top to bottom, newest first.
  compare: (a, b) => (controllerOf(a)?.name ?? '').localeCompare(controllerOf(b)?.name ?? '') || compareNewestFirst(a, b),
  // A row reads its Deployment and siblings besides itself: unchanged while the workloads index is.
  changedRows: (before, after) =>
    before.deploymentByUid === after.deploymentByUid && before.replicaSetsByDeployment === after.replicaSetsByDeployment && before.staleReplicaSets === after.staleReplicaSets
      ? NO_ROWS
      : undefined,
};
