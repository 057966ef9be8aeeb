import { ageChangesAt } from '../domain/age.js';
import { memoSlot, type Memo } from '../domain/memo.js';
import { formatRestarts, podStatus, podStatusChangesAt, restartsChangeAt } from '../domain/pods.js';
import type { Pod } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const podColumns: readonly Column[] = [
  { header: 'NAME', width: 30, flex: true, priority: 9, min: 20 },
  { header: 'READY', width: 5, priority: 6 },
  { header: 'STATUS', width: 16, priority: 8 },
  { header: 'RESTARTS', width: 14, priority: 7 },
  { header: 'AGE', width: 7, priority: 5 },
  { header: 'NODE', width: 12, flex: true, priority: 1 },
  { header: 'IMAGE', width: 24, flex: true, priority: 2 },
];

const STATUS_CELL = 2;

// A pod's row reads the pod and the clock only: kept per pod object (in the store's memo) from when
// it was derived until the clock reaches its changesAt, so a filtered :pods list re-derived after a
// burst renders the replaced pods, not all 5,000, and a tick of the clock re-renders only the rows
// it changes.
const ROWS = memoSlot<Pod, { now: number; row: Row }>('pod rows');

export function podRow(pod: Pod, snapshot: { memo?: Memo } | undefined, now: number): Row {
  const rowCache = snapshot?.memo?.of(ROWS);
  const cached = rowCache?.get(pod);
  if (cached && cached.now <= now && now < (cached.row.changesAt ?? Infinity)) return cached.row;
  const row = buildPodRow(pod, now);
  rowCache?.set(pod, { now, row });
  return row;
}

function buildPodRow(pod: Pod, now: number): Row {
  const status = podStatus(pod, now);
  const tone = status.crashing || status.problem ? 'danger' : status.reason === 'Running' ? 'ok' : 'warn';
  return makeRow(
    pod.metadata.uid,
    [
      pod.metadata.name,
      status.ready,
      status.reason,
      formatRestarts(status, now),
      ageCell(pod.metadata.creationTimestamp, now),
      pod.spec.nodeName,
      pod.spec.containers.map((container) => container.image).join(','),
    ],
    {
      problem: status.problem,
      tone,
      toneCell: STATUS_CELL,
      changesAt: Math.min(ageChangesAt(pod.metadata.creationTimestamp, now), restartsChangeAt(status, now), podStatusChangesAt(pod, now)),
    },
  );
}

export const podRenderer: Renderer<Pod> = { columns: podColumns, toRow: podRow, compare: byName, changedRows: rowsOfOwnObject };
