import { ageChangesAt } from '../domain/age.js';
import type { Ingress } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const ingressColumns: readonly Column[] = [
  { header: 'NAME', width: 24, flex: true, priority: 9, min: 14 },
  { header: 'CLASS', width: 10, priority: 5 },
  { header: 'HOSTS', width: 28, flex: true, priority: 8 },
  { header: 'ADDRESS', width: 16, priority: 6 },
  { header: 'PORTS', width: 8, priority: 4 },
  { header: 'AGE', width: 7, priority: 7 },
];

/** kubectl's HOSTS: the rules' hosts, `*` for a rule without one. */
export const ingressHosts = (ing: Ingress): string => (ing.spec?.rules ?? []).map((rule) => rule.host || '*').join(',') || '*';

/** kubectl's ADDRESS: the load balancer's IPs or hostnames. */
export const ingressAddress = (ing: Ingress): string => (ing.status?.loadBalancer?.ingress ?? []).map((lb) => lb.ip || lb.hostname || '').filter(Boolean).join(',');

/** kubectl's PORTS: 80, and 443 when TLS is configured. */
export const ingressPorts = (ing: Ingress): string => ((ing.spec?.tls ?? []).length > 0 ? '80, 443' : '80');

export function ingressRow(ing: Ingress, _snapshot: unknown, now: number): Row {
  return makeRow(
    ing.metadata.uid,
    [ing.metadata.name, ing.spec?.ingressClassName ?? '<none>', ingressHosts(ing), ingressAddress(ing), ingressPorts(ing), ageCell(ing.metadata.creationTimestamp, now)],
    { problem: false, changesAt: ageChangesAt(ing.metadata.creationTimestamp, now) },
  );
}

export const ingressRenderer: Renderer<Ingress> = { columns: ingressColumns, toRow: ingressRow, compare: byName, changedRows: rowsOfOwnObject };
