import { ageChangesAt } from '../domain/age.js';
import { imageOf } from '../domain/replicasets.js';
import type { DaemonSet } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const daemonSetColumns: readonly Column[] = [
  { header: 'NAME', width: 24, flex: true, priority: 9, min: 14 },
  { header: 'DESIRED', width: 8, priority: 6 },
  { header: 'CURRENT', width: 8, priority: 5 },
  { header: 'READY', width: 6, priority: 8 },
  { header: 'UP-TO-DATE', width: 11, priority: 3 },
  { header: 'AVAILABLE', width: 10, priority: 4 },
  { header: 'IMAGE', width: 24, flex: true, priority: 2 },
  { header: 'AGE', width: 7, priority: 7 },
];

/** kubectl's counts; fewer ready than desired (a node without its pod, or a pod not ready) is a problem. */
export function daemonSetRow(ds: DaemonSet, _snapshot: unknown, now: number): Row {
  const status = ds.status ?? {};
  const desired = status.desiredNumberScheduled ?? 0;
  const ready = status.numberReady ?? 0;
  return makeRow(
    ds.metadata.uid,
    [ds.metadata.name, desired, status.currentNumberScheduled ?? 0, ready, status.updatedNumberScheduled ?? 0, status.numberAvailable ?? 0, imageOf(ds.spec.template), ageCell(ds.metadata.creationTimestamp, now)],
    { ...(ready < desired ? { problem: true, tone: 'warn', toneCell: 3 } : { problem: false }), changesAt: ageChangesAt(ds.metadata.creationTimestamp, now) },
  );
}

export const daemonSetRenderer: Renderer<DaemonSet> = { columns: daemonSetColumns, toRow: daemonSetRow, compare: byName, changedRows: rowsOfOwnObject };
