// describe for Endpoints and EndpointSlices as kubectl describe prints them; absent lists read
// <none>/<unset>, never a crash.
import { describe, expect, it } from 'vitest';
import { describeObject } from '../../../src/render/describe/describeObject.js';
import { endpointSliceSample, endpointsSample } from '../../kinds/endpointSamples.js';

const NOW = Date.parse('2026-01-06T12:00:00Z');
const lines = (obj: object) => describeObject(obj as never, { events: [], now: NOW });

describe('describe Endpoints and EndpointSlices', () => {
  it('Endpoints: each subset with its ready and not-ready addresses and a port table', () => {
    const notReady = { ...endpointsSample, subsets: [{ ...endpointsSample.subsets![0], notReadyAddresses: [{ ip: '10.42.0.9' }] }] };
    const text = lines(notReady).join('\n');
    expect(text).toContain('Subsets:\n  Addresses:          10.42.0.4\n  NotReadyAddresses:  10.42.0.9\n  Ports:\n    Name');
    expect(text).toMatch(/dns-tcp\s+53\s+TCP/);
    expect(text).toMatch(/metrics\s+9153\s+TCP/);
    expect(lines({ ...endpointsSample, subsets: undefined })).toContain('Subsets:');
  });

  it('EndpointSlice: address type, ports, each endpoint with conditions, target and node; the owner Service', () => {
    const all = lines(endpointSliceSample);
    expect(all).toContain('Controlled By:  Service/kube-dns');
    expect(all).toContain('AddressType:  IPv4');
    expect(all).toEqual(expect.arrayContaining(['  - Addresses:  10.42.0.4', '    Conditions:', '      Ready:        true', '    TargetRef:  Pod/coredns-ccb96694c-x7m2k', '    NodeName:   kilo-tablet', '    Zone:       <unset>']));
  });

  it('a placeholder slice (null lists, as the API sends them) says so', () => {
    const all = lines({ ...endpointSliceSample, endpoints: null, ports: null });
    expect(all).toEqual(expect.arrayContaining(['Ports: <unset>', 'Endpoints: <none>']));
  });
});
