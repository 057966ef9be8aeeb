// Verify's "ready endpoint" item reads the EndpointSlices (what the Service routes to), falls back
// to the ready pods only when slices could not be listed, and "no orphaned resources" counts
// unbound PVCs.
import { describe, expect, it } from 'vitest';
import { runVerify } from '../../../src/domain/verify/runVerify.js';
import type { ClusterSnapshot, EndpointSlice, PersistentVolumeClaim, Service } from '../../../src/domain/resources.js';
import { deployment, NOW, pod, replicaSet, service } from '../../render/objectBuilders.js';

const dep = deployment('kilo-meds', { replicas: 1 });
const rs = replicaSet(dep, 1, { replicas: 1 });
const readyPod = pod(rs, { ready: true });
const meds = { ...service('kilo-meds'), spec: { ...service('kilo-meds').spec, selector: { ...rs.spec.selector.matchLabels } } } as Service;

function slice(name: string, service: string, endpoints: EndpointSlice['endpoints']): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name, namespace: 'kilo-guardian', uid: `uid-${name}`, labels: { 'kubernetes.io/service-name': service } },
    addressType: 'IPv4',
    ...(endpoints ? { endpoints } : {}),
  };
}

const snapshot = (extra: Partial<ClusterSnapshot> = {}): ClusterSnapshot => ({
  namespace: 'kilo-guardian', now: NOW, deployments: [dep], replicaSets: [rs], pods: [readyPod], services: [meds], events: [], ...extra,
});

const item = (report: ReturnType<typeof runVerify>, id: string) => report.items.find((i) => i.id === id)!;

describe('verify: every Service selects at least one ready endpoint', () => {
  it('reads the slices: a ready pod the slice publishes as not ready fails, naming it', () => {
    const s = slice('kilo-meds-x7k2p', 'kilo-meds', [{ addresses: ['10.42.0.9'], conditions: { ready: false, serving: false, terminating: true }, targetRef: { kind: 'Pod', name: readyPod.metadata.name } }]);
    const result = item(runVerify(snapshot({ endpointSlices: [s] })), 'serviceEndpoints');
    expect(result.pass).toBe(false);
    expect(result.title).toBe('Every Service selects at least one ready endpoint');
    expect(result.failures).toEqual([`service kilo-meds: no ready endpoint (not ready: ${readyPod.metadata.name})`]);
  });

  it('an endpoint without conditions counts as ready, as the API says; addresses are counted once across slices', () => {
    const a = slice('kilo-meds-a', 'kilo-meds', [{ addresses: ['10.42.0.9'] }]);
    const b = slice('kilo-meds-b', 'kilo-meds', [{ addresses: ['10.42.0.9'], conditions: { ready: true } }, { addresses: ['10.42.0.10'], conditions: { ready: true } }]);
    const result = item(runVerify(snapshot({ endpointSlices: [a, b] })), 'serviceEndpoints');
    expect(result.pass).toBe(true);
    expect(result.details).toEqual(['kilo-meds: 2 ready endpoints']);
  });

  it('a placeholder slice (no endpoints) or no slice at all fails', () => {
    expect(item(runVerify(snapshot({ endpointSlices: [slice('kilo-meds-p', 'kilo-meds', undefined)] })), 'serviceEndpoints').failures).toEqual(['service kilo-meds: no ready endpoint']);
    expect(item(runVerify(snapshot({ endpointSlices: [] })), 'serviceEndpoints').failures).toEqual(['service kilo-meds: no EndpointSlice']);
  });

  it('a Service without a selector is checked through the slices made for it by hand, and skipped without any', () => {
    const manual = { ...meds, metadata: { ...meds.metadata, name: 'nas' }, spec: { ...meds.spec, selector: undefined } } as Service;
    const bare = { ...manual, metadata: { ...manual.metadata, name: 'legacy' } } as Service;
    const result = item(runVerify(snapshot({ services: [manual, bare], endpointSlices: [slice('nas-1', 'nas', [{ addresses: ['192.168.1.20'], conditions: { ready: false } }])] })), 'serviceEndpoints');
    expect(result.failures).toEqual(['service nas: no ready endpoint (not ready: 192.168.1.20)']);
    expect(result.details).toEqual(['legacy: no selector and no EndpointSlice (endpoints managed outside the cluster), not checked']);
  });

  it('falls back to the ready pods when slices could not be listed, and says why in the item', () => {
    const forbidden = runVerify(snapshot({ endpointSlices: [] }), { EndpointSlice: 'forbidden: endpointslices is forbidden' });
    const result = item(forbidden, 'serviceEndpoints');
    expect(result.pass).toBe(true);
    expect(result.title).toBe('Every Service selects at least one ready endpoint (from pods: EndpointSlices not listed)');
    expect(result.details).toEqual(['EndpointSlices could not be listed (forbidden: endpointslices is forbidden): judged from the ready pods each selector matches', 'kilo-meds: 1 ready pod']);
    // A snapshot without the list at all (a caller that did not list them) is judged the same way.
    expect(item(runVerify(snapshot()), 'serviceEndpoints').details[0]).toBe('EndpointSlices could not be listed (not listed): judged from the ready pods each selector matches');
  });
});

describe('verify: no orphaned resources', () => {
  const claim = (name: string, phase?: NonNullable<PersistentVolumeClaim['status']>['phase']): PersistentVolumeClaim => ({
    apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'kilo-guardian', uid: `uid-${name}` }, spec: { accessModes: ['ReadWriteOnce'] }, ...(phase ? { status: { phase } } : {}),
  });

  it('names every claim that is not Bound', () => {
    const result = item(runVerify(snapshot({ endpointSlices: [], persistentVolumeClaims: [claim('data', 'Bound'), claim('scratch', 'Pending'), claim('old', 'Lost'), claim('new')] })), 'orphans');
    expect(result.pass).toBe(false);
    expect(result.failures).toEqual(['persistentvolumeclaim scratch: Pending, not bound', 'persistentvolumeclaim old: Lost, not bound', 'persistentvolumeclaim new: no phase, not bound']);
    expect(result.details).toEqual(['4 PersistentVolumeClaims checked']);
  });

  it('says so when claims could not be listed', () => {
    const result = item(runVerify(snapshot(), { PersistentVolumeClaim: 'forbidden: nope' }), 'orphans');
    expect(result.pass).toBe(true);
    expect(result.details).toEqual(['PersistentVolumeClaims could not be listed (forbidden: nope): not checked']);
  });
});
