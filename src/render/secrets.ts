// Secrets list by type and key count only: no cell reads a value, so none can reach the screen.
import { ageChangesAt } from '../domain/age.js';
import type { Secret } from '../domain/resources.js';
import { keyCount } from './builtinCells.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const secretColumns: readonly Column[] = [
  { header: 'NAME', width: 32, flex: true, priority: 9, min: 14 },
  { header: 'TYPE', width: 28, flex: true, priority: 8 },
  { header: 'DATA', width: 5, priority: 7 },
  { header: 'AGE', width: 7, priority: 6 },
];

export function secretRow(secret: Secret, _snapshot: unknown, now: number): Row {
  return makeRow(secret.metadata.uid, [secret.metadata.name, secret.type ?? 'Opaque', keyCount(secret.data), ageCell(secret.metadata.creationTimestamp, now)], {
    problem: false,
    changesAt: ageChangesAt(secret.metadata.creationTimestamp, now),
  });
}

export const secretRenderer: Renderer<Secret> = { columns: secretColumns, toRow: secretRow, compare: byName, changedRows: rowsOfOwnObject };
