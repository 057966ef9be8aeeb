// Bridges the gateway's watches to the store. Watch events arrive one by one and can come in
// bursts of thousands (a re-list, a rollout). The flush policy (all of it is here):
// - start-up: the first lists are applied together once every kind has answered (or failed), so
//   the first frame with data shows the whole namespace, not one kind per frame; at most
//   FIRST_LISTS_WAIT_MS after the first answer, so one slow list does not hold back the others;
// - then leading edge: an event after a quiet interval is applied at once (a timer of 0, so the
//   rest of the same network read joins it), and what follows within the interval is coalesced
//   into one update at its end, so a burst costs one or two store updates, never one per event.
//
// Only the kinds on screen are watched (watchDemand.ts): a list's watch starts when the list
// opens and stops a while after the last view needing it closes, dropping its objects. Coming
// back within that while reuses the watch and what it holds.
import { realClock, type Clock } from '../domain/clock.js';
import type { KindName, ObjectOfKind } from '../domain/resources.js';
import type { ClusterGateway } from '../kube/types.js';
import { InvalidObjects } from './admitChanges.js';
import type { ClusterStore } from './clusterStore.js';
import type { ResourceChange } from './types.js';
import { demandedKinds, demandedServedResource, servedResourceKey } from './watchDemand.js';

export interface SyncOptions {
  clock?: Clock;
  /** Minimum time between two store updates caused by watch traffic; ~one frame at 30 fps. */
  flushIntervalMs?: number;
  /** How long a watch outlives the last view that needed it (a quick Esc and back re-lists nothing). */
  lingerMs?: number;
}

export const DEFAULT_FLUSH_INTERVAL_MS = 33;
export const DEFAULT_WATCH_LINGER_MS = 45_000;
export const FIRST_LISTS_WAIT_MS = 300;
const NAMESPACE_RECHECK_MS = 10_000;

interface Watch {
  stop(): void;
  /** For ServedObject: the discovered kind it lists (servedResourceKey). */
  servedKey?: string;
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
  let lastFlushAt = -Infinity;
  let stopped = false;
  const watches = new Map<KindName, Watch>();
  // Until the first flush: the kinds whose first list has neither arrived nor failed.
  let firstFlushDone = false;
  const unanswered = new Set<KindName>();

  store.setState({ cluster: { context: gateway.context, server: gateway.server, namespace: gateway.namespace, ...(gateway.namespace === '' ? { allNamespaces: true } : {}), ...(gateway.source ? { source: gateway.source } : {}) } });

  const flush = (): void => {
    timer = undefined;
    if (stopped || queue.length === 0) return;
    // Past the first flush nothing holds events back, not even a list that never answered.
    firstFlushDone = true;
    unanswered.clear();
    lastFlushAt = clock.now();
    const batch = queue;
    queue = [];
    store.getState().mutators.applyChanges(batch);
  };
  const schedule = (wait: number): void => {
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = clock.setTimeout(flush, wait);
  };
  const answered = (kind: KindName): void => {
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
  const admit = (kind: KindName, change: Parameters<InvalidObjects['admit']>[1]): void => {
    if (stopped) return;
    const before = invalid.count(kind);
    const admitted = invalid.admit(kind, change);
    if (invalid.count(kind) !== before) store.getState().mutators.setSkipped(kind, invalid.count(kind));
    if (admitted) enqueue(admitted);
  };

  const startWatch = (kind: KindName): void => {
    // The generic kind is one discovered kind at a time: the one the screen's list is of.
    const resource = kind === 'ServedObject' ? demandedServedResource(store.getState()) : undefined;
    if (kind === 'ServedObject' && !resource) return;
    store.getState().mutators.setConnection(kind, { status: 'connecting' });
    if (!firstFlushDone) unanswered.add(kind);
    // Registered before the gateway is called: a gateway may report its state from within watch().
    const watch: Watch = { stop: () => {}, ...(resource ? { servedKey: servedResourceKey(resource) } : {}) };
    watches.set(kind, watch);
    const current = () => !stopped && watches.get(kind) === watch;
    watch.stop = gateway.watch<ObjectOfKind[typeof kind]>(kind, {
      onSync: (items) => current() && admit(kind, { type: 'sync', items }),
      onEvent: (type, object) => current() && admit(kind, { type, object }),
      onState: (state) => {
        if (!current()) return;
        if (state.status !== 'connecting' && state.status !== 'connected') answered(kind);
        store.getState().mutators.setConnection(kind, state);
      },
    }, resource);
  };

  const stopWatch = (kind: KindName): void => {
    const watch = watches.get(kind);
    if (!watch) return;
    watches.delete(kind);
    watch.stop();
    answered(kind);
    queue = queue.filter((change) => change.kind !== kind);
    // What nobody watches goes stale: drop it rather than show it later as if it were current.
    store.getState().mutators.forgetKind(kind);
  };

  const reconcile = (): void => {
    if (stopped) return;
    const wanted = demandedKinds(store.getState());
    const served = demandedServedResource(store.getState());
    const servedWatch = watches.get('ServedObject');
    // Another discovered kind on screen: its rows replace the last one's, never mix with them.
    if (servedWatch && served && servedWatch.servedKey !== servedResourceKey(served)) stopWatch('ServedObject');
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
    unsubscribe();
    if (namespaceTimer !== undefined) clock.clearTimeout(namespaceTimer);
    stopLiveness?.();
    if (timer !== undefined) clock.clearTimeout(timer);
    queue = [];
    for (const watch of watches.values()) {
      if (watch.lingering !== undefined) clock.clearTimeout(watch.lingering);
      watch.stop();
    }
    watches.clear();
  };
}
