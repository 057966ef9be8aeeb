// A table's rows: its objects (scoped to a parent: a Deployment, ReplicaSet, Service, CronJob…), sorted, rendered, filtered.
// Derived once per change of their inputs, and after a watch burst only where the burst reached:
// the Deployments table re-derives the Deployments whose pods changed, not all 1,000, and :pods
// the 1,000 pods replaced, not all 5,000.
import { objectsOfKind } from '../domain/kinds.js';
import { matchesSelector } from '../domain/labels.js';
import { controllerOf } from '../domain/replicasets.js';
import type { Job, KubeObject, Pod, Service } from '../domain/resources.js';
import { latestPodUsage, nodeUsage, summedUsage } from '../render/usageCells.js';
import { createdAt } from '../render/cells.js';
import { eventTime, type IndexedSnapshot } from '../render/clusterIndex.js';
import { LISTS, listRenderer } from '../render/registry.js';
import { compileRowFilter } from '../render/rowFilter.js';
import { positionsOf, samePositions } from '../render/listPositions.js';
import { deltaOf, recordReplacements, replacedSince } from '../render/mapDeltas.js';
import { NO_ROWS } from '../render/changedRows.js';
import { sameItems } from '../render/sameItems.js';
import { memoSlot, type Memo } from '../domain/memo.js';
import { isWorkload, isWorkloadKind, podGroupingOf, WORKLOAD_KINDS } from '../domain/workloads.js';
import { problemOf, problemsChangedOf, type Renderer, type Row } from '../render/types.js';
import type { ClusterState, PaneKind, Scope, TableState } from './types.js';
import { podsOfEndpoints } from './endpointPods.js';
import { cursorIndexOf, selectSnapshot, selectTableState } from './selectors.js';

export interface TableRows {
  rows: Row[];
  /** Objects in the same order as rows. */
  objects: KubeObject[];
  /** Rows before filter and problems-only narrowed them. */
  total: number;
  /** The earliest changesAt of the rows shown: until then the clock changes nothing on screen. */
  changesAt: number;
  /** The earliest changesAt of the rows the filter or problems-only hides (one may join the table). */
  hiddenChangesAt: number;
}

const NONE: readonly KubeObject[] = [];

/**
 * The list's objects: all of its kind, or the children of the scope object. A Deployment's pods
 * are those of its ReplicaSets; any other controller's (a ReplicaSet's) are the
 * pods naming it as controller. A pairing with no lookup lists nothing, never another kind's data.
 */
function scopedObjects(snapshot: IndexedSnapshot, pane: PaneKind, scope: Scope | undefined): readonly KubeObject[] {
  const kind = LISTS[pane].kind;
  if (!scope) return objectsOfKind(snapshot, kind);
  if (kind === 'ReplicaSet' && scope.kind === 'Deployment') return snapshot.replicaSetsByDeployment.get(scope.uid) ?? NONE;
  if (kind === 'Pod' && scope.kind === 'Deployment') return snapshot.podsByDeployment.get(scope.uid) ?? NONE;
  if (kind === 'Pod' && scope.kind === 'Service') return podsOfService(snapshot, scope.uid);
  if (kind === 'Pod' && scope.kind === 'Node') return podsOnNode(snapshot.memo, snapshot.pods, scope.name);
  if (kind === 'Pod' && (scope.kind === 'EndpointSlice' || scope.kind === 'Endpoints')) return podsOfEndpoints(snapshot, scope.kind, scope.uid);
  if (kind === 'Pod') return snapshot.podsByReplicaSet.get(scope.uid) ?? NONE;
  if (kind === 'Job' && scope.kind === 'CronJob') return jobsOfCronJob(snapshot, scope.uid);
  return NONE;
}

// Kept per list array (and per service object), so a scoped list keeps its identity, and its
// sorted order, until the pods or jobs change.
const SERVICE_PODS = memoSlot<readonly Pod[], WeakMap<Service, readonly Pod[]>>('pods by service');
const CRONJOB_JOBS = memoSlot<readonly Job[], Map<string, readonly Job[]>>('jobs by cronjob');

