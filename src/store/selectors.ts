// Named selectors: the indexed snapshot every view derives from (patched, not rebuilt, after a
// burst of pod events), header counts, connection state. A table's rows are in tableRows.ts.
import { KIND_NAMES, KINDS, type SnapshotLists } from '../domain/kinds.js';
import type { KindName, KubeObject, Pod } from '../domain/resources.js';
import type { ConnectionState, WatchedKind } from '../kube/types.js';
import { indexWorkloads } from '../domain/workloadIndex.js';
import { indexEventsByObject, type IndexedSnapshot } from '../render/clusterIndex.js';
import { Memo } from '../domain/memo.js';
import type { MetricsState } from '../domain/metrics/usage.js';
import type { Row } from '../render/types.js';
import { memoizeLast } from './memoizeLast.js';
import { followCount, followPodsByDeployment, followPodsByReplicaSet, followValues } from './patchedDerivations.js';
import { EMPTY_TABLE } from './viewMutators.js';
import { WATCHED_KINDS, type ClusterState, type PaneKind, type ResourceMaps, type TableState } from './types.js';

/** A store's derivations and their caches: one per store (ClusterState.derivations), never shared. */
export interface Derivations {
  /** Rows, orders, positions, map deltas and filter results derived from this store's objects. */
  readonly memo: Memo;
  snapshot(state: ClusterState): IndexedSnapshot;
  headerCounts(state: ClusterState): HeaderCounts;
}

const isCrashing = (pod: Pod) => pod.status?.containerStatuses?.some((c) => c.state?.waiting?.reason === 'CrashLoopBackOff') === true;

export function createDerivations(): Derivations {
  // Each part of the index is memoized on the kinds it reads, and applyChanges keeps the map of an
  // untouched kind, so a burst of pod events rebuilds only the pod grouping, not the 10k-ReplicaSet
  // history; the pod list and grouping are themselves patched where pods were replaced.
  const memo = new Memo();
  const lists = Object.fromEntries(KIND_NAMES.map((kind) => [kind, followValues(memo)])) as Record<KindName, (byUid: ReadonlyMap<string, KubeObject>) => KubeObject[]>;
  const workloads = memoizeLast(indexWorkloads);
  const podsByReplicaSet = followPodsByReplicaSet(memo);
  const podsByDeployment = followPodsByDeployment(memo);
  const eventsByObject = memoizeLast(indexEventsByObject);

  const buildIndex = memoizeLast((resources: ResourceMaps, namespace: string): IndexedSnapshot => {
    // One list per registered kind, under the snapshot field the registry names.
    const snapshot = Object.fromEntries(KIND_NAMES.map((kind) => [KINDS[kind].snapshotKey, lists[kind](resources[kind])])) as unknown as SnapshotLists;
    const { deployments, replicaSets, pods, events } = snapshot;
    const workloadIndex = workloads(deployments, replicaSets);
    const podGrouping = podsByReplicaSet(resources.Pod, pods);
    return {
      ...snapshot,
      namespace,
      now: 0,
      ...workloadIndex,
      podsByReplicaSet: podGrouping,
      podsByDeployment: podsByDeployment(workloadIndex, podGrouping),
      eventsByObject: eventsByObject(events),
      memo,
    };
  });

  const withNow = memoizeLast((index: IndexedSnapshot, now: number, metrics: MetricsState): IndexedSnapshot => ({ ...index, now, metrics }));
  const crashingPods = followCount(memo, isCrashing);
  const countHeader = memoizeLast((snapshot: IndexedSnapshot, crashing: number, marked: number): HeaderCounts => ({
    deployments: snapshot.deployments.length,
    replicaSets: snapshot.replicaSets.length,
    staleReplicaSets: snapshot.staleReplicaSets.size,
    pods: snapshot.pods.length,
    crashingPods: crashing,
    marked,
  }));

  return {
    memo,
    snapshot: (state) => withNow(buildIndex(state.resources, state.cluster.namespace), state.now, state.metrics),
    headerCounts(state) {
      const snapshot = buildIndex(state.resources, state.cluster.namespace);
      return countHeader(snapshot, crashingPods(state.resources.Pod, snapshot.pods), Object.keys(state.marks).length);
    },
  };
}

