// An Ingress as kubectl describe prints it: address, class, default backend, TLS, and the rules
// table (Host, Path, Backends). kubectl adds each backend's endpoints in parentheses; kilo-tui
// prints the backend alone, as it does not resolve endpoints here.
import type { DescribeSection } from './describeContext.js';
import { fieldLines, list, record, text } from './fields.js';

export function backendText(backend: unknown): string {
  const b = record(backend);
  const service = record(b.service);
  if (b.service !== undefined) {
    const port = record(service.port);
    return `${text(service.name, '')}:${typeof port.number === 'number' ? port.number : text(port.name, '')}`;
  }
  if (b.resource !== undefined) {
    const resource = record(b.resource);
    return `APIGroup: ${text(resource.apiGroup, '')}, Kind: ${text(resource.kind, '')}, Name: ${text(resource.name, '')}`;
  }
  return '<default>';
}

const ingress: DescribeSection = (obj) => {
  const spec = record(obj.spec);
  const addresses = list(record(record(obj.status).loadBalancer).ingress).map(record).map((lb) => text(lb.ip, text(lb.hostname, ''))).filter(Boolean);
  const defaultBackend = spec.defaultBackend === undefined ? '<default>' : backendText(spec.defaultBackend);
  const tls = list(spec.tls).map(record).map((t) => `  ${text(t.secretName, 'SNI routes')} terminates ${list(t.hosts).map((h) => text(h, '')).join(',')}`);
  // Rows of the rules table: a host on its own row, then its paths under Path and Backends.
  const rows: [string, string, string][] = [];
  const rules = list(spec.rules).map(record);
  if (rules.length === 0) rows.push(['*', '*', defaultBackend]);
  for (const rule of rules) {
    if (rule.http === undefined) continue;
    rows.push([text(rule.host, '*'), '', '']);
    for (const path of list(record(rule.http).paths).map(record)) rows.push(['', text(path.path, ''), backendText(path.backend)]);
  }
  const headers: [string, string, string] = ['Host', 'Path', 'Backends'];
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]) => `  ${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}`.trimEnd();
  return [
    ...fieldLines([
      ['Address', addresses.join(',')],
      ['Ingress Class', text(spec.ingressClassName)],
      ['Default backend', defaultBackend],
    ]),
    ...(tls.length ? ['TLS:', ...tls] : []),
    'Rules:',
    line(headers),
    line(headers.map((header) => '-'.repeat(header.length))),
    ...rows.map(line),
  ];
};

export const INGRESS_SECTIONS: Readonly<Record<string, DescribeSection>> = { Ingress: ingress };
