// Endpoints and EndpointSlices rows as `kubectl get` prints them, and the demo's Table cells (the
// oracle, formatted on its own) agreeing with them; every list field may be absent or null.
import { describe, expect, it } from 'vitest';
import { endpointSliceCells, endpointsCells } from '../../src/demo/http/endpointCells.js';
import type { Endpoints, EndpointSlice } from '../../src/domain/resources.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { endpointsRow } from '../../src/render/endpoints.js';
import { endpointSliceRow } from '../../src/render/endpointSlices.js';
import { RENDERERS } from '../../src/render/registry.js';
import { endpointSliceSample, endpointsSample } from '../kinds/endpointSamples.js';

const NOW = Date.parse('2026-01-06T12:00:00Z');
const snapshot = indexSnapshot({ namespace: 'kube-system', deployments: [], replicaSets: [], pods: [], services: [], events: [], now: NOW });

const slice = (patch: Partial<EndpointSlice>): EndpointSlice => ({ ...endpointSliceSample, ...patch });
const endpoints = (patch: Partial<Endpoints>): Endpoints => ({ ...endpointsSample, ...patch });
const ip = (n: number) => `10.42.0.${n}`;

describe('EndpointSlice rows', () => {
  it('NAME ADDRESSTYPE PORTS ENDPOINTS AGE, as kubectl and the demo print them', () => {
    expect(RENDERERS.EndpointSlice.columns.map((c) => c.header)).toEqual(['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE']);
    const row = endpointSliceRow(endpointSliceSample, snapshot, NOW);
    expect(row.cells.slice(0, 4)).toEqual(['kube-dns-xq8vz', 'IPv4', '53,53,9153', '10.42.0.4']);
    expect(endpointSliceCells(endpointSliceSample, NOW).slice(0, 4)).toEqual(row.cells.slice(0, 4));
    expect(row.problem).toBe(false);
  });

  it('three then "+ N more...", a port without a number as its name or *, <unset> for none', () => {
    const many = slice({
      endpoints: [1, 2, 3, 4, 5].map((n) => ({ addresses: [ip(n)], conditions: { ready: true } })),
      ports: [{ port: 80 }, { name: 'metrics' }, {}, { port: 9000 }],
    });
    const row = endpointSliceRow(many, snapshot, NOW);
    expect(row.cells.slice(2, 4)).toEqual(['80,metrics,* + 1 more...', '10.42.0.1,10.42.0.2,10.42.0.3 + 2 more...']);
    expect(endpointSliceCells(many, NOW).slice(2, 4)).toEqual(row.cells.slice(2, 4));
  });

  it('a placeholder slice (endpoints and ports null, as the API sends them) reads <unset> and is a problem', () => {
    const placeholder = slice({ endpoints: null, ports: null } as unknown as Partial<EndpointSlice>);
    const row = endpointSliceRow(placeholder, snapshot, NOW);
    expect(row.cells.slice(2, 4)).toEqual(['<unset>', '<unset>']);
    expect(endpointSliceCells(placeholder, NOW).slice(2, 4)).toEqual(['<unset>', '<unset>']);
    expect(row).toMatchObject({ problem: true, tone: 'warn' });
  });

  it('only not-ready endpoints is a problem; an endpoint without conditions is ready', () => {
    expect(endpointSliceRow(slice({ endpoints: [{ addresses: [ip(1)], conditions: { ready: false } }] }), snapshot, NOW).problem).toBe(true);
    expect(endpointSliceRow(slice({ endpoints: [{ addresses: [ip(1)] }] }), snapshot, NOW).problem).toBe(false);
  });
});

describe('Endpoints rows', () => {
  it('NAME ENDPOINTS AGE: each ready address with each port, as kubectl and the demo print them', () => {
    expect(RENDERERS.Endpoints.columns.map((c) => c.header)).toEqual(['NAME', 'ENDPOINTS', 'AGE']);
    const row = endpointsRow(endpointsSample, snapshot, NOW);
    expect(row.cells.slice(0, 2)).toEqual(['kube-dns', '10.42.0.4:53,10.42.0.4:53,10.42.0.4:9153']);
    expect(endpointsCells(endpointsSample, NOW).slice(0, 2)).toEqual(row.cells.slice(0, 2));
  });

  it('"+ N more..." past three, IPv6 bracketed, bare IPs without ports, <none> without subsets', () => {
    const many = endpoints({ subsets: [{ addresses: [1, 2, 3, 4].map((n) => ({ ip: ip(n) })), ports: [{ port: 8080 }] }, { addresses: [{ ip: 'fd00::5' }] }] });
    expect(endpointsRow(many, snapshot, NOW).cells[1]).toBe('10.42.0.1:8080,10.42.0.2:8080,10.42.0.3:8080 + 2 more...');
    expect(endpointsCells(many, NOW)[1]).toBe('10.42.0.1:8080,10.42.0.2:8080,10.42.0.3:8080 + 2 more...');
    expect(endpointsRow(endpoints({ subsets: [{ addresses: [{ ip: 'fd00::5' }], ports: [{ port: 53 }] }] }), snapshot, NOW).cells[1]).toBe('[fd00::5]:53');
    const none = endpoints({ subsets: undefined });
    expect(endpointsRow(none, snapshot, NOW).cells[1]).toBe('<none>');
    expect(endpointsCells(none, NOW)[1]).toBe('<none>');
    expect(endpointsRow(none, snapshot, NOW).problem).toBe(true);
  });

  it('only not-ready addresses: kubectl prints nothing, kilo-tui says so, a problem', () => {
    const notReady = endpoints({ subsets: [{ notReadyAddresses: [{ ip: ip(7) }], ports: [{ port: 80 }] }] });
    expect(endpointsCells(notReady, NOW)[1]).toBe('');
    expect(endpointsRow(notReady, snapshot, NOW)).toMatchObject({ cells: ['kube-dns', '<none ready>', expect.any(String)], problem: true });
  });

  it('sanitizes what the cluster sent', () => {
    const hostile = endpoints({ metadata: { ...endpointsSample.metadata, name: 'evil\u001b[2Jname' } });
    expect(endpointsRow(hostile, snapshot, NOW).cells[0]).not.toContain('\u001b');
  });
});