/** The pods a Service selects (as its endpoints would): none when it has no selector, never all. */
function podsOfService(snapshot: IndexedSnapshot, uid: string): readonly Pod[] {
  const service = snapshot.services.find((svc) => svc.metadata.uid === uid);
  const selector = service?.spec.selector;
  if (!service || !selector || Object.keys(selector).length === 0) return [];
  const byService = snapshot.memo.of(SERVICE_PODS);
  let cache = byService.get(snapshot.pods);
  if (!cache) byService.set(snapshot.pods, (cache = new WeakMap()));
  let pods = cache.get(service);
  if (!pods) cache.set(service, (pods = snapshot.pods.filter((pod) => matchesSelector(pod.metadata.labels, selector))));
  return pods;
}

function jobsOfCronJob(snapshot: IndexedSnapshot, uid: string): readonly Job[] {
  const all = snapshot.jobs ?? [];
  const byCronJob = snapshot.memo.of(CRONJOB_JOBS);
  let cache = byCronJob.get(all);
  if (!cache) byCronJob.set(all, (cache = new Map()));
  let jobs = cache.get(uid);
  if (!jobs) cache.set(uid, (jobs = all.filter((job) => controllerOf(job)?.uid === uid)));
  return jobs;
}

// A node's pods are those the scheduler bound to it (spec.nodeName), grouped once per pod list.
const PODS_BY_NODE = memoSlot<readonly Pod[], ReadonlyMap<string, Pod[]>>('pods by node');

function podsOnNode(memo: Memo, pods: readonly Pod[], node: string): readonly Pod[] {
  const cache = memo.of(PODS_BY_NODE);
  let byNode = cache.get(pods);
  if (!byNode) {
    const grouped = new Map<string, Pod[]>();
    for (const pod of pods) {
      const name = pod.spec.nodeName;
      if (name === undefined) continue;
      const list = grouped.get(name);
      if (list) list.push(pod);
      else grouped.set(name, [pod]);
    }
    cache.set(pods, (byNode = grouped));
  }
  return byNode.get(node) ?? (NONE as readonly Pod[]);
}

const objectTime = (obj: KubeObject): number => (obj.kind === 'Event' ? eventTime(obj) : createdAt(obj));

type Compare = (a: KubeObject, b: KubeObject) => number;

/** An object's usage to sort by (CPU or memory), for the kinds that show it; undefined otherwise. */
function usageOf(snapshot: IndexedSnapshot, obj: KubeObject, by: 'cpu' | 'mem'): number | undefined {
  let usage: { cpuNanocores: number; memoryBytes: number } | undefined;
  if (obj.kind === 'Pod') usage = latestPodUsage(snapshot.metrics, obj);
  else if (isWorkload(obj)) usage = summedUsage(snapshot.metrics, podGroupingOf(snapshot, obj.kind).get(obj.metadata.uid));
  else if (obj.kind === 'Node') usage = nodeUsage(obj, snapshot)?.usage;
  return usage && (by === 'cpu' ? usage.cpuNanocores : usage.memoryBytes);
}

/** Kinds a usage sort applies to; the others keep their order. */
export const USAGE_SORTED_KINDS: ReadonlySet<string> = new Set(['Pod', ...WORKLOAD_KINDS, 'Node']);

function compareFor(pane: PaneKind, renderer: Renderer, sort: TableState['sort'], snapshot: IndexedSnapshot): Compare {
  if (sort?.by === 'name') return (a, b) => a.metadata.name.localeCompare(b.metadata.name);
  if (sort?.by === 'age') return (a, b) => objectTime(b) - objectTime(a);
  if ((sort?.by === 'cpu' || sort?.by === 'mem') && USAGE_SORTED_KINDS.has(LISTS[pane].kind)) {
    const by = sort.by;
    // Each object's usage is its sort key, read once (a lookup by pod name, a workload's sum), not
    // once per comparison: 5,000 pods sort in ~60k comparisons.
    const keys = new Map<KubeObject, number>();
    const keyOf = (obj: KubeObject): number => {
      let key = keys.get(obj);
      if (key === undefined) keys.set(obj, (key = usageOf(snapshot, obj, by) ?? -1));
      return key;
    };
    // Ascending with no reading first: the default descending order puts the biggest on top, n/a last.
    return (a, b) => keyOf(a) - keyOf(b) || a.metadata.name.localeCompare(b.metadata.name);
  }
  return renderer.compare;
}

