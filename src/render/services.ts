import { ageChangesAt } from '../domain/age.js';
import type { Service, ServicePort } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const serviceColumns: readonly Column[] = [
  { header: 'NAME', width: 24, flex: true, priority: 9, min: 14 },
  { header: 'TYPE', width: 12, priority: 5 },
  { header: 'CLUSTER-IP', width: 15, priority: 3 },
  { header: 'PORTS', width: 20, flex: true, priority: 6 },
  { header: 'AGE', width: 7, priority: 4 },
];

/** kubectl's PORTS column: `80:30000/TCP` with a node port, else `80/TCP`. */
export function formatPort(port: ServicePort): string {
  const node = port.nodePort ? `:${port.nodePort}` : '';
  return `${port.port}${node}/${port.protocol ?? 'TCP'}`;
}

export function serviceRow(svc: Service, _snapshot: unknown, now: number): Row {
  return makeRow(
    svc.metadata.uid,
    [
      svc.metadata.name,
      svc.spec.type ?? 'ClusterIP',
      svc.spec.clusterIP,
      (svc.spec.ports ?? []).map(formatPort).join(','),
      ageCell(svc.metadata.creationTimestamp, now),
    ],
    { problem: false, changesAt: ageChangesAt(svc.metadata.creationTimestamp, now) },
  );
}

export const serviceRenderer: Renderer<Service> = { columns: serviceColumns, toRow: serviceRow, compare: byName, changedRows: rowsOfOwnObject };
