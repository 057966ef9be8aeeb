// The usage cells of each kind that shows them: a pod's CPU and memory and their percentages of
// its requests and limits (as k9s: %CPU/R %CPU/L %MEM/R %MEM/L), a workload's summed over its
// pods, a node's and its percentages of allocatable. `n/a` where there is no reading or no base.
import { formatCpu, formatMemory, cpuNanocores, memoryBytes, nodePercentOf, percentOf } from '../domain/metrics/quantity.js';
import { podResources, type PodResources } from '../domain/metrics/podResources.js';
import { memoSlot } from '../domain/memo.js';
import { podSeriesKey, type MetricsState, type PodSeries, type PodUsage } from '../domain/metrics/usage.js';
import type { KubeNode, KubeObject, Pod } from '../domain/resources.js';
import type { IndexedSnapshot } from './clusterIndex.js';
import { NOT_AVAILABLE, percentCell, percentTone, type UsageCells } from './usageColumns.js';
import type { Column } from './types.js';

export const podUsageColumns: readonly Column[] = [
  { header: 'CPU', width: 5, priority: 5 },
  { header: 'MEM', width: 7, priority: 5 },
  { header: '%CPU/R', width: 6, priority: 3 },
  { header: '%CPU/L', width: 6, priority: 3 },
  { header: '%MEM/R', width: 6, priority: 3 },
  { header: '%MEM/L', width: 6, priority: 4 },
];

export const workloadUsageColumns: readonly Column[] = [
  { header: 'CPU', width: 5, priority: 3 },
  { header: 'MEM', width: 7, priority: 3 },
];

export const nodeUsageColumns: readonly Column[] = [
  { header: 'CPU', width: 6, priority: 7 },
  { header: '%CPU', width: 4, priority: 7 },
  { header: 'MEM', width: 8, priority: 7 },
  { header: '%MEM', width: 4, priority: 7 },
];

/** The pod's latest reading, when metrics are being read and it has one. */
export function latestPodUsage(metrics: MetricsState | undefined, pod: Pod): PodUsage | undefined {
  return metrics?.status.state === 'available' ? metrics.pods.get(podSeriesKey(pod.metadata.namespace, pod.metadata.name))?.latest : undefined;
}

const NO_POD_USAGE: UsageCells = { cells: podUsageColumns.map(() => NOT_AVAILABLE) };
const NO_WORKLOAD_USAGE: UsageCells = { cells: [NOT_AVAILABLE, NOT_AVAILABLE] };

export function podUsageCells(pod: Pod, snapshot: IndexedSnapshot): UsageCells {
  const usage = latestPodUsage(snapshot.metrics, pod);
  return usage ? formatPodUsage(usage, podResources(pod)) : NO_POD_USAGE;
}

function formatPodUsage(usage: PodUsage, resources: PodResources): UsageCells {
  const cpuLimit = percentOf(usage.cpuNanocores, resources.cpuLimit);
  const memoryLimit = percentOf(usage.memoryBytes, resources.memoryLimit);
  return {
    cells: [
      formatCpu(usage.cpuNanocores),
      formatMemory(usage.memoryBytes),
      percentCell(percentOf(usage.cpuNanocores, resources.cpuRequest)),
      percentCell(cpuLimit),
      percentCell(percentOf(usage.memoryBytes, resources.memoryRequest)),
      percentCell(memoryLimit),
    ],
    tones: [undefined, undefined, undefined, percentTone(cpuLimit), undefined, percentTone(memoryLimit)],
  };
}

/** Usage summed over `pods`; undefined when none of them has a reading. */
export function summedUsage(metrics: MetricsState | undefined, pods: readonly Pod[] | undefined): { cpuNanocores: number; memoryBytes: number } | undefined {
  let sum: { cpuNanocores: number; memoryBytes: number } | undefined;
  for (const pod of pods ?? []) {
    const usage = latestPodUsage(metrics, pod);
    if (!usage) continue;
    sum ??= { cpuNanocores: 0, memoryBytes: 0 };
    sum.cpuNanocores += usage.cpuNanocores;
    sum.memoryBytes += usage.memoryBytes;
  }
  return sum;
}

// A workload's usage is its pods' summed, kept per workload object with the pod list and series
// it was summed from. A burst replaces pod objects (and the lists holding them) without a new
// scrape: the sum holds while the list names the same pods, so only workloads whose pods came or
// went sum again, and an unchanged sum is the same cells object (its row is kept by identity).
const WORKLOAD_CELLS = memoSlot<KubeObject, { pods: readonly Pod[]; series: ReadonlyMap<string, PodSeries>; cells: UsageCells }>('workload usage cells');

const samePods = (a: readonly Pod[], b: readonly Pod[]): boolean =>
  a === b || (a.length === b.length && a.every((pod, i) => pod.metadata.name === b[i].metadata.name && pod.metadata.namespace === b[i].metadata.namespace));

export function workloadUsageCells(workload: KubeObject, pods: readonly Pod[] | undefined, snapshot: IndexedSnapshot): UsageCells {
  const metrics = snapshot.metrics;
  if (!pods || metrics?.status.state !== 'available') return NO_WORKLOAD_USAGE;
  const cache = snapshot.memo.of(WORKLOAD_CELLS);
  const known = cache.get(workload);
  if (known && known.series === metrics.pods && samePods(known.pods, pods)) {
    known.pods = pods;
    return known.cells;
  }
  const sum = summedUsage(metrics, pods);
  const cells = sum ? { cells: [formatCpu(sum.cpuNanocores), formatMemory(sum.memoryBytes)] } : NO_WORKLOAD_USAGE;
  const same = known && sameTexts(known.cells, cells) ? known.cells : cells;
  if (known) {
    known.pods = pods;
    known.series = metrics.pods;
    known.cells = same;
  } else cache.set(workload, { pods, series: metrics.pods, cells: same });
  return same;
}

const sameTexts = (a: UsageCells, b: UsageCells): boolean => a.cells.length === b.cells.length && a.cells.every((cell, i) => cell === b.cells[i]);

export function nodeUsage(node: KubeNode, snapshot: Pick<IndexedSnapshot, 'metrics'>) {
  const metrics = snapshot.metrics;
  const usage = metrics?.status.state === 'available' ? metrics.nodes.get(node.metadata.name) : undefined;
  if (!usage) return undefined;
  return {
    usage,
    cpuPercent: nodePercentOf(usage.cpuNanocores, cpuNanocores(node.status?.allocatable?.cpu), 'cpu'),
    memoryPercent: nodePercentOf(usage.memoryBytes, memoryBytes(node.status?.allocatable?.memory), 'memory'),
  };
}

const NO_NODE_USAGE: UsageCells = { cells: nodeUsageColumns.map(() => NOT_AVAILABLE) };

export function nodeUsageCells(node: KubeNode, snapshot: IndexedSnapshot): UsageCells {
  const reading = nodeUsage(node, snapshot);
  if (!reading) return NO_NODE_USAGE;
  return {
    cells: [formatCpu(reading.usage.cpuNanocores), percentCell(reading.cpuPercent), formatMemory(reading.usage.memoryBytes), percentCell(reading.memoryPercent)],
    tones: [undefined, percentTone(reading.cpuPercent), undefined, percentTone(reading.memoryPercent)],
  };
}