// An order depends only on the objects (compare reads nothing else), so it is kept per list array:
// a pod burst leaves the Deployments array as it was, and the 1,000 Deployments are not sorted
// again; a list patched in place (5,000 pods, 1,000 replaced) patches its order the same way.
const SORTED_ORDERS = memoSlot<readonly KubeObject[], Map<string, KubeObject[]>>('sorted orders');

function sortedObjects(snapshot: IndexedSnapshot, objects: readonly KubeObject[], pane: PaneKind, renderer: Renderer, sort: TableState['sort']): KubeObject[] {
  const memo = snapshot.memo;
  const byUsage = sort?.by === 'cpu' || sort?.by === 'mem';
  const base = `${pane}:${renderer === LISTS[pane].renderer ? '' : 'all:'}${sort?.by ?? 'default'}:${sort?.descending ? 'desc' : 'asc'}`;
  // A usage order holds for one reading of the metrics only.
  const key = byUsage ? `${base}:${snapshot.metrics?.version ?? 0}` : base;
  const sortedOrders = memo.of(SORTED_ORDERS);
  let orders = sortedOrders.get(objects);
  const known = orders?.get(key);
  // A workload's usage is its pods' sum: a pod added or gone changes it with the same metrics.
  const grouping = byUsage ? usageGrouping(snapshot, LISTS[pane].kind) : NO_GROUPING;
  if (known && (!byUsage || memo.of(USAGE_ORDER_GROUPING).get(known) === grouping)) return known;
  if (byUsage && orders) for (const old of [...orders.keys()]) if (old.startsWith(`${base}:`)) orders.delete(old);
  const compare = compareFor(pane, renderer, sort, snapshot);
  let sorted = byUsage ? undefined : patchedOrder(memo, sortedOrders, objects, key, compare);
  if (!sorted) {
    sorted = [...objects].sort(compare);
    if (sort?.descending) sorted.reverse();
  }
  if (!orders) sortedOrders.set(objects, (orders = new Map()));
  orders.set(key, sorted);
  if (byUsage) memo.of(USAGE_ORDER_GROUPING).set(sorted, grouping);
  return sorted;
}

// The pod grouping a usage order of workloads was sorted with (NO_GROUPING for pods and nodes).
const USAGE_ORDER_GROUPING = memoSlot<readonly KubeObject[], object>('usage order grouping');
const NO_GROUPING = {};

function usageGrouping(snapshot: IndexedSnapshot, kind: string): object {
  return isWorkloadKind(kind) ? podGroupingOf(snapshot, kind) : NO_GROUPING;
}

/**
 * The order of the list `objects` was patched from, with the replaced objects put in the places of
 * the ones they replace: what sorting gives when each compares equal to the one it replaces (the
 * sort is stable and the list kept its order). Undefined when that is not known or not so.
 */
function patchedOrder(memo: Memo, sortedOrders: WeakMap<readonly KubeObject[], Map<string, KubeObject[]>>, objects: readonly KubeObject[], key: string, compare: Compare): KubeObject[] | undefined {
  const delta = deltaOf(memo, objects);
  const previous = delta && sortedOrders.get(delta.previous)?.get(key);
  if (!delta || !previous) return undefined;
  const inOrder = positionsOf(memo, previous);
  const inList = positionsOf(memo, objects);
  const sorted = previous.slice();
  for (const uid of delta.replaced) {
    const at = inOrder.get(uid);
    const object = objects[inList.get(uid) ?? -1];
    if (at === undefined || object === undefined || compare(sorted[at], object) !== 0) return undefined;
    sorted[at] = object;
  }
  samePositions(memo, previous, sorted);
  recordReplacements(memo, previous, sorted, delta.replaced);
  return sorted;
}

