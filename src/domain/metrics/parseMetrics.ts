// PodMetrics and NodeMetrics lists (metrics.k8s.io/v1beta1) as untrusted JSON → usage readings.
// An item without a name, a time or readable quantities is skipped, never guessed at.
import { cpuNanocores, memoryBytes } from './quantity.js';
import type { ContainerUsage, NodeUsage, PodUsage } from './usage.js';

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** "15s", "20.066s", "1m0s" → ms; metrics-server writes Go durations. */
export function parseGoDuration(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  const unit = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const;
  return parts.reduce((sum, [, n, u]) => sum + Number(n) * unit[u as keyof typeof unit], 0);
}

function common(item: Record<string, unknown>): { name: string; namespace?: string; timestamp: number; windowMs: number } | undefined {
  const name = record(item.metadata)?.name;
  const namespace = record(item.metadata)?.namespace;
  const timestamp = typeof item.timestamp === 'string' ? Date.parse(item.timestamp) : NaN;
  if (typeof name !== 'string' || name === '' || Number.isNaN(timestamp)) return undefined;
  return { name, ...(typeof namespace === 'string' ? { namespace } : {}), timestamp, windowMs: parseGoDuration(item.window) ?? 0 };
}

function usageOf(value: unknown): { cpuNanocores: number; memoryBytes: number } | undefined {
  const usage = record(value);
  const cpu = cpuNanocores(usage?.cpu);
  const memory = memoryBytes(usage?.memory);
  return cpu === undefined || memory === undefined ? undefined : { cpuNanocores: cpu, memoryBytes: memory };
}

const itemsOf = (body: unknown): unknown[] => {
  const items = record(body)?.items;
  return Array.isArray(items) ? items : [];
};

export function parsePodMetricsList(body: unknown): PodUsage[] {
  const pods: PodUsage[] = [];
  for (const raw of itemsOf(body)) {
    const item = record(raw);
    const base = item && common(item);
    if (!item || !base || !Array.isArray(item.containers)) continue;
    const containers: ContainerUsage[] = [];
    for (const c of item.containers) {
      const name = record(c)?.name;
      const usage = usageOf(record(c)?.usage);
      if (typeof name === 'string' && usage) containers.push({ name, ...usage });
    }
    if (containers.length !== item.containers.length) continue;
    pods.push({
      ...base,
      containers,
      cpuNanocores: containers.reduce((sum, c) => sum + c.cpuNanocores, 0),
      memoryBytes: containers.reduce((sum, c) => sum + c.memoryBytes, 0),
    });
  }
  return pods;
}

export function parseNodeMetricsList(body: unknown): NodeUsage[] {
  const nodes: NodeUsage[] = [];
  for (const raw of itemsOf(body)) {
    const item = record(raw);
    const base = item && common(item);
    const usage = item && usageOf(item.usage);
    if (base && usage) nodes.push({ ...base, ...usage });
  }
  return nodes;
}