/** The indexed snapshot every view derives from, by the state's own store's caches. */
export function selectSnapshot(state: ClusterState): IndexedSnapshot {
  return state.derivations.snapshot(state);
}

export const selectTableState = (state: ClusterState, key: string): TableState => state.tables[key] ?? EMPTY_TABLE;

/** The cursor's row index: the row with the remembered uid, else the remembered index clamped. */
export function resolveCursor(rows: readonly Row[], table: TableState, landOnProblem = false): number {
  return resolveCursorAt(rows.length, (i) => rows[i].uid, table, landOnProblem ? () => rows.findIndex((row) => row.problem) : undefined);
}

/**
 * resolveCursor over a table whose rows are not all derived: by uid and, to land on one, at the
 * index `firstProblem` gives (-1 for none), asked only when no row has the remembered uid.
 */
export function resolveCursorAt(count: number, uidAt: (i: number) => string, table: TableState, firstProblem?: () => number): number {
  if (count === 0) return 0;
  if (table.cursorUid !== undefined) {
    for (let i = 0; i < count; i++) if (uidAt(i) === table.cursorUid) return i;
  }
  if (firstProblem) {
    const problem = firstProblem();
    if (problem >= 0) return problem;
  }
  return Math.min(Math.max(0, table.cursorIndex), count - 1);
}

/**
 * Panes whose cursor, until the user moves it, lands on the first row with a problem: selecting a
 * Deployment puts the Pods cursor on its crashing pod, whose logs the wide layout then shows.
 * Deployments keep k9s' top-row start; a stale ReplicaSet is a "problem" but history, not news.
 */
const LANDS_ON_PROBLEM: ReadonlySet<PaneKind> = new Set<PaneKind>(['pods']);

export function cursorIndexFor(pane: PaneKind, rows: readonly Row[], table: TableState): number {
  return resolveCursor(rows, table, LANDS_ON_PROBLEM.has(pane));
}

/** cursorIndexFor over a table's objects; `firstProblem` finds the first problem row without cells. */
export function cursorIndexOf(pane: PaneKind, objects: readonly KubeObject[], table: TableState, firstProblem: () => number): number {
  return resolveCursorAt(objects.length, (i) => objects[i].metadata.uid, table, LANDS_ON_PROBLEM.has(pane) ? firstProblem : undefined);
}

export interface HeaderCounts {
  deployments: number;
  replicaSets: number;
  staleReplicaSets: number;
  pods: number;
  crashingPods: number;
  marked: number;
}

export function selectHeaderCounts(state: ClusterState): HeaderCounts {
  return state.derivations.headerCounts(state);
}

/** The connection to show: the worst state among the kinds, and which kind it belongs to. */
const CONNECTED: ConnectionState = { status: 'connected' };

export function selectConnectionSummary(state: ClusterState): { kind?: WatchedKind; state: ConnectionState; stale: boolean; stalledSince?: number } {
  const rank = { forbidden: 3, reconnecting: 2, connecting: 1, connected: 0 } as const;
  // A constant for the all-connected case keeps the result shallow-equal between calls (useShallow).
  let worst: { kind?: WatchedKind; state: ConnectionState } = { state: CONNECTED };
  for (const kind of WATCHED_KINDS) {
    const candidate = state.connection[kind];
    if (candidate && rank[candidate.status] > rank[worst.state.status]) worst = { kind, state: candidate };
  }
  // A hung server keeps its watches open and silent: "connected" would be a lie, the data is stale.
  if (state.liveness.status === 'stalled') return { ...worst, stale: true, stalledSince: state.liveness.since };
  return { ...worst, stale: worst.state.status !== 'connected' };
}

export const selectTopView = (state: ClusterState) => state.stack[state.stack.length - 1];
export const selectMarks = (state: ClusterState) => state.marks;
export const selectMode = (state: ClusterState) => state.mode;
export const selectNow = (state: ClusterState) => state.now;