// Whether a row passed a filter, per row object: rows of unchanged objects are the same objects
// after a burst, so a filtered list tests only the new ones (joining and matching 5,000 rows' cells
// was most of a filtered :pods list's burst). A row belongs to one object, whose labels it reflects.
const FILTER_RESULTS = memoSlot<Row, { filter: string; kept: boolean }>('filter results');

type Keep = (row: Row, obj: KubeObject) => boolean;

/** Whether a row stays in the table under its filter and problems-only toggle. */
function keeper(memo: Memo, filter: string, problemsOnly: boolean): Keep {
  const matches = compileRowFilter(filter);
  const filterResults = memo.of(FILTER_RESULTS);
  return (row, obj) => {
    if (problemsOnly && !row.problem) return false;
    if (filter === '') return true;
    const known = filterResults.get(row);
    if (known?.filter === filter) return known.kept;
    const kept = matches(row, obj.metadata.labels);
    filterResults.set(row, { filter, kept });
    return kept;
  };
}

function rowsOf(snapshot: IndexedSnapshot, renderer: Renderer, objects: readonly KubeObject[], keep: Keep): TableRows {
  const rows: Row[] = [];
  const kept: KubeObject[] = [];
  let changesAt = Infinity;
  let hiddenChangesAt = Infinity;
  for (const obj of objects) {
    const row = renderer.toRow(obj, snapshot, snapshot.now);
    if (!keep(row, obj)) {
      hiddenChangesAt = Math.min(hiddenChangesAt, row.changesAt ?? Infinity);
      continue;
    }
    changesAt = Math.min(changesAt, row.changesAt ?? Infinity);
    rows.push(row);
    kept.push(obj);
  }
  return { rows, objects: kept, total: objects.length, changesAt, hiddenChangesAt };
}

const earliestChange = (rows: readonly Row[]): number => {
  let at = Infinity;
  for (const row of rows) if (row.changesAt !== undefined && row.changesAt < at) at = row.changesAt;
  return at;
};

export function deriveTableRows(
  snapshot: IndexedSnapshot,
  pane: PaneKind,
  scope: Scope | undefined,
  filter: string,
  sort: TableState['sort'],
  problemsOnly: boolean,
  allNamespaces = false,
): TableRows {
  const renderer = listRenderer(pane, allNamespaces);
  return rowsOf(snapshot, renderer, sortedObjects(snapshot, scopedObjects(snapshot, pane, scope), pane, renderer, sort), keeper(snapshot.memo, filter, problemsOnly));
}

/**
 * The previous result for `sorted` (the previous order or one patched from it) with the rows of
 * `changed` objects derived again in place. Undefined when one of them joins or leaves the table
 * (its filter or problems-only now reads otherwise), and the table is derived whole; the previous
 * result itself when nothing came out different.
 */
function patchRows(previous: TableRows, sorted: readonly KubeObject[], snapshot: IndexedSnapshot, renderer: Renderer, changed: Iterable<string>, keep: Keep): TableRows | undefined {
  const inOrder = positionsOf(snapshot.memo, sorted);
  const inTable = positionsOf(snapshot.memo, previous.objects);
  let rows: Row[] | undefined;
  let objects: KubeObject[] | undefined;
  let hiddenChangesAt = previous.hiddenChangesAt;
  for (const uid of changed) {
    const at = inOrder.get(uid);
    if (at === undefined) continue;
    const obj = sorted[at];
    const row = renderer.toRow(obj, snapshot, snapshot.now);
    const i = inTable.get(uid);
    if ((i !== undefined) !== keep(row, obj)) return undefined;
    if (i === undefined) {
      hiddenChangesAt = Math.min(hiddenChangesAt, row.changesAt ?? Infinity);
      continue;
    }
    if (row !== previous.rows[i]) (rows ??= previous.rows.slice())[i] = row;
    if (obj !== previous.objects[i]) (objects ??= previous.objects.slice())[i] = obj;
  }
  if (!rows && !objects) return hiddenChangesAt === previous.hiddenChangesAt ? previous : { ...previous, hiddenChangesAt };
  if (objects) samePositions(snapshot.memo, previous.objects, objects);
  return {
    rows: rows ?? previous.rows,
    objects: objects ?? previous.objects,
    total: previous.total,
    changesAt: rows ? earliestChange(rows) : previous.changesAt,
    hiddenChangesAt,
  };
}

