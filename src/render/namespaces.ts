import { ageChangesAt } from '../domain/age.js';
import type { Namespace } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const namespaceColumns: readonly Column[] = [
  { header: 'NAME', width: 24, flex: true, priority: 9, min: 14 },
  { header: 'STATUS', width: 12, priority: 8 },
  { header: 'AGE', width: 7, priority: 5 },
];

/** kubectl's STATUS: Active, or Terminating while its contents are deleted (a problem to see). */
export function namespaceRow(ns: Namespace, _snapshot: unknown, now: number): Row {
  const phase = ns.status?.phase ?? 'Active';
  return makeRow(
    ns.metadata.uid,
    [ns.metadata.name, phase, ageCell(ns.metadata.creationTimestamp, now)],
    phase === 'Active'
      ? { problem: false, changesAt: ageChangesAt(ns.metadata.creationTimestamp, now) }
      : { problem: true, tone: 'warn', toneCell: 1, changesAt: ageChangesAt(ns.metadata.creationTimestamp, now) },
  );
}

export const namespaceRenderer: Renderer<Namespace> = { columns: namespaceColumns, toRow: namespaceRow, compare: byName, changedRows: rowsOfOwnObject };
