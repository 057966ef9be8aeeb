// The endpoints controllers' rules for one Service, without a cluster (src/demo/controllers/serviceEndpoints.ts).
import { describe, expect, it } from 'vitest';
import { desiredEndpoints, resolvePort } from '../../src/demo/controllers/serviceEndpoints.js';
import type { Pod, Service } from '../../src/domain/resources.js';

const NS = 'kilo-guardian';

function pod(name: string, options: { ip?: string; ready?: boolean; phase?: NonNullable<Pod['status']>['phase']; terminating?: boolean; labels?: Record<string, string>; ports?: { name: string; containerPort: number }[] } = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: NS, uid: `uid-${name}`, labels: options.labels ?? { app: 'meds' }, ...(options.terminating ? { deletionTimestamp: '2026-01-06T12:00:00Z' } : {}) },
    spec: { containers: [{ name: 'meds', image: 'kilo-meds:v2', ...(options.ports ? { ports: options.ports } : {}) }], nodeName: 'kilo-tablet' },
    status: {
      phase: options.phase ?? 'Running',
      ...(options.ip === undefined ? { podIP: `10.42.0.${name.length}` } : options.ip ? { podIP: options.ip } : {}),
      conditions: [{ type: 'Ready', status: options.ready === false ? 'False' : 'True' }],
    },
  };
}

function service(spec: Partial<Service['spec']> & { publishNotReadyAddresses?: boolean } = {}): Service {
  return { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kilo-meds', namespace: NS, uid: 'uid-svc' }, spec: { selector: { app: 'meds' }, ports: [{ name: 'http', port: 80, targetPort: 9001, protocol: 'TCP' }], ...spec } };
}

describe('desiredEndpoints', () => {
  it('publishes ready pods as ready addresses and not-ready ones in notReadyAddresses and with ready: false in the slice', () => {
    const desired = desiredEndpoints(service(), [pod('a', { ip: '10.42.0.9' }), pod('b', { ip: '10.42.0.10', ready: false })]);
    expect(desired.subsets).toEqual([{
      ports: [{ name: 'http', port: 9001, protocol: 'TCP' }],
      addresses: [{ ip: '10.42.0.9', nodeName: 'kilo-tablet', targetRef: { kind: 'Pod', namespace: NS, name: 'a', uid: 'uid-a' } }],
      notReadyAddresses: [{ ip: '10.42.0.10', nodeName: 'kilo-tablet', targetRef: { kind: 'Pod', namespace: NS, name: 'b', uid: 'uid-b' } }],
    }]);
    expect(desired.slices).toHaveLength(1);
    expect(desired.slices[0].ports).toEqual([{ name: 'http', port: 9001, protocol: 'TCP' }]);
    expect(desired.slices[0].endpoints.map((ep) => [ep.addresses[0], ep.conditions])).toEqual([
      ['10.42.0.9', { ready: true, serving: true, terminating: false }],
      ['10.42.0.10', { ready: false, serving: false, terminating: false }],
    ]);
  });

  it('keeps a terminating pod in the slice (terminating, not ready, still serving) but drops it from Endpoints', () => {
    const desired = desiredEndpoints(service(), [pod('gone', { ip: '10.42.0.7', terminating: true })]);
    expect(desired.slices[0].endpoints[0].conditions).toEqual({ ready: false, serving: true, terminating: true });
    expect(desired.subsets).toEqual([]);
  });

  it('leaves out finished pods, pods without an IP, other namespaces and pods the selector does not match', () => {
    const other = pod('elsewhere');
    other.metadata.namespace = 'kilo-data';
    const desired = desiredEndpoints(service(), [pod('done', { phase: 'Succeeded' }), pod('failed', { phase: 'Failed' }), pod('pending', { ip: '' }), other, pod('cam', { labels: { app: 'cam' } })]);
    expect(desired.subsets).toEqual([]);
    // Nothing to publish: one placeholder slice, no ports and no endpoints.
    expect(desired.slices).toEqual([{ ports: [], endpoints: [] }]);
  });

  it('publishNotReadyAddresses makes every pod ready, as the controllers do for StatefulSet peers', () => {
    const desired = desiredEndpoints(service({ publishNotReadyAddresses: true }), [pod('b', { ready: false })]);
    expect(desired.subsets[0].addresses).toHaveLength(1);
    expect(desired.slices[0].endpoints[0].conditions).toEqual({ ready: true, serving: false, terminating: false });
  });

  it('resolves a named targetPort per pod and groups pods by the ports they resolved to', () => {
    const named = service({ ports: [{ name: 'http', port: 80, targetPort: 'web', protocol: 'TCP' }] });
    const v1 = pod('v1', { ip: '10.42.0.1', ports: [{ name: 'web', containerPort: 8080 }] });
    const v2 = pod('v2', { ip: '10.42.0.2', ports: [{ name: 'web', containerPort: 9090 }] });
    const none = pod('none', { ip: '10.42.0.3' });
    expect(resolvePort(v1, named.spec.ports![0])).toBe(8080);
    expect(resolvePort(none, named.spec.ports![0])).toBeUndefined();
    const desired = desiredEndpoints(named, [v1, v2, none]);
    expect(desired.slices.map((s) => [s.ports[0].port, s.endpoints.map((ep) => ep.addresses[0])])).toEqual([[8080, ['10.42.0.1']], [9090, ['10.42.0.2']]]);
    expect(desired.subsets.map((s) => s.ports?.[0].port)).toEqual([8080, 9090]);
  });

  it('a port without targetPort targets the same number; an unnamed port keeps name "" in the slice and none in Endpoints', () => {
    const desired = desiredEndpoints(service({ ports: [{ port: 5432 }] }), [pod('db', { ip: '10.42.0.60' })]);
    expect(desired.slices[0].ports).toEqual([{ name: '', port: 5432, protocol: 'TCP' }]);
    expect(desired.subsets[0].ports).toEqual([{ port: 5432, protocol: 'TCP' }]);
  });

  it('a headless Service without ports publishes bare addresses', () => {
    const desired = desiredEndpoints(service({ clusterIP: 'None', ports: [] }), [pod('db', { ip: '10.42.0.60' })]);
    expect(desired.subsets).toEqual([{ addresses: [expect.objectContaining({ ip: '10.42.0.60' })] }]);
    expect(desired.slices[0]).toMatchObject({ ports: [], endpoints: [{ addresses: ['10.42.0.60'] }] });
  });
});
