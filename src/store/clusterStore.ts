// A fresh vanilla store per run and per test; React reaches it through context (ui/StoreContext).
// Mutators (state.mutators) are synchronous state changes only: I/O lives in syncCluster, kube/ and app/.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionState, WatchedKind } from '../kube/types.js';
import { applyChanges, pruneMarks } from './applyChanges.js';
import { createMarksMutators, type MarksMutators } from './marksMutators.js';
import { createViewMutators, type ViewMutators } from './viewMutators.js';
import type { ClusterState, ResourceChange } from './types.js';

export interface ResourceMutators {
  applyChanges(changes: readonly ResourceChange[]): void;
  setConnection(kind: WatchedKind, state: ConnectionState): void;
  setNow(now: number): void;
  requestQuit(): void;
}

export type ClusterStoreState = ClusterState & { mutators: ResourceMutators & ViewMutators & MarksMutators };
export type ClusterStore = StoreApi<ClusterStoreState>;

export function initialClusterState(now = Date.now()): ClusterState {
  const connecting: ConnectionState = { status: 'connecting' };
  return {
    cluster: { context: '', server: '', namespace: '' },
    resources: { Deployment: new Map(), ReplicaSet: new Map(), Pod: new Map(), Service: new Map(), Event: new Map() },
    connection: { Deployment: connecting, ReplicaSet: connecting, Pod: connecting, Service: connecting, Event: connecting },
    now,
    stack: [{ type: 'overview', id: 0 }],
    nextViewId: 1,
    focus: 'deploy',
    tables: {},
    mode: 'normal',
    input: '',
    marks: {},
    quitRequested: false,
  };
}

export function createClusterStore(initial: Partial<ClusterState> = {}): ClusterStore {
  return createStore<ClusterStoreState>()((set, get) => ({
    ...initialClusterState(),
    ...initial,
    mutators: {
      applyChanges(changes) {
        if (changes.length === 0) return;
        const { resources, marks } = get();
        const next = applyChanges(resources, changes);
        set({ resources: next, marks: pruneMarks(marks, next) });
      },
      setConnection(kind, state) {
        set({ connection: { ...get().connection, [kind]: state } });
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
