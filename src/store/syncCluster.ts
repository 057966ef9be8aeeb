// Bridges the gateway's watches to the store. Watch events arrive one by one and can come in
// bursts of thousands (a re-list, a rollout); they are queued and applied together at most once
// per frame interval so the UI re-renders a bounded number of times.
import { realClock, type Clock } from '../demo/clock.js';
import type { ClusterGateway, WatchedKind } from '../kube/types.js';
import { InvalidObjects } from './admitChanges.js';
import type { ClusterStore } from './clusterStore.js';
import { WATCHED_KINDS, type ObjectOfKind, type ResourceChange } from './types.js';

export interface SyncOptions {
  clock?: Clock;
  /** Minimum time between two store updates caused by watch traffic; ~one frame at 30 fps. */
  flushIntervalMs?: number;
}

export const DEFAULT_FLUSH_INTERVAL_MS = 33;
const NAMESPACE_RECHECK_MS = 10_000;

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
    store.getState().mutators.applyChanges(batch);
  };
  const enqueue = (change: ResourceChange): void => {
    if (stopped) return;
    queue.push(change);
    if (timer === undefined) timer = clock.setTimeout(flush, interval);
  };

  const invalid = new InvalidObjects();
  const admit = (kind: WatchedKind, change: Parameters<InvalidObjects['admit']>[1]): void => {
    if (stopped) return;
    const before = invalid.count(kind);
    const admitted = invalid.admit(kind, change);
    if (invalid.count(kind) !== before) store.getState().mutators.setSkipped(kind, invalid.count(kind));
    if (admitted) enqueue(admitted);
  };

  const stops = WATCHED_KINDS.map((kind) =>
    gateway.watch<ObjectOfKind[typeof kind]>(kind, {
      onSync: (items) => admit(kind, { type: 'sync', items }),
      onEvent: (type, object) => admit(kind, { type, object }),
      onState: (state) => {
        if (!stopped) store.getState().mutators.setConnection(kind, state);
      },
    }),
  );

  // An empty namespace and one that does not exist (a typo in -n) list the same: ask, and ask
  // again while it is missing, since it may be created while we watch.
  let namespaceTimer: unknown;
  const checkNamespace = (): void => {
    namespaceTimer = undefined;
    void gateway.namespaceExists?.().then((exists) => {
      if (stopped || exists === undefined) return;
      if ((store.getState().namespaceMissing ?? false) !== !exists) store.setState({ namespaceMissing: !exists });
      if (!exists) namespaceTimer = clock.setTimeout(checkNamespace, NAMESPACE_RECHECK_MS);
    });
  };
  checkNamespace();

  const stopLiveness = gateway.onLiveness?.((state) => {
    if (!stopped) store.getState().mutators.setLiveness(state);
  });

  return () => {
    stopped = true;
    if (namespaceTimer !== undefined) clock.clearTimeout(namespaceTimer);
    stopLiveness?.();
    if (timer !== undefined) clock.clearTimeout(timer);
    queue = [];
    for (const stop of stops) stop();
  };
}
