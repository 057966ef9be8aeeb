// Endpoints as `kubectl get endpoints` prints them: NAME ENDPOINTS AGE, where ENDPOINTS is the
// ready addresses joined with each port (`10.42.0.9:8080`), three then "+ N more...", `<none>`
// without subsets.
import { ageChangesAt } from '../domain/age.js';
import type { Endpoints } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const endpointsColumns: readonly Column[] = [
  { header: 'NAME', width: 30, flex: true, priority: 9, min: 14 },
  { header: 'ENDPOINTS', width: 48, flex: true, priority: 8 },
  { header: 'AGE', width: 7, priority: 5 },
];

const SHOWN = 3;

/** An IPv6 address is bracketed before its port, as Go's net.JoinHostPort does. */
const hostPort = (ip: string, port: number): string => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

export function endpointsCell(endpoints: Endpoints): string {
  const subsets = endpoints.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const all: string[] = [];
  for (const subset of subsets) {
    const ips = (subset.addresses ?? []).map((address) => address.ip);
    // A headless Service's subsets may have no ports: the addresses alone.
    if ((subset.ports ?? []).length === 0) all.push(...ips);
    for (const port of subset.ports ?? []) all.push(...ips.map((ip) => hostPort(ip, port.port)));
  }
  const shown = all.slice(0, SHOWN).join(',');
  return all.length > SHOWN ? `${shown} + ${all.length - SHOWN} more...` : shown;
}

/** No ready address: the Service has nothing to send traffic to (not-ready ones are not shown, as kubectl). */
export function endpointsRow(endpoints: Endpoints, _snapshot: unknown, now: number): Row {
  const noneReady = !(endpoints.subsets ?? []).some((subset) => (subset.addresses ?? []).length > 0);
  const cell = endpointsCell(endpoints);
  return makeRow(
    endpoints.metadata.uid,
    [endpoints.metadata.name, cell === '' ? '<none ready>' : cell, ageCell(endpoints.metadata.creationTimestamp, now)],
    { ...(noneReady ? { problem: true, tone: 'warn', toneCell: 1 } : { problem: false }), changesAt: ageChangesAt(endpoints.metadata.creationTimestamp, now) },
  );
}

/** Services are read by the delete impact: Endpoints of a Service with a selector are written again. */
export const endpointsRenderer: Renderer<Endpoints> = { columns: endpointsColumns, reads: ['Service'], toRow: endpointsRow, compare: byName, changedRows: rowsOfOwnObject };
