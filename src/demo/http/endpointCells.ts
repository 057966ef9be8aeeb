// kubectl's Table cells for Endpoints and EndpointSlices, following its server-side printers
// (printEndpoints: formatEndpoints; printEndpointSlice: formatDiscoveryPorts/Endpoints). The demo
// keeps its own formatting (it is the oracle the app is compared against): nothing from src/render.
import type { Endpoints, EndpointSlice } from '../../domain/resources.js';
import { ageSince } from './humanDuration.js';

export type Cell = string | number;

const MAX = 3;

/** listWithMoreString: the first three joined by commas, "+ N more..." after, `<unset>` for none. */
const withMore = (list: string[]): string => {
  const ret = list.slice(0, MAX).join(',');
  if (list.length > MAX) return `${ret} + ${list.length - MAX} more...`;
  return ret === '' ? '<unset>' : ret;
};

const joinHostPort = (host: string, port: number): string => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);

/** formatEndpoints(endpoints, nil): ready addresses only; `<none>` without subsets, "" when none is ready. */
const formatEndpoints = (endpoints: Endpoints): string => {
  const subsets = endpoints.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    if ((ss.ports ?? []).length === 0) list.push(...addresses.map((a) => a.ip));
    else for (const port of ss.ports ?? []) list.push(...addresses.map((a) => joinHostPort(a.ip, port.port)));
  }
  const ret = list.slice(0, MAX).join(',');
  return list.length > MAX ? `${ret} + ${list.length - MAX} more...` : ret;
};

export const endpointsCells = (endpoints: Endpoints, now: number): Cell[] => [
  endpoints.metadata.name,
  formatEndpoints(endpoints),
  ageSince(endpoints.metadata.creationTimestamp, now),
];

export const endpointSliceCells = (slice: EndpointSlice, now: number): Cell[] => [
  slice.metadata.name,
  slice.addressType,
  withMore((slice.ports ?? []).map((p) => (p.port !== undefined ? String(p.port) : p.name !== undefined ? p.name : '*'))),
  withMore((slice.endpoints ?? []).flatMap((ep) => ep.addresses)),
  ageSince(slice.metadata.creationTimestamp, now),
];
