import { imageOf } from '../domain/replicasets.js';
import type { StatefulSet } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const statefulSetColumns: readonly Column[] = [
  { header: 'NAME', width: 24, flex: true, priority: 9, min: 14 },
  { header: 'READY', width: 7, priority: 8 },
  { header: 'SERVICE', width: 16, flex: true, priority: 3 },
  { header: 'IMAGE', width: 24, flex: true, priority: 4 },
  { header: 'AGE', width: 7, priority: 5 },
];

/** kubectl's READY: ready replicas of the desired count; fewer ready than desired is a problem. */
export function statefulSetRow(sts: StatefulSet, _snapshot: unknown, now: number): Row {
  const desired = sts.spec.replicas ?? 1;
  const ready = sts.status?.readyReplicas ?? 0;
  return makeRow(
    sts.metadata.uid,
    [sts.metadata.name, `${ready}/${desired}`, sts.spec.serviceName, imageOf(sts.spec.template), ageCell(sts.metadata.creationTimestamp, now)],
    ready < desired ? { problem: true, tone: 'warn', toneCell: 1 } : { problem: false },
  );
}

export const statefulSetRenderer: Renderer<StatefulSet> = { columns: statefulSetColumns, toRow: statefulSetRow, compare: byName, changedRows: rowsOfOwnObject };
