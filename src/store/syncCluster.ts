// Bridges the gateway's watches to the store. Watch events arrive one by one and can come in
// bursts of thousands (a re-list, a rollout); they are queued and applied together at most once
// per frame interval so the UI re-renders a bounded number of times.
import { realClock, type Clock } from '../domain/clock.js';
import type { ClusterGateway } from '../kube/types.js';
import type { ClusterStore } from './clusterStore.js';
import { AUDITED_KINDS } from '../domain/kinds.js';
import type { ObjectOfKind } from '../domain/resources.js';
import type { ResourceChange } from './types.js';

export interface SyncOptions {
  clock?: Clock;
  /** Minimum time between two store updates caused by watch traffic; ~one frame at 30 fps. */
  flushIntervalMs?: number;
}

export const DEFAULT_FLUSH_INTERVAL_MS = 33;

/** Starts one watch per kind; returns a function that stops them and drops anything queued. */
export function syncCluster(gateway: ClusterGateway, store: ClusterStore, options: SyncOptions = {}): () => void {
  const clock = options.clock ?? realClock;
  const interval = options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS;
  let queue: ResourceChange[] = [];
  let timer: unknown;
  let stopped = false;

  store.setState({ cluster: { context: gateway.context, server: gateway.server, namespace: gateway.namespace } });

  const flush = (): void => {
    timer = undefined;
    if (stopped || queue.length === 0) return;
    const batch = queue;
    queue = [];
    store.getState().actions.applyChanges(batch);
  };
  const enqueue = (change: ResourceChange): void => {
    if (stopped) return;
    queue.push(change);
    if (timer === undefined) timer = clock.setTimeout(flush, interval);
  };

  const stops = AUDITED_KINDS.map((kind) =>
    gateway.watch<ObjectOfKind[typeof kind]>(kind, {
      onSync: (items) => enqueue({ type: 'sync', kind, items }),
      onEvent: (type, object) => enqueue({ type, kind, object }),
      onState: (state) => {
        if (!stopped) store.getState().actions.setConnection(kind, state);
      },
    }),
  );

  return () => {
    stopped = true;
    if (timer !== undefined) clock.clearTimeout(timer);
    queue = [];
    for (const stop of stops) stop();
  };
}
