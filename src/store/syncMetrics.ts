// Polls metrics.k8s.io while a view that shows usage is open, at metrics-server's resolution:
// every 15 s, or the API's `window` when that is longer (asking faster only returns the same
// scrape). Each poll is one store update, and none when the scrape has not changed. When the API
// is absent or failing, the header says so once and the polls back off (15 s doubling to 5 min);
// nothing else changes. With no such view open nothing is polled, so an idle screen stays idle.
import { realClock, type Clock } from '../domain/clock.js';
import { metricsUnavailableReason } from '../kube/metrics.js';
import type { ClusterGateway } from '../kube/types.js';
import { isWorkloadKind } from '../domain/workloads.js';
import { LISTS } from '../render/registry.js';
import type { ClusterStore } from './clusterStore.js';
import type { ClusterState, ViewEntry } from './types.js';

export const METRICS_INTERVAL_MS = 15_000;
export const METRICS_MAX_BACKOFF_MS = 5 * 60_000;
const METRICS_TIMEOUT_MS = 10_000;

export interface MetricsDemand {
  pods: boolean;
  nodes: boolean;
}

const NONE: MetricsDemand = { pods: false, nodes: false };

function demandOf(view: ViewEntry | undefined): MetricsDemand {
  if (!view) return NONE;
  switch (view.type) {
    case 'overview':
    case 'audit':
    case 'finding':
      return { pods: true, nodes: false };
    case 'describe':
      return { pods: view.kind === 'Pod', nodes: view.kind === 'Node' };
    case 'list': {
      const kind = LISTS[view.pane].kind;
      return { pods: kind === 'Pod' || isWorkloadKind(kind), nodes: kind === 'Node' };
    }
    case 'logs':
    case 'contexts':
    case 'rollout':
    case 'verify':
      return NONE;
  }
}

/** What the top view shows usage of. */
export function metricsDemand(state: Pick<ClusterState, 'stack'>): MetricsDemand {
  return demandOf(state.stack[state.stack.length - 1]);
}

export interface SyncMetricsOptions {
  clock?: Clock;
  intervalMs?: number;
  maxBackoffMs?: number;
}

export function syncMetrics(gateway: ClusterGateway, store: ClusterStore, options: SyncMetricsOptions = {}): () => void {
  const clock = options.clock ?? realClock;
  const interval = options.intervalMs ?? METRICS_INTERVAL_MS;
  const maxBackoff = options.maxBackoffMs ?? METRICS_MAX_BACKOFF_MS;
  const readPods = gateway.podMetrics?.bind(gateway);
  const readNodes = gateway.nodeMetrics?.bind(gateway);
  let timer: unknown;
  let inFlight = false;
  let stopped = false;
  let failures = 0;
  let windowMs = 0;
  let demand = NONE;
  // When each kind was last read: a view reopened within the interval waits for its turn.
  const polledAt = { pods: -Infinity, nodes: -Infinity };

  const schedule = (ms: number): void => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(poll, ms);
  };

  async function poll(): Promise<void> {
    timer = undefined;
    if (stopped || inFlight || (!demand.pods && !demand.nodes)) return;
    const wanted = demand;
    const startedAt = clock.now();
    inFlight = true;
    if (wanted.pods) polledAt.pods = clock.now();
    if (wanted.nodes) polledAt.nodes = clock.now();
    try {
      const [pods, nodes] = await Promise.all([
        wanted.pods && readPods ? readPods({ timeoutMs: METRICS_TIMEOUT_MS }) : undefined,
        wanted.nodes && readNodes ? readNodes({ timeoutMs: METRICS_TIMEOUT_MS }) : undefined,
      ]);
      if (stopped) return;
      failures = 0;
      for (const reading of [...(pods ?? []), ...(nodes ?? [])]) windowMs = Math.max(windowMs, reading.windowMs);
      store.getState().mutators.applyMetrics({ pods, nodes, now: clock.now() });
    } catch (error) {
      if (stopped) return;
      failures += 1;
      store.getState().mutators.setMetricsUnavailable(metricsUnavailableReason(error));
    } finally {
      inFlight = false;
    }
    // The cadence runs from when each poll was sent, however long its answer took.
    if (demand.pods || demand.nodes) schedule(Math.max(0, startedAt + nextDelay() - clock.now()));
  }

  const nextDelay = (): number => (failures === 0 ? Math.max(interval, windowMs) : Math.min(maxBackoff, interval * 2 ** (failures - 1)));

  const reconcile = (): void => {
    const next = metricsDemand(store.getState());
    const usable = { pods: next.pods && readPods !== undefined, nodes: next.nodes && readNodes !== undefined };
    const gainedAt = Math.min(usable.pods && !demand.pods ? polledAt.pods : Infinity, usable.nodes && !demand.nodes ? polledAt.nodes : Infinity);
    demand = usable;
    if (!demand.pods && !demand.nodes) {
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      return;
    }
    // A view that needs what was not polled asks at once, or when its last reading is an interval
    // old (unless backing off from failures).
    if (gainedAt !== Infinity && !inFlight && failures === 0) schedule(Math.max(0, gainedAt + interval - clock.now()));
    else if (timer === undefined && !inFlight) schedule(nextDelay());
  };

  reconcile();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.stack !== previous.stack) reconcile();
  });
  return () => {
    stopped = true;
    unsubscribe();
    if (timer !== undefined) clock.clearTimeout(timer);
  };
}
