// A fresh vanilla store per run and per test; React reaches it through context (ui/StoreContext).
// Mutators (state.mutators) are synchronous state changes only: I/O lives in syncCluster, kube/ and app/.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionState, LivenessState, WatchedKind } from '../kube/types.js';
import { applyChanges, pruneMarks } from './applyChanges.js';
import { createMarksMutators, type MarksMutators } from './marksMutators.js';
import { createViewMutators, type ViewMutators } from './viewMutators.js';
import type { ClusterState, ResourceChange } from './types.js';
import type { ResourceMaps } from './types.js';
import { KIND_NAMES } from '../domain/kinds.js';
import { demandedKinds } from './watchDemand.js';
import { createDerivations } from './selectors.js';

export interface ResourceMutators {
  applyChanges(changes: readonly ResourceChange[]): void;
  setConnection(kind: WatchedKind, state: ConnectionState): void;
  /** How many objects of a kind the watch delivered that could not be admitted (see store/admitChanges). */
  setSkipped(kind: WatchedKind, count: number): void;
  setLiveness(state: LivenessState): void;
  /** A kind no longer watched: its objects and connection state go. */
  forgetKind(kind: WatchedKind): void;
  setNow(now: number): void;
  requestQuit(): void;
}

export type ClusterStoreState = ClusterState & { mutators: ResourceMutators & ViewMutators & MarksMutators };
export type ClusterStore = StoreApi<ClusterStoreState>;

const INITIAL_STACK: ClusterState['stack'] = [{ type: 'overview', id: 0 }];

/** One empty map per registered kind. */
export const emptyResources = (): ResourceMaps => Object.fromEntries(KIND_NAMES.map((kind) => [kind, new Map()])) as unknown as ResourceMaps;

export function initialClusterState(now = Date.now()): ClusterState {
  const connecting: ConnectionState = { status: 'connecting' };
  return {
    derivations: createDerivations(),
    cluster: { context: '', server: '', namespace: '' },
    resources: emptyResources(),
    // The kinds the first screen watches; a kind's state appears when its watch starts.
    connection: Object.fromEntries([...demandedKinds({ stack: INITIAL_STACK })].map((kind) => [kind, connecting])),
    liveness: { status: 'alive' },
    now,
    stack: INITIAL_STACK,
    nextViewId: 1,
    focus: 'deploy',
    tables: {},
    mode: 'normal',
    input: '',
    marks: {},
    skipped: {},
    loaded: {},
    quitRequested: false,
  };
}

export function createClusterStore(initial: Partial<ClusterState> = {}): ClusterStore {
  // A store made with its objects already in place (tests, the bench) has them loaded.
  const loaded = initial.resources && !initial.loaded ? { loaded: Object.fromEntries(Object.keys(initial.resources).map((kind) => [kind, true])) } : {};
  return createStore<ClusterStoreState>()((set, get) => ({
    ...initialClusterState(),
    ...initial,
    ...loaded,
    mutators: {
      applyChanges(changes) {
        if (changes.length === 0) return;
        const { resources, marks } = get();
        const next = applyChanges(resources, changes, get().derivations.memo);
        const listed = changes.filter((change) => change.type === 'sync' && !get().loaded[change.kind]);
        const loaded = listed.length ? { ...get().loaded, ...Object.fromEntries(listed.map((change) => [change.kind, true])) } : get().loaded;
        set({ resources: next, marks: pruneMarks(marks, next), loaded });
      },
      setConnection(kind, state) {
        set({ connection: { ...get().connection, [kind]: state } });
      },
      setSkipped(kind, count) {
        set({ skipped: { ...get().skipped, [kind]: count } });
      },
      setLiveness(liveness) {
        if (liveness.status !== get().liveness.status) set({ liveness });
      },
      forgetKind(kind) {
        const { resources, connection, marks, loaded } = get();
        const { [kind]: _forgotten, ...watched } = connection;
        const { [kind]: _wasLoaded, ...stillLoaded } = loaded;
        const next = { ...resources, [kind]: new Map() };
        set({ resources: next, connection: watched, marks: pruneMarks(marks, next), loaded: stillLoaded });
      },
      setNow(now) {
        set({ now });
      },
      requestQuit() {
        set({ quitRequested: true });
      },
      ...createViewMutators(set, get),
      ...createMarksMutators(set, get),
    },
  }));
}
