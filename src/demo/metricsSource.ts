// metrics-server as the demo runs it: scrapes the simulated kubelet at its resolution and serves
// the last scrape as PodMetrics and NodeMetrics (metrics.k8s.io/v1beta1). Between two scrapes the
// answers do not change, as with the real one, so two clients asking within a window agree.
import type { KubeNode, Pod } from '../domain/resources.js';
import type { Kubelet } from './kubelet/kubelet.js';
import { quantityValue } from './kubelet/quantity.js';
import type { ObjectStore } from './objectStore.js';

/** metrics-server's default --metric-resolution. */
export const METRIC_RESOLUTION_MS = 15_000;

/** What the node itself (k3s server, containerd, the OS) uses besides the pods. */
const SYSTEM_CPU_NANOCORES = 310_000_000;
const SYSTEM_MEMORY_BYTES = 900 * 2 ** 20;

export interface ContainerMetrics {
  name: string;
  usage: { cpu: string; memory: string };
}

export interface PodMetrics {
  kind: 'PodMetrics';
  apiVersion: 'metrics.k8s.io/v1beta1';
  metadata: { name: string; namespace: string; creationTimestamp: string; labels?: Record<string, string> };
  timestamp: string;
  window: string;
  containers: ContainerMetrics[];
}

export interface NodeMetrics {
  kind: 'NodeMetrics';
  apiVersion: 'metrics.k8s.io/v1beta1';
  metadata: { name: string; creationTimestamp: string; labels?: Record<string, string> };
  timestamp: string;
  window: string;
  usage: { cpu: string; memory: string };
}

export interface MetricsSource {
  pods(): PodMetrics[];
  nodes(): NodeMetrics[];
}

const toTimestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const cpuText = (nanocores: number): string => `${Math.round(nanocores)}n`;
const memoryText = (bytes: number): string => `${Math.round(bytes / 1024)}Ki`;

export function createMetricsSource(store: ObjectStore, kubelet: Kubelet, now: () => number): MetricsSource {
  const scrape = () => {
    const at = Math.floor(now() / METRIC_RESOLUTION_MS) * METRIC_RESOLUTION_MS;
    return { at, usage: kubelet.usageAt(at) };
  };
  const meta = { timestamp: '', window: `${METRIC_RESOLUTION_MS / 1000}s` };
  return {
    pods() {
      const { at, usage } = scrape();
      const created = toTimestamp(now());
      return usage.flatMap((pod) => {
        const object = store.get<Pod>('Pod', pod.namespace, pod.name);
        // metrics-server scrapes the kubelets of the nodes it lists: a deleted node's pods have no readings.
        if (!object?.spec.nodeName || !store.get<KubeNode>('Node', undefined, object.spec.nodeName)) return [];
        return [{
          kind: 'PodMetrics' as const,
          apiVersion: 'metrics.k8s.io/v1beta1' as const,
          metadata: { name: pod.name, namespace: pod.namespace, creationTimestamp: created, ...(object.metadata.labels ? { labels: object.metadata.labels } : {}) },
          ...meta,
          timestamp: toTimestamp(at),
          containers: pod.containers.map((c) => ({ name: c.name, usage: { cpu: cpuText(c.cpuNanocores), memory: memoryText(c.memoryBytes) } })),
        }];
      });
    },
    nodes() {
      const { at, usage } = scrape();
      const created = toTimestamp(now());
      return store.list<KubeNode>('Node').map((node) => {
        let cpu = SYSTEM_CPU_NANOCORES;
        let memory = SYSTEM_MEMORY_BYTES;
        for (const pod of usage) {
          if (store.get<Pod>('Pod', pod.namespace, pod.name)?.spec.nodeName !== node.metadata.name) continue;
          for (const c of pod.containers) {
            cpu += c.cpuNanocores;
            memory += c.memoryBytes;
          }
        }
        // Never more than the machine has.
        const capacity = quantityValue(node.status?.capacity?.memory);
        if (capacity !== undefined) memory = Math.min(memory, capacity);
        return {
          kind: 'NodeMetrics' as const,
          apiVersion: 'metrics.k8s.io/v1beta1' as const,
          metadata: { name: node.metadata.name, creationTimestamp: created, ...(node.metadata.labels ? { labels: node.metadata.labels } : {}) },
          ...meta,
          timestamp: toTimestamp(at),
          usage: { cpu: cpuText(cpu), memory: memoryText(memory) },
        };
      });
    },
  };
}
