import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { PodIpAllocator } from '../../src/demo/kubelet/podIpAllocator.js';
import type { Pod } from '../../src/domain/resources.js';
import { NS, behaviours, deployment } from './clusterTestFixtures.js';
import { startCluster, type Harness } from './clusterTestHarness.js';

const holding = (...ips: string[]): Pod[] => ips.map((ip, i) => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: `p${i}`, uid: `uid-p${i}` }, spec: { containers: [] }, status: { podIP: ip },
}));

describe('PodIpAllocator (host-local on the node /24)', () => {
  it('hands addresses out in order from .2, skipping held ones, and never one a pod holds', () => {
    const held = holding('10.42.0.3');
    const ips = new PodIpAllocator(() => held);
    expect([ips.allocate(), ips.allocate(), ips.allocate()]).toEqual(['10.42.0.2', '10.42.0.4', '10.42.0.5']);
  });

  it('wraps after .254 to the first free address, and is exhausted when all 253 are held', () => {
    const all = Array.from({ length: 253 }, (_, i) => `10.42.0.${i + 2}`);
    let held = holding(...all.filter((ip) => ip !== '10.42.0.254'));
    const ips = new PodIpAllocator(() => held);
    expect(ips.allocate()).toBe('10.42.0.254');
    held = holding(...all.filter((ip) => ip !== '10.42.0.9'));
    expect(ips.allocate()).toBe('10.42.0.9');
    held = holding(...all);
    expect(ips.allocate()).toBeUndefined();
  });
});

describe('demo pod IPs', () => {
  let h: Harness | undefined;
  afterEach(() => h?.cluster.stop());

  it('gives every running pod its own address, as podIP and podIPs', () => {
    h = startCluster({ namespace: NS, objects: [deployment('web', 'web:v1', { replicas: 40 })], behaviours }, 10);
    h.clock.advance(10_000);
    const pods = h.pods().filter((pod) => pod.status?.podIP);
    expect(pods.length).toBe(40);
    const ips = pods.map((pod) => pod.status!.podIP);
    expect(new Set(ips).size).toBe(40);
    for (const pod of pods) expect(pod.status?.podIPs).toEqual([{ ip: pod.status?.podIP }]);
  });

  it('the bundled fixtures give no two pods the same IP (kubectl get endpoints would show it twice)', () => {
    const root = fileURLToPath(new URL('../../demo-fixtures', import.meta.url));
    const owners = new Map<string, string>();
    for (const namespace of readdirSync(root)) {
      const text = readFileSync(join(root, namespace, 'pods.yaml'), 'utf8');
      for (const doc of parseAllDocuments(text)) {
        const pod = doc.toJS() as Pod | null;
        const ip = pod?.status?.podIP;
        if (!pod || !ip) continue;
        expect(owners.get(ip), `${ip}: ${namespace}/${pod.metadata.name}`).toBeUndefined();
        owners.set(ip, `${namespace}/${pod.metadata.name}`);
      }
    }
    expect(owners.size).toBeGreaterThan(10);
  });
});