/**
 * The rows the clock moving from `before` to `now` may change: those whose changesAt it reached.
 * Undefined (derive every row) when the clock went back or a hidden row's time came.
 */
function rowsDueAt(result: TableRows, before: number, now: number): ReadonlySet<string> | undefined {
  if (now === before) return NO_ROWS;
  if (now < before || result.hiddenChangesAt <= now) return undefined;
  if (result.changesAt > now) return NO_ROWS;
  const due = new Set<string>();
  for (const row of result.rows) if (row.changesAt !== undefined && row.changesAt <= now) due.add(row.uid);
  return due;
}

/** The uids whose rows may differ from the previous derivation's, when that can be told. */
function changedSince(last: Derived, previous: TableRows, snapshot: IndexedSnapshot, sorted: KubeObject[], renderer: Renderer): Iterable<string> | undefined {
  const fromObjects = renderer.changedRows?.(last.snapshot, snapshot);
  const fromClock = rowsDueAt(previous, last.snapshot.now, snapshot.now);
  if (!fromObjects || !fromClock) return undefined;
  const fromRenderer = fromClock.size === 0 ? fromObjects : fromObjects.size === 0 ? fromClock : new Set([...fromObjects, ...fromClock]);
  if (sorted === last.sorted) return fromRenderer;
  // The order was patched from the last one: the replaced objects' rows change too.
  const replaced = replacedSince(snapshot.memo, last.sorted, sorted);
  if (!replaced) return undefined;
  return fromRenderer.size === 0 ? replaced : new Set([...replaced, ...fromRenderer]);
}

interface Derived {
  snapshot: IndexedSnapshot;
  renderer: Renderer;
  sorted: KubeObject[];
  filter: string;
  sort: TableState['sort'];
  problemsOnly: boolean;
  result: TableOrder;
  /** The result with every row, when a filter or problems-only chose the objects by their rows. */
  derived?: TableRows;
}

/**
 * A table as a view holds it: its objects in order, and how many there were before a filter or
 * problems-only narrowed them. Its rows are derived per window (makeWindowRowsSelector): only the
 * rows that can be on screen are rendered, so a burst that replaces 1,000 Deployments' pods, or a
 * scrape that changes 5,000 pods' readings, derives the ~50 rows shown.
 */
export interface TableOrder {
  objects: readonly KubeObject[];
  total: number;
  /** The earliest changesAt of the rows the filter or problems-only hides (one may join the table); Infinity without either. */
  hiddenChangesAt: number;
}

/**
 * An order selector for one table; create one per mounted table (useMemo). Without a filter or
 * problems-only the objects are the sorted list itself (sorting reads keys, never rows), kept as
 * the same result while that list is the same: a pod burst leaves the Deployments' order as it
 * was. A filter or problems-only decides membership by rows, so those tables derive every row, and
 * after a burst that the renderer can trace to some objects, only their rows are derived again.
 */
export function makeTableRowsSelector(pane: PaneKind, key: string, scope: Scope | undefined) {
  let last: Derived | undefined;
  return (state: ClusterState): TableOrder => {
    const { filter, sort, problemsOnly = false } = selectTableState(state, key);
    const snapshot = selectSnapshot(state);
    const renderer = listRenderer(pane, state.cluster.allNamespaces === true);
    const sameView = last !== undefined && last.filter === filter && last.sort === sort && last.problemsOnly === problemsOnly && last.renderer === renderer;
    if (sameView && last!.snapshot === snapshot) return last!.result;
    const sorted = sortedObjects(snapshot, scopedObjects(snapshot, pane, scope), pane, renderer, sort);
    if (filter === '' && !problemsOnly) {
      const result = sameView && last!.sorted === sorted ? last!.result : { objects: sorted, total: sorted.length, hiddenChangesAt: Infinity };
      last = { snapshot, renderer, sorted, filter, sort, problemsOnly, result };
      return result;
    }
    const keep = keeper(snapshot.memo, filter, problemsOnly);
    const previous = sameView ? last!.derived : undefined;
    let result: TableRows | undefined;
    if (previous) {
      const changed = changedSince(last!, previous, snapshot, sorted, renderer);
      if (changed) result = patchRows(previous, sorted, snapshot, renderer, changed, keep);
    }
    if (!result) {
      result = rowsOf(snapshot, renderer, sorted, keep);
      if (previous && result.total === previous.total && sameItems(result.rows, previous.rows) && sameItems(result.objects, previous.objects)) {
        // The same table: kept as the same object (nothing re-renders), with the hidden rows' time.
        previous.hiddenChangesAt = result.hiddenChangesAt;
        result = previous;
      }
    }
    last = { snapshot, renderer, sorted, filter, sort, problemsOnly, result, derived: result };
    return result;
  };
}

