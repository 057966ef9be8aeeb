import { ageChangesAt } from '../domain/age.js';
import type { ConfigMap } from '../domain/resources.js';
import { keyCount } from './builtinCells.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const configMapColumns: readonly Column[] = [
  { header: 'NAME', width: 32, flex: true, priority: 9, min: 14 },
  { header: 'DATA', width: 5, priority: 8 },
  { header: 'AGE', width: 7, priority: 7 },
];

/** kubectl's DATA: the keys of data and binaryData. */
export function configMapRow(cm: ConfigMap, _snapshot: unknown, now: number): Row {
  return makeRow(cm.metadata.uid, [cm.metadata.name, keyCount(cm.data, cm.binaryData), ageCell(cm.metadata.creationTimestamp, now)], {
    problem: false,
    changesAt: ageChangesAt(cm.metadata.creationTimestamp, now),
  });
}

export const configMapRenderer: Renderer<ConfigMap> = { columns: configMapColumns, toRow: configMapRow, compare: byName, changedRows: rowsOfOwnObject };
