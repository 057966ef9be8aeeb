// Resource usage as kilo-tui keeps it: the latest PodMetrics/NodeMetrics reading of each pod and
// node, and a bounded series of samples per pod since kilo-tui started (the last hour), from
// which the sparklines and the OOM explanation read. Pure: kube/ reads, the store keeps.

export interface ContainerUsage {
  name: string;
  cpuNanocores: number;
  memoryBytes: number;
}

/** One PodMetrics item, parsed. */
export interface PodUsage {
  name: string;
  /** PodMetrics are namespaced; with every namespace shown two pods may share a name. */
  namespace?: string;
  /** The scrape's time (epoch ms) and the window its CPU rate was measured over. */
  timestamp: number;
  windowMs: number;
  cpuNanocores: number;
  memoryBytes: number;
  containers: ContainerUsage[];
}

/** One NodeMetrics item, parsed. */
export interface NodeUsage {
  name: string;
  timestamp: number;
  windowMs: number;
  cpuNanocores: number;
  memoryBytes: number;
}

export interface UsageSample {
  at: number;
  cpuNanocores: number;
  memoryBytes: number;
  /** Per container: its memory (the OOM explanation is per container). */
  containers?: readonly { name: string; memoryBytes: number }[];
}

/** A pod's usage: its latest reading (absent when the last poll did not list it) and its samples. */
export interface PodSeries {
  latest?: PodUsage;
  /** Oldest first; at most the last hour. */
  samples: readonly UsageSample[];
}

export type MetricsStatus =
  | { state: 'idle' }
  | { state: 'available' }
  /** metrics-server absent (404), forbidden (403), unavailable (503), or unreachable. */
  | { state: 'unavailable'; reason: string };

export interface MetricsState {
  status: MetricsStatus;
  /** By pod name (the store holds one namespace). */
  pods: ReadonlyMap<string, PodSeries>;
  nodes: ReadonlyMap<string, NodeUsage>;
  /** Bumped on every change, so orders sorted by usage know when to sort again. */
  version: number;
}

export const HISTORY_MS = 60 * 60_000;
/** A ring's hard bound: an hour at metrics-server's fastest resolution (10 s) and some. */
export const MAX_SAMPLES = 400;

export const NO_METRICS: MetricsState = { status: { state: 'idle' }, pods: new Map(), nodes: new Map(), version: 0 };

function sampleOf(usage: PodUsage): UsageSample {
  return {
    at: usage.timestamp,
    cpuNanocores: usage.cpuNanocores,
    memoryBytes: usage.memoryBytes,
    containers: usage.containers.map((c) => ({ name: c.name, memoryBytes: c.memoryBytes })),
  };
}

/**
 * The series after a poll listing `pods`: a new sample for each pod whose scrape is newer than its
 * last one; a pod the poll did not list keeps its samples but no latest reading; samples older
 * than an hour go, and a pod with none left is forgotten. A pod whose reading did not change keeps
 * its series object, so its row is not derived again.
 */
/** Where a pod's series is kept: by namespace and name (PodMetrics name the pod, not its uid). */
export const podSeriesKey = (namespace: string | undefined, name: string): string => `${namespace ?? ''}/${name}`;

export function mergePodUsage(previous: ReadonlyMap<string, PodSeries>, pods: readonly PodUsage[], now: number): ReadonlyMap<string, PodSeries> {
  const next = new Map<string, PodSeries>();
  const horizon = now - HISTORY_MS;
  let carried = 0;
  for (const usage of pods) {
    const key = podSeriesKey(usage.namespace, usage.name);
    const before = previous.get(key);
    if (before && !next.has(key)) carried++;
    const samples = before?.samples;
    const last = samples?.[samples.length - 1];
    if (before && last && last.at >= usage.timestamp) {
      next.set(key, before.latest ? before : { ...before, latest: usage });
      continue;
    }
    next.set(key, { latest: usage, samples: appended(samples, sampleOf(usage), horizon) });
  }
  // A poll usually lists every pod the last one did: then no other series is left to visit.
  if (carried < previous.size) {
    for (const [name, series] of previous) {
      if (next.has(name)) continue;
      const samples = series.samples;
      const from = firstAfter(samples, horizon);
      if (from === samples.length) continue;
      next.set(name, series.latest === undefined && from === 0 ? series : { samples: from === 0 ? samples : samples.slice(from) });
    }
  }
  return next;
}

/** The index of the first sample newer than `horizon` (samples are oldest first). */
function firstAfter(samples: readonly UsageSample[], horizon: number): number {
  let from = 0;
  while (from < samples.length && samples[from].at <= horizon) from++;
  return from;
}

/** The samples newer than `horizon`, at most MAX_SAMPLES - 1 of them, then `sample`: one copy. */
function appended(samples: readonly UsageSample[] | undefined, sample: UsageSample, horizon: number): UsageSample[] {
  if (!samples) return [sample];
  const from = Math.max(firstAfter(samples, horizon), samples.length - MAX_SAMPLES + 1);
  const kept = new Array<UsageSample>(samples.length - from + 1);
  for (let i = from; i < samples.length; i++) kept[i - from] = samples[i];
  kept[kept.length - 1] = sample;
  return kept;
}

/** Whether two maps of series hold the same objects (a poll that brought nothing new). */
export function sameSeries(a: ReadonlyMap<string, PodSeries>, b: ReadonlyMap<string, PodSeries>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, series] of a) if (b.get(name) !== series) return false;
  return true;
}
