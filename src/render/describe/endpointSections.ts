// `kubectl describe` for Endpoints and EndpointSlices (its describeEndpoints and
// describeEndpointSliceV1): subsets with ready and not-ready addresses and their ports; a slice's
// ports, then each endpoint with its conditions, target and node. Every list may be absent or null.
import { fieldLines, list, record, tableLines, text, type Json } from './fields.js';

const portTable = (ports: Json[], indent: number, port: (p: Json) => string): string[] =>
  tableLines(['Name', 'Port', 'Protocol'], ports.map((p) => [text(p.name, '<unset>'), port(p), text(p.protocol, 'TCP')]), indent);

function endpointsLines(obj: Json): string[] {
  const subsets = list(obj.subsets).map(record);
  const ips = (addresses: unknown) => list(addresses).map(record).map((a) => text(a.ip, '')).filter(Boolean).join(',') || '<none>';
  return [
    'Subsets:',
    ...subsets.flatMap((subset) => {
      const ports = list(subset.ports).map(record);
      return [
        ...fieldLines([['Addresses', ips(subset.addresses)], ['NotReadyAddresses', ips(subset.notReadyAddresses)]], 2),
        ...(ports.length ? ['  Ports:', ...portTable(ports, 4, (p) => text(p.port, '?'))] : []),
        '',
      ];
    }),
  ];
}

function endpointSliceLines(obj: Json): string[] {
  const ports = list(obj.ports).map(record);
  const endpoints = list(obj.endpoints).map(record);
  const flag = (value: unknown): string => (typeof value === 'boolean' ? String(value) : '<unset>');
  return [
    `AddressType:  ${text(obj.addressType)}`,
    ...(ports.length ? ['Ports:', ...portTable(ports, 2, (p) => text(p.port, '<unset>'))] : ['Ports: <unset>']),
    ...(endpoints.length
      ? ['Endpoints:', ...endpoints.flatMap((ep) => {
          const conditions = record(ep.conditions);
          const target = record(ep.targetRef);
          return [
            `  - Addresses:  ${list(ep.addresses).map((a) => text(a, '')).join(', ') || '<none>'}`,
            '    Conditions:',
            ...fieldLines([['Ready', flag(conditions.ready)], ['Serving', flag(conditions.serving)], ['Terminating', flag(conditions.terminating)]], 6),
            ...fieldLines([
              ['Hostname', text(ep.hostname, '<unset>')],
              ['TargetRef', ep.targetRef === undefined ? undefined : `${text(target.kind, '')}/${text(target.name, '')}`],
              ['NodeName', text(ep.nodeName, '<unset>')],
              ['Zone', text(ep.zone, '<unset>')],
            ], 4),
          ];
        })]
      : ['Endpoints: <none>']),
  ];
}

export const ENDPOINT_DESCRIBE_SECTIONS = { Endpoints: endpointsLines, EndpointSlice: endpointSliceLines };
