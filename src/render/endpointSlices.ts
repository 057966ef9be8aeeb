// EndpointSlices as `kubectl get endpointslices` prints them: NAME ADDRESSTYPE PORTS ENDPOINTS AGE,
// at most three ports and three addresses then "+ N more...", `<unset>` for none.
import { ageChangesAt } from '../domain/age.js';
import type { EndpointSlice, SliceEndpoint } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const endpointSliceColumns: readonly Column[] = [
  { header: 'NAME', width: 30, flex: true, priority: 9, min: 14 },
  { header: 'ADDRESSTYPE', width: 12, priority: 4 },
  { header: 'PORTS', width: 14, flex: true, priority: 6 },
  { header: 'ENDPOINTS', width: 36, flex: true, priority: 8 },
  { header: 'AGE', width: 7, priority: 5 },
];

const SHOWN = 3;

/** kubectl's listWithMoreString: the first three, then "+ N more...", `<unset>` when empty. */
export function listWithMore(items: readonly string[]): string {
  if (items.length === 0) return '<unset>';
  const shown = items.slice(0, SHOWN).join(',');
  return items.length > SHOWN ? `${shown} + ${items.length - SHOWN} more...` : shown;
}

/** A port without a number stands for every port (`*`), or is named when it has a name. */
export const slicePortsCell = (slice: EndpointSlice): string =>
  listWithMore((slice.ports ?? []).map((port) => (port.port !== undefined ? String(port.port) : port.name ?? '*')));

export const sliceAddressesCell = (slice: EndpointSlice): string => listWithMore((slice.endpoints ?? []).flatMap((ep) => ep.addresses));

/** Ready unless the API says otherwise: a consumer must treat an absent `ready` as ready. */
export const isEndpointReady = (ep: SliceEndpoint): boolean => ep.conditions?.ready !== false;

/** A slice with no ready endpoint means its Service has nothing to send traffic to. */
export function endpointSliceRow(slice: EndpointSlice, _snapshot: unknown, now: number): Row {
  const noneReady = !(slice.endpoints ?? []).some(isEndpointReady);
  return makeRow(
    slice.metadata.uid,
    [slice.metadata.name, slice.addressType, slicePortsCell(slice), sliceAddressesCell(slice), ageCell(slice.metadata.creationTimestamp, now)],
    { ...(noneReady ? { problem: true, tone: 'warn', toneCell: 3 } : { problem: false }), changesAt: ageChangesAt(slice.metadata.creationTimestamp, now) },
  );
}

export const endpointSliceRenderer: Renderer<EndpointSlice> = { columns: endpointSliceColumns, toRow: endpointSliceRow, compare: byName, changedRows: rowsOfOwnObject };
