// The demo's endpoints controllers in a running simulated cluster: Endpoints and EndpointSlices
// for each Service with a selector, named and labelled as kube-controller-manager does, following
// the pods as they come, go and change readiness, and written again when deleted.
import { afterEach, describe, expect, it } from 'vitest';
import type { Deployment, Endpoints, EndpointSlice, Pod, Service } from '../../src/domain/resources.js';
import type { StoreEvent } from '../../src/demo/objectStore.js';
import { NS, webFixture } from './clusterTestFixtures.js';
import { isReady, startCluster, type Harness } from './clusterTestHarness.js';

let h: Harness;
afterEach(() => h?.cluster.stop());

const webService = (name = 'web', selector: Record<string, string> | null = { app: 'web' }): Service => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: NS, uid: `uid-svc-${name}`, creationTimestamp: '2026-01-05T12:00:00Z', labels: { app: name } },
  spec: { ...(selector ? { selector } : {}), ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }], clusterIP: '10.43.0.20' },
});

/** webFixture's two running pods with their IPs, and a Service selecting them. */
function start(...services: Service[]): Harness {
  const fixture = webFixture({ replicas: 2 });
  fixture.objects.forEach((obj, i) => {
    if (obj.kind === 'Pod') obj.status = { ...obj.status, podIP: `10.42.0.${20 + i}` };
  });
  fixture.objects.push(...(services.length ? services : [webService()]));
  return (h = startCluster(fixture));
}

const slices = (service = 'web') => h.cluster.store.list<EndpointSlice>('EndpointSlice', NS).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === service);
const endpoints = (name = 'web') => h.cluster.store.get<Endpoints>('Endpoints', NS, name);
const sliceIPs = (service = 'web') => slices(service).flatMap((s) => (s.endpoints ?? []).map((ep) => `${ep.addresses[0]} ${ep.conditions?.ready ? 'ready' : 'not-ready'}`)).sort();

describe('the endpoints controllers', () => {
  it("publish a Service's pods as the real controllers do: generateName, labels, owner, conditions, no writes once settled", () => {
    start();
    const [slice] = slices();
    expect(slices()).toHaveLength(1);
    expect(slice.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice.metadata.generateName).toBe('web-');
    expect(slice.metadata.labels).toEqual({ app: 'web', 'kubernetes.io/service-name': 'web', 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' });
    expect(slice.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Service', name: 'web', uid: 'uid-svc-web', controller: true, blockOwnerDeletion: true }]);
    // Made when the Service was, as a controller that had been running all along would have.
    expect(slice.metadata.creationTimestamp).toBe('2026-01-05T12:00:00Z');
    expect(slice.addressType).toBe('IPv4');
    expect(slice.ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(sliceIPs()).toEqual(['10.42.0.24 ready', '10.42.0.25 ready']);
    expect(slice.endpoints?.[0]).toMatchObject({ conditions: { ready: true, serving: true, terminating: false }, nodeName: 'kilo-tablet', targetRef: { kind: 'Pod', namespace: NS } });
    expect(endpoints()?.subsets?.[0].addresses?.map((a) => a.ip)).toEqual(['10.42.0.24', '10.42.0.25']);
    expect(endpoints()?.metadata.ownerReferences).toBeUndefined();

    const version = h.cluster.store.resourceVersion;
    h.clock.advance(60_000);
    expect(h.cluster.store.resourceVersion).toBe(version);
  });

  it('follow the pods live: a new pod joins once it has an IP, a deleted one leaves, each change a watch event', () => {
    start();
    const seen: StoreEvent[] = [];
    h.cluster.store.subscribe((e) => (e.kind === 'EndpointSlice' || e.kind === 'Endpoints') && seen.push(e));
    h.cluster.store.mutate<Deployment>('Deployment', NS, 'web', (d) => {
      d.spec.replicas = 3;
    });
    for (let t = 0; t < 30_000 && h.pods().filter(isReady).length < 3; t += 500) h.clock.advance(500);
    h.clock.advance(1_000);
    const pods = h.pods();
    expect(pods.filter(isReady)).toHaveLength(3);
    expect(sliceIPs()).toEqual(pods.map((p) => `${p.status?.podIP} ready`).sort());
    expect(endpoints()?.subsets?.[0].addresses).toHaveLength(3);
    expect(seen.some((e) => e.type === 'MODIFIED' && e.kind === 'EndpointSlice')).toBe(true);
    expect(seen.some((e) => e.type === 'MODIFIED' && e.kind === 'Endpoints')).toBe(true);

    const victim = pods[0];
    h.cluster.store.delete('Pod', NS, victim.metadata.name);
    h.clock.advance(300);
    expect(slices()[0].endpoints?.some((ep) => ep.targetRef?.uid === victim.metadata.uid)).toBe(false);
    expect(endpoints()?.subsets?.flatMap((s) => [...(s.addresses ?? []), ...(s.notReadyAddresses ?? [])]).some((a) => a.targetRef?.uid === victim.metadata.uid)).toBe(false);
  });

  it('move a pod that stops being ready to notReadyAddresses and ready: false', () => {
    start();
    const [first] = h.pods();
    h.cluster.store.mutate<Pod>('Pod', NS, first.metadata.name, (p) => {
      p.status!.conditions = [{ type: 'Ready', status: 'False' }];
    });
    h.clock.advance(300);
    expect(sliceIPs()).toContain(`${first.status?.podIP} not-ready`);
    expect(endpoints()?.subsets?.[0].notReadyAddresses?.map((a) => a.ip)).toEqual([first.status?.podIP]);
  });

  it('write a deleted slice again under a new name, and deleted Endpoints under the same', () => {
    start();
    const [old] = slices();
    const oldEndpoints = endpoints()!;
    h.cluster.store.delete('EndpointSlice', NS, old.metadata.name);
    h.cluster.store.delete('Endpoints', NS, 'web');
    h.clock.advance(300);
    const [fresh] = slices();
    expect(fresh.metadata.name).not.toBe(old.metadata.name);
    expect(fresh.metadata.name.startsWith('web-')).toBe(true);
    expect(sliceIPs()).toEqual(['10.42.0.24 ready', '10.42.0.25 ready']);
    expect(endpoints()?.metadata.uid).not.toBe(oldEndpoints.metadata.uid);
  });

  it("take a Service's Endpoints and slices with it when it is deleted", () => {
    start();
    h.cluster.store.delete('Service', NS, 'web');
    h.clock.advance(300);
    expect(slices()).toEqual([]);
    expect(endpoints()).toBeUndefined();
  });

  it('give a Service without a selector nothing, and one matching no pod a placeholder slice (endpoints and ports null)', () => {
    start(webService('external', null), webService('nothing', { app: 'none' }));
    expect(slices('external')).toEqual([]);
    expect(endpoints('external')).toBeUndefined();
    const [placeholder] = slices('nothing');
    expect(placeholder.endpoints).toBeNull();
    expect(placeholder.ports).toBeNull();
    expect(endpoints('nothing')?.subsets).toBeUndefined();
  });
});