/**
 * A window-rows selector for one table (useMemo, like its order selector): the rows of
 * objects[start, end) at the state's snapshot and clock. A row of the last window is kept while
 * its object is the same, the renderer cannot name it among the changed rows and the clock has not
 * reached its changesAt (as a whole table's rows were patched); any other is derived, which costs
 * only the window's rows. The same array comes back while every row is the same object, so the
 * table is not drawn again.
 */
export function makeWindowRowsSelector(pane: PaneKind) {
  let last: Row[] = [];
  let lastSnapshot: IndexedSnapshot | undefined;
  let lastRenderer: Renderer | undefined;
  let known = new Map<string, WindowRow>();
  return (state: ClusterState, objects: readonly KubeObject[], start: number, end: number): Row[] => {
    const snapshot = selectSnapshot(state);
    const renderer = listRenderer(pane, state.cluster.allNamespaces === true);
    const now = snapshot.now;
    let changed: ReadonlySet<string> | undefined;
    if (renderer === lastRenderer && lastSnapshot !== undefined) changed = snapshot === lastSnapshot ? NO_ROWS : renderer.changedRows?.(lastSnapshot, snapshot);
    const next = new Map<string, WindowRow>();
    const rows: Row[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, objects.length); i++) {
      const obj = objects[i];
      const uid = obj.metadata.uid;
      let entry = changed && known.get(uid);
      if (!entry || entry.obj !== obj || changed!.has(uid) || now < entry.now || now >= (entry.row.changesAt ?? Infinity)) {
        entry = { obj, row: renderer.toRow(obj, snapshot, now), now };
      }
      next.set(uid, entry);
      rows.push(entry.row);
    }
    known = next;
    lastSnapshot = snapshot;
    lastRenderer = renderer;
    if (sameItems(rows, last)) return last;
    return (last = rows);
  };
}

interface WindowRow {
  obj: KubeObject;
  row: Row;
  /** The clock it was derived at. */
  now: number;
}

/**
 * A cursor selector for one table (useMemo): the cursor's index in `objects` (cursorIndexOf). A
 * pods table's cursor lands on the first problem row until the user moves it; that scan reads
 * 5,000 rows' problem, so it is kept while the objects, the clock and every row's problem are the
 * same (a scrape changes usage cells, never a problem).
 */
export function makeCursorSelector(pane: PaneKind, key: string) {
  let scanned: { objects: readonly KubeObject[]; snapshot: IndexedSnapshot; renderer: Renderer; first: number } | undefined;
  return (state: ClusterState, objects: readonly KubeObject[]): number => {
    const snapshot = selectSnapshot(state);
    const renderer = listRenderer(pane, state.cluster.allNamespaces === true);
    const firstProblem = (): number => {
      if (scanned && scanned.objects === objects && scanned.renderer === renderer && scanned.snapshot.now === snapshot.now) {
        const changed = scanned.snapshot === snapshot ? NO_ROWS : problemsChangedOf(renderer, scanned.snapshot, snapshot);
        if (changed?.size === 0) {
          scanned.snapshot = snapshot;
          return scanned.first;
        }
      }
      let first = -1;
      for (let i = 0; i < objects.length && first < 0; i++) if (problemOf(renderer, objects[i], snapshot, snapshot.now)) first = i;
      scanned = { objects, snapshot, renderer, first };
      return first;
    };
    return cursorIndexOf(pane, objects, selectTableState(state, key), firstProblem);
  };
}
