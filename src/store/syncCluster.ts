// Bridges the gateway's watches to the store. Watch events arrive one by one and can come in
// bursts of thousands (a re-list, a rollout); they are queued and applied together at most once
// per frame interval so the UI re-renders a bounded number of times.
//
// Only the kinds on screen are watched (watchDemand.ts): a list's watch starts when the list
// opens and stops a while after the last view needing it closes, dropping its objects. Coming
// back within that while reuses the watch and what it holds.
import { realClock, type Clock } from '../domain/clock.js';
import type { KindName, ObjectOfKind } from '../domain/resources.js';
import type { ClusterGateway } from '../kube/types.js';
import type { ClusterStore } from './clusterStore.js';
import type { ResourceChange } from './types.js';
import { demandedKinds } from './watchDemand.js';

export interface SyncOptions {
  clock?: Clock;
  /** Minimum time between two store updates caused by watch traffic; ~one frame at 30 fps. */
  flushIntervalMs?: number;
  /** How long a watch outlives the last view that needed it (a quick Esc and back re-lists nothing). */
  lingerMs?: number;
}

export const DEFAULT_FLUSH_INTERVAL_MS = 33;
export const DEFAULT_WATCH_LINGER_MS = 45_000;

interface Watch {
  stop(): void;
  /** Set while no view needs the kind: when it fires, the watch stops. */
  lingering?: unknown;
}

/** Watches what the store's views need; returns a function that stops every watch and drops anything queued. */
export function syncCluster(gateway: ClusterGateway, store: ClusterStore, options: SyncOptions = {}): () => void {
  const clock = options.clock ?? realClock;
  const interval = options.flushIntervalMs ?? DEFAULT_FLUSH_INTERVAL_MS;
  const linger = options.lingerMs ?? DEFAULT_WATCH_LINGER_MS;
  let queue: ResourceChange[] = [];
  let timer: unknown;
  let stopped = false;
  const watches = new Map<KindName, Watch>();

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

  const startWatch = (kind: KindName): void => {
    store.getState().mutators.setConnection(kind, { status: 'connecting' });
    // Registered before the gateway is called: a gateway may report its state from within watch().
    const watch: Watch = { stop: () => {} };
    watches.set(kind, watch);
    const current = () => !stopped && watches.get(kind) === watch;
    watch.stop = gateway.watch<ObjectOfKind[typeof kind]>(kind, {
      onSync: (items) => current() && enqueue({ type: 'sync', kind, items }),
      onEvent: (type, object) => current() && enqueue({ type, kind, object }),
      onState: (state) => {
        if (current()) store.getState().mutators.setConnection(kind, state);
      },
    });
  };

  const stopWatch = (kind: KindName): void => {
    const watch = watches.get(kind);
    if (!watch) return;
    watches.delete(kind);
    watch.stop();
    queue = queue.filter((change) => change.kind !== kind);
    // What nobody watches goes stale: drop it rather than show it later as if it were current.
    store.getState().mutators.forgetKind(kind);
  };

  const reconcile = (): void => {
    if (stopped) return;
    const wanted = demandedKinds(store.getState());
    for (const kind of wanted) {
      const watch = watches.get(kind);
      if (!watch) startWatch(kind);
      else if (watch.lingering !== undefined) {
        clock.clearTimeout(watch.lingering);
        watch.lingering = undefined;
      }
    }
    for (const [kind, watch] of watches) {
      if (!wanted.has(kind) && watch.lingering === undefined) watch.lingering = clock.setTimeout(() => stopWatch(kind), linger);
    }
  };

  reconcile();
  // Views change only through the stack; a watch burst leaves it as it was and costs one comparison.
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.stack !== previous.stack) reconcile();
  });

  return () => {
    stopped = true;
    unsubscribe();
    if (timer !== undefined) clock.clearTimeout(timer);
    queue = [];
    for (const watch of watches.values()) {
      if (watch.lingering !== undefined) clock.clearTimeout(watch.lingering);
      watch.stop();
    }
    watches.clear();
  };
}

