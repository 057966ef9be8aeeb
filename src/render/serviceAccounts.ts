import { ageChangesAt } from '../domain/age.js';
import type { ServiceAccount } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const serviceAccountColumns: readonly Column[] = [
  { header: 'NAME', width: 32, flex: true, priority: 9, min: 14 },
  { header: 'SECRETS', width: 8, priority: 7 },
  { header: 'AGE', width: 7, priority: 8 },
];

export function serviceAccountRow(sa: ServiceAccount, _snapshot: unknown, now: number): Row {
  return makeRow(sa.metadata.uid, [sa.metadata.name, sa.secrets?.length ?? 0, ageCell(sa.metadata.creationTimestamp, now)], {
    problem: false,
    changesAt: ageChangesAt(sa.metadata.creationTimestamp, now),
  });
}

export const serviceAccountRenderer: Renderer<ServiceAccount> = { columns: serviceAccountColumns, toRow: serviceAccountRow, compare: byName, changedRows: rowsOfOwnObject };
