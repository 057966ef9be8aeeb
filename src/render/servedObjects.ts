// Kinds kilo-tui has no renderer of (custom resources and any other served kind): the columns
// and cells the server printed in its Table form, as `kubectl get` shows them. Wide columns
// (priority above 0) are left out, as kubectl leaves them out without -o wide.
import { ageChangesAt } from '../domain/age.js';
import type { ServedObject } from '../domain/resources.js';
import type { TableColumn } from '../domain/servedResources.js';
import { ageCell, byName, makeRow } from './cells.js';
import type { Column, Renderer, Row } from './types.js';

/** What a kind with no rows yet shows: kubectl's default for a custom resource. */
const DEFAULT_COLUMNS: readonly TableColumn[] = [{ name: 'Name', type: 'string', format: 'name' }, { name: 'Age', type: 'date' }];

const shown = (columns: readonly TableColumn[]): number[] => columns.flatMap((column, index) => ((column.priority ?? 0) === 0 ? [index] : []));

const isAge = (column: TableColumn): boolean => column.name === 'Age' && column.type === 'date';

/** kubectl's headers: upper case ("Created At" → "CREATED AT"). A few columns: derived again when the rows change, as the table's layout is. */
function screenColumns(columns: readonly TableColumn[]): readonly Column[] {
  return shown(columns).map((index, position): Column => {
    const { name, type } = columns[index];
    const header = name.toUpperCase();
    if (position === 0) return { header, width: 30, flex: true, priority: 9, min: 14, whole: true };
    if (type === 'string') return { header, width: Math.max(header.length, 16), flex: true, priority: Math.max(1, 8 - position), min: Math.max(header.length, 6) };
    return { header, width: Math.max(header.length, 7), priority: isAge(columns[index]) ? 7 : Math.max(1, 8 - position) };
  });
}

const tableColumnsOf = (objects: readonly ServedObject[]): readonly TableColumn[] => (objects[0]?.columns.length ? objects[0].columns : DEFAULT_COLUMNS);

function cellOf(value: unknown): string | number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The server's cells, except that an Age column is read from the object, so it keeps ageing. */
export function servedObjectRow(row: ServedObject, _snapshot: unknown, now: number): Row {
  const columns = row.columns.length ? row.columns : DEFAULT_COLUMNS;
  const created = row.metadata.creationTimestamp;
  const hasAge = shown(columns).some((index) => isAge(columns[index]));
  const cells = shown(columns).map((index) => {
    if (isAge(columns[index])) return ageCell(created, now);
    if (index === 0 && row.columns.length === 0) return row.metadata.name;
    return cellOf(Array.isArray(row.cells) ? row.cells[index] : undefined);
  });
  return makeRow(row.metadata.uid, cells, { problem: false, ...(hasAge ? { changesAt: ageChangesAt(created, now) } : {}) });
}

export const servedObjectRenderer: Renderer<ServedObject> = {
  columns: screenColumns(DEFAULT_COLUMNS),
  columnsFor: (objects) => screenColumns(tableColumnsOf(objects)),
  toRow: servedObjectRow,
  compare: byName,
};
