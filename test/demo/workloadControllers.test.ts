// The demo's StatefulSet and DaemonSet controllers, with the node there: a deleted StatefulSet pod
// comes back under its own name with its claim's volume, hostname and subdomain; a deleted
// DaemonSet pod is replaced by a new one on the node.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Pod } from '../../src/domain/resources.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { call } from './serverHttpClient.js';

let demo: RunningDemo;
beforeEach(async () => {
  demo = await startDemo({ timeScale: 20 });
});
afterEach(() => demo.close());

async function until<T>(what: string, find: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('StatefulSet and DaemonSet controllers on the demo server', () => {
  it('recreates a deleted StatefulSet pod under its name, bound to the node, with its claim', async () => {
    const old = demo.cluster.store.get<Pod>('Pod', 'kilo-data', 'kilo-db-0')!;
    expect((await call(demo.server.url, 'DELETE', '/api/v1/namespaces/kilo-data/pods/kilo-db-0')).status).toBe(200);
    const fresh = await until('kilo-db-0 again', () => {
      const pod = demo.cluster.store.get<Pod>('Pod', 'kilo-data', 'kilo-db-0');
      return pod && pod.metadata.uid !== old.metadata.uid ? pod : undefined;
    });
    expect(fresh.spec).toMatchObject({ nodeName: 'kilo-tablet', hostname: 'kilo-db-0', subdomain: 'kilo-db' });
    expect(fresh.spec.volumes).toContainEqual({ name: 'data', persistentVolumeClaim: { claimName: 'data-kilo-db-0' } });
    expect(fresh.metadata.labels).toMatchObject({ 'statefulset.kubernetes.io/pod-name': 'kilo-db-0', 'apps.kubernetes.io/pod-index': '0', 'controller-revision-hash': 'kilo-db-b6f6b5b8c7' });
    expect(fresh.metadata.ownerReferences).toEqual(old.metadata.ownerReferences);
  }, 40_000);

  it('replaces a deleted DaemonSet pod with a new one on the node', async () => {
    const isSvclb = (pod: Pod) => pod.metadata.name.startsWith('svclb-traefik-c0179b81-');
    const old = demo.cluster.store.list<Pod>('Pod', 'kube-system').find(isSvclb)!;
    expect((await call(demo.server.url, 'DELETE', `/api/v1/namespaces/kube-system/pods/${old.metadata.name}`)).status).toBe(200);
    const fresh = await until('a new svclb pod', () => demo.cluster.store.list<Pod>('Pod', 'kube-system').find((pod) => isSvclb(pod) && pod.metadata.uid !== old.metadata.uid));
    expect(fresh.spec.nodeName).toBe('kilo-tablet');
    expect(fresh.metadata.labels).toMatchObject({ app: 'svclb-traefik-c0179b81', 'pod-template-generation': '1' });
    expect(demo.cluster.store.list<Pod>('Pod', 'kube-system').filter(isSvclb)).toHaveLength(1);
  }, 40_000);
});
