import { ageChangesAt } from '../domain/age.js';
import { imageOf, revisionOf } from '../domain/replicasets.js';
import type { Deployment, Pod, ReplicaSet } from '../domain/resources.js';
import { rolloutChangesAt, rolloutOfOwned, type RolloutStatus } from '../domain/rollout.js';
import { ageCell, byName, cellText, makeRow, withCells } from './cells.js';
import type { IndexedSnapshot } from './clusterIndex.js';
import { memoSlot } from '../domain/memo.js';
import { sameItems } from './sameItems.js';
import { NO_ROWS } from './changedRows.js';
import { replacedSince } from './mapDeltas.js';
import type { Column, Renderer, Row } from './types.js';

export const deploymentColumns: readonly Column[] = [
  { header: 'NAME', width: 20, flex: true, priority: 9, min: 14, whole: true },
  { header: 'READY', width: 6, priority: 5 },
  { header: 'UP-TO-DATE', width: 10, priority: 1 },
  { header: 'AVAILABLE', width: 9, priority: 2 },
  { header: 'IMAGE', width: 24, flex: true, priority: 5, whole: true },
  { header: 'REVISION', width: 8, priority: 4 },
  { header: 'RS', width: 6, priority: 6 },
  { header: 'AGE', width: 7, priority: 4 },
  { header: 'STATUS', width: 24, flex: true, priority: 10, min: 20, whole: true },
];

const STATUS_CELL = 8;

interface CachedRow {
  owned: readonly ReplicaSet[];
  pods: readonly Pod[];
  now: number;
  row: Row;
}

// A row reads the Deployment, its ReplicaSets and their pods. The index keeps those objects (and the
// owned array, while no ReplicaSet changes) identical between updates, so a burst of events about
// other Deployments' pods reuses this row instead of re-deriving the rollout of every Deployment.
const ROWS = memoSlot<Deployment, CachedRow>('deployment rows');

export function deploymentRow(dep: Deployment, snapshot: IndexedSnapshot, now: number): Row {
  const owned = snapshot.replicaSetsByDeployment.get(dep.metadata.uid) ?? [];
  const pods = snapshot.podsByDeployment.get(dep.metadata.uid) ?? [];
  const rowCache = snapshot.memo.of(ROWS);
  const cached = rowCache.get(dep);
  let row: Row;
  // A row stays valid from when it was derived until the clock reaches its changesAt.
  if (cached && cached.owned === owned && cached.now <= now && now < (cached.row.changesAt ?? Infinity)) {
    // The index keeps a Deployment's pod list while none of its pods changes; after a rebuild of
    // the index (a pod added elsewhere) the same pods in a new list still hit.
    if (cached.pods === pods || sameItems(cached.pods, pods)) {
      cached.pods = pods;
      return cached.row;
    }
    // Only its pods changed, and they reach the row through the rollout alone (STATUS and tone).
    // A pod restarting without changing the rollout keeps the row object, so the table can skip it.
    const rollout = rolloutOfOwned(dep, owned, pods, now);
    const status = cellText(rollout.text);
    const tone = rolloutTone(rollout);
    const previous = cached.row;
    const changesAt = Math.min(ageChangesAt(dep.metadata.creationTimestamp, now), rolloutChangesAt(dep, owned, pods, now));
    row =
      previous.cells[STATUS_CELL] === status && previous.problem === tone.problem && previous.tone === tone.tone && previous.changesAt === changesAt
        ? previous
        : withCells({ ...previous, ...tone, changesAt }, [...previous.cells.slice(0, STATUS_CELL), status]);
    rowCache.set(dep, { owned, pods, now: cached.now, row });
    return row;
  }
  row = buildDeploymentRow(dep, snapshot, now, owned, pods);
  rowCache.set(dep, { owned, pods, now, row });
  return row;
}

function rolloutTone(rollout: RolloutStatus): Pick<Row, 'problem' | 'tone' | 'toneCell'> {
  const stuck = rollout.state === 'stuck';
  return { problem: stuck, tone: stuck ? 'danger' : rollout.state === 'available' ? 'ok' : 'warn', toneCell: STATUS_CELL };
}

function buildDeploymentRow(dep: Deployment, snapshot: IndexedSnapshot, now: number, owned: ReplicaSet[], pods: Pod[]): Row {
  const rollout = rolloutOfOwned(dep, owned, pods, now);
  const stale = owned.filter((rs) => snapshot.staleReplicaSets.has(rs.metadata.uid)).length;
  const desired = dep.spec.replicas ?? 1;
  const status = dep.status ?? {};
  return makeRow(
    dep.metadata.uid,
    [
      dep.metadata.name,
      `${status.readyReplicas ?? 0}/${desired}`,
      status.updatedReplicas ?? 0,
      status.availableReplicas ?? 0,
      imageOf(dep.spec.template),
      revisionOf(dep) || '-',
      `${owned.length - stale}/${stale}`,
      ageCell(dep.metadata.creationTimestamp, now),
      rollout.text,
    ],
    { ...rolloutTone(rollout), changesAt: Math.min(ageChangesAt(dep.metadata.creationTimestamp, now), rolloutChangesAt(dep, owned, pods, now)) },
  );
}

export const deploymentRenderer: Renderer<Deployment> = {
  columns: deploymentColumns,
  reads: ['ReplicaSet', 'Pod'],
  toRow: deploymentRow,
  compare: byName,
  // A row reads its ReplicaSets and their pods besides itself: after a burst of pod changes, the
  // Deployments whose pod lists the index replaced are the only rows to derive again.
  changedRows: (before, after) => {
    if (before.replicaSetsByDeployment !== after.replicaSetsByDeployment || before.staleReplicaSets !== after.staleReplicaSets) return undefined;
    return before.podsByDeployment === after.podsByDeployment ? NO_ROWS : replacedSince(after.memo, before.podsByDeployment, after.podsByDeployment);
  },
};
