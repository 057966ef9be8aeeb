// A container's memory as kilo-tui can judge it: its limit, the latest reading and the peak of the
// samples kept since kilo-tui started, whether its last termination was an OOM kill, and the limit
// to raise it to. The details pane, describe, the audit and the `L` plan all read this one answer.
import { controllerOf } from '../replicasets.js';
import type { Pod } from '../resources.js';
import { isWorkloadKind } from '../workloads.js';
import { containerResource } from './podResources.js';
import { podSeriesKey, type MetricsState } from './usage.js';

/** A share of the memory limit from which a running container is reported (k9s' error threshold). */
export const MEMORY_PRESSURE_PERCENT = 90;
/** Headroom added to what the container was seen (or proven, by an OOM kill) to need. */
export const MEMORY_HEADROOM = 0.25;
/** Suggested limits are whole multiples of this: 256Mi. */
export const MEMORY_LIMIT_STEP = 256 * 2 ** 20;

export interface OomKill {
  /** Epoch ms of the kill, when the status says. */
  at?: number;
  exitCode: number;
}

export interface ContainerMemory {
  pod: Pod;
  container: string;
  limitBytes?: number;
  requestBytes?: number;
  /** The latest reading (metrics-server's last scrape), when metrics are read and list the pod. */
  latestBytes?: number;
  /** The highest of the samples kept for this container; undefined when none was seen. */
  peakBytes?: number;
  /** How many samples the peak is taken over, and since when (epoch ms). */
  samples: number;
  since?: number;
  /** The container's restarts (restartCount). */
  restarts: number;
  /** Its last termination, when that was an OOM kill. */
  oomKilled?: OomKill;
}

/** The container's memory per the pod spec, its status and the kept samples (`metrics` may be absent). */
export function containerMemories(pod: Pod, metrics: MetricsState | undefined): ContainerMemory[] {
  const series = metrics?.pods.get(podSeriesKey(pod.metadata.namespace, pod.metadata.name));
  const latest = metrics?.status.state === 'available' ? series?.latest : undefined;
  return pod.spec.containers.map((container) => {
    const status = pod.status?.containerStatuses?.find((s) => s.name === container.name);
    const last = status?.lastState?.terminated;
    let peak: number | undefined;
    let samples = 0;
    let since: number | undefined;
    for (const sample of series?.samples ?? []) {
      const reading = sample.containers?.find((c) => c.name === container.name)?.memoryBytes ?? (pod.spec.containers.length === 1 ? sample.memoryBytes : undefined);
      if (reading === undefined) continue;
      samples += 1;
      since ??= sample.at;
      peak = peak === undefined ? reading : Math.max(peak, reading);
    }
    const latestBytes = latest?.containers.find((c) => c.name === container.name)?.memoryBytes ?? (latest && pod.spec.containers.length === 1 ? latest.memoryBytes : undefined);
    const killedAt = Date.parse(last?.finishedAt ?? '');
    return {
      pod,
      container: container.name,
      limitBytes: containerResource(container, 'limits', 'memory'),
      requestBytes: containerResource(container, 'requests', 'memory'),
      latestBytes,
      peakBytes: peak,
      samples,
      since,
      restarts: status?.restartCount ?? 0,
      ...(last?.reason === 'OOMKilled' ? { oomKilled: { exitCode: last.exitCode, ...(Number.isNaN(killedAt) ? {} : { at: killedAt }) } } : {}),
    };
  });
}

/** The latest reading as a whole percentage of the limit, when both are known. */
export function percentOfLimit(memory: ContainerMemory): number | undefined {
  if (memory.latestBytes === undefined || !memory.limitBytes) return undefined;
  return Math.round((memory.latestBytes / memory.limitBytes) * 100);
}

/** Killed for memory, or running at ≥ 90 % of its limit now: what the audit and the pane explain. */
export function underMemoryPressure(memory: ContainerMemory): boolean {
  const percent = percentOfLimit(memory);
  return memory.oomKilled !== undefined || (percent !== undefined && percent >= MEMORY_PRESSURE_PERCENT);
}

/**
 * The limit to raise to: what the container needs plus 25 %, rounded up to the next 256Mi. What it
 * needs is the peak seen, but an OOM kill proves it reached its limit, and samples 15 s apart miss
 * the last climb before a kill, so after a kill the limit itself is the floor. 25 % covers the
 * growth between two scrapes and allocator overshoot without doubling the reservation on a small
 * node; 256Mi steps are the units people write limits in and keep the value stable from one
 * poll to the next (a different number every 15 s would be a different rollout). Never at or below
 * the current limit: the plan raises it. Undefined when there is nothing to base it on.
 */
export function suggestedMemoryLimit(memory: Pick<ContainerMemory, 'peakBytes' | 'limitBytes' | 'oomKilled'>): number | undefined {
  const floor = memory.oomKilled || memory.peakBytes === undefined ? memory.limitBytes : undefined;
  const need = Math.max(memory.peakBytes ?? 0, floor ?? 0);
  if (need <= 0) return undefined;
  let suggested = Math.ceil((need * (1 + MEMORY_HEADROOM)) / MEMORY_LIMIT_STEP) * MEMORY_LIMIT_STEP;
  if (memory.limitBytes !== undefined && suggested <= memory.limitBytes) suggested = (Math.floor(memory.limitBytes / MEMORY_LIMIT_STEP) + 1) * MEMORY_LIMIT_STEP;
  return suggested;
}

/** Why a pod's limits cannot be raised through a workload, for the one-line refusal and the advice. */
export function noWorkloadReason(pod: Pod): string {
  const owner = controllerOf(pod);
  if (!owner) return `pod ${pod.metadata.name} has no controller: a pod's limits cannot be changed in place, recreate it with a higher limit`;
  if (owner.kind === 'ReplicaSet') return `pod ${pod.metadata.name}: no Deployment of its replicaset ${owner.name} is loaded`;
  if (isWorkloadKind(owner.kind)) return `pod ${pod.metadata.name}: its ${owner.kind.toLowerCase()} ${owner.name} is not loaded`;
  return `pod ${pod.metadata.name} belongs to ${owner.kind} ${owner.name}: change the limit in its template`;
}
