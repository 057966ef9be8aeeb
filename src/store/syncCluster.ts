// Bridges the gateway's watches to the store. Watch events arrive one by one and can come in
// bursts of thousands (a re-list, a rollout). The flush policy (all of it is here):
// - start-up: the first lists are applied together once every kind has answered (or failed), so
//   the first frame with data shows the whole namespace, not one kind per frame; at most
//   FIRST_LISTS_WAIT_MS after the first answer, so one slow list does not hold back the others;
// - then leading edge: an event after a quiet interval is applied at once (a timer of 0, so the
//   rest of the same network read joins it), and what follows within the interval is coalesced
//   into one update at its end, so a burst costs one or two store updates, never one per event.
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
export const FIRST_LISTS_WAIT_MS = 300;

/** Starts one watch per kind; returns a function that stops them and drops anything queued. */
export function syncCluster(gateway: ClusterGateway, store: ClusterStore, options: SyncOptions = {}): () => void {
  const clock = options.clock ?? realClock;
  const interval = options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS;
  let queue: ResourceChange[] = [];
  let timer: unknown;
  let lastFlushAt = -Infinity;
  let stopped = false;
  // Kinds whose first list has neither arrived nor failed.
  const unanswered = new Set<WatchedKind>(WATCHED_KINDS);

  store.setState({ cluster: { context: gateway.context, server: gateway.server, namespace: gateway.namespace } });

  const flush = (): void => {
    timer = undefined;
    if (stopped || queue.length === 0) return;
    lastFlushAt = clock.now();
    const batch = queue;
    queue = [];
    store.getState().mutators.applyChanges(batch);
  };
  const schedule = (wait: number): void => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(flush, wait);
  };
  const answered = (kind: WatchedKind): void => {
    if (!unanswered.delete(kind)) return;
    if (unanswered.size === 0) schedule(0);
    else if (timer === undefined) schedule(FIRST_LISTS_WAIT_MS);
  };
  const enqueue = (change: ResourceChange): void => {
    if (stopped) return;
    queue.push(change);
    if (change.type === 'sync') answered(change.kind);
    if (unanswered.size > 0 || timer !== undefined) return;
    schedule(Math.max(0, lastFlushAt + interval - clock.now()));
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
        if (stopped) return;
        if (state.status !== 'connecting' && state.status !== 'connected') answered(kind);
        store.getState().mutators.setConnection(kind, state);
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
