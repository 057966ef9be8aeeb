import { formatAge, nextAgeChange } from '../domain/age.js';
import type { KubeEvent } from '../domain/resources.js';
import { makeRow } from './cells.js';
import { eventTime } from './clusterIndex.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const eventColumns: readonly Column[] = [
  { header: 'LAST SEEN', width: 9, priority: 6 },
  { header: 'TYPE', width: 7, priority: 5 },
  { header: 'REASON', width: 18, priority: 7 },
  { header: 'OBJECT', width: 30, flex: true, priority: 8, min: 16 },
  { header: 'MESSAGE', width: 40, flex: true, priority: 9 },
];

export function eventRow(event: KubeEvent, _snapshot: unknown, now: number): Row {
  const at = eventTime(event);
  const warning = event.type === 'Warning';
  const { kind, name } = event.involvedObject;
  const object = `${kind ? kind.toLowerCase() : '?'}/${name ?? '?'}`;
  return makeRow(
    event.metadata.uid,
    [at ? formatAge(now - at) : '-', event.type ?? 'Normal', event.reason, object, event.message],
    { problem: warning, tone: warning ? 'warn' : undefined, toneCell: warning ? 1 : undefined, changesAt: at ? at + nextAgeChange(now - at) : Infinity },
  );
}

export const eventRenderer: Renderer<KubeEvent> = {
  columns: eventColumns,
  toRow: eventRow,
  compare: (a, b) => eventTime(b) - eventTime(a),
  changedRows: rowsOfOwnObject,
};
