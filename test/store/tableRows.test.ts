import { describe, expect, it } from 'vitest';
import { REVISION_ANNOTATION, type KubeObject, type Pod } from '../../src/domain/resources.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { LISTS, type ListKind } from '../../src/render/registry.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { deriveTableRows, makeTableRowsSelector } from '../../src/store/tableRows.js';
import { cursorIndexFor } from '../../src/store/selectors.js';
import { EMPTY_TABLE } from '../../src/store/viewMutators.js';
import { tableView, type TableView } from './tableView.js';
import type { Row } from '../../src/render/types.js';
import type { ClusterState, ResourceChange, Scope, TableState } from '../../src/store/types.js';
import { DAY, deployment, HOUR, MIN, NOW, pod, replicaSet } from '../render/objectBuilders.js';

// Cells by header: the usage columns sit between a kind's own columns.
const deployCell = (header: string): number => LISTS.deploy.renderer.columns.findIndex((column) => column.header === header);
const [AGE, STATUS] = [deployCell('AGE'), deployCell('STATUS')];

// The follower patches rows after a burst; whatever the changes, it must read exactly as rows
// derived from scratch out of a freshly built index (with cloned objects, so no cache is shared).
function fromScratch(state: ClusterState, pane: ListKind, scope: Scope | undefined, filter: string, sort: TableState['sort'], problemsOnly: boolean) {
  const clone = <T extends KubeObject>(map: ReadonlyMap<string, T>) => [...map.values()].map((obj) => structuredClone(obj));
  const { resources } = state;
  const snapshot = indexSnapshot({
    namespace: 'kilo-guardian',
    now: state.now,
    deployments: clone(resources.Deployment),
    replicaSets: clone(resources.ReplicaSet),
    pods: clone(resources.Pod),
    services: [],
    events: [],
  });
  const derived = deriveTableRows(snapshot, pane, scope, filter, sort, problemsOnly);
  return { rows: derived.rows, uids: derived.objects.map((obj) => obj.metadata.uid), total: derived.total };
}

// A deterministic pseudo-random sequence, so a failure replays.
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return (state >>> 8) % n; // an LCG's low bits repeat with a short period
  };
}

const SEC = 1000;
const CLOCK_STEPS = [SEC, 7 * SEC, 50 * SEC, 3 * MIN, 7 * MIN, 50 * MIN, 5 * HOUR, 20 * HOUR, 2 * DAY];

describe('table rows across bursts', () => {
  it('read as rows derived from scratch after each of 240 random changes and clock moves, in every table', () => {
    // Ages in every format kubectl has (45s, 4m10s, 1h30m, 3d) and a rollout four minutes from its
    // progress deadline, so moving the clock changes AGE cells and, past the deadline, a STATUS.
    const ages = [20 * SEC, 5 * MIN, 2 * HOUR, 3 * DAY];
    const deployments = ['kilo-meds', 'kilo-cam', 'kilo-api', 'kilo-ui'].map((name, i) => deployment(name, { replicas: 2, revision: 2, age: ages[i] }));
    const replicaSets = deployments.flatMap((dep, i) => [
      replicaSet(dep, 1, { replicas: 0, age: ages[i] }),
      // kilo-cam's new ReplicaSet has one of two replicas available: Progressing until its deadline.
      replicaSet(dep, 2, { replicas: 2, ready: dep.metadata.name === 'kilo-cam' ? 1 : 2, age: i === 1 ? 4 * MIN : ages[i] / 2 }),
    ]);
    let pods = replicaSets.filter((_, i) => i % 2 === 1).flatMap((rs, i) => [pod(rs, { age: ages[i] / 4 }), pod(rs, { age: 3 * SEC })]);
    const store = createClusterStore({ now: NOW });
    store.getState().mutators.applyChanges([
      { type: 'sync', kind: 'Deployment', items: deployments },
      { type: 'sync', kind: 'ReplicaSet', items: replicaSets },
      { type: 'sync', kind: 'Pod', items: pods },
    ]);
    const tables: { pane: ListKind; scope?: Scope; sort?: ('name' | 'age')[]; filter?: string; problemsOnly?: boolean }[] = [
      { pane: 'deploy' },
      { pane: 'rs' },
      { pane: 'pods' },
      { pane: 'pods', sort: ['name', 'name'] },
      { pane: 'pods', sort: ['age'] },
      { pane: 'rs', sort: ['age', 'age'] },
      { pane: 'pods', filter: 'kilo-(meds|cam)' },
      { pane: 'pods', filter: '-l app=kilo-api' },
      { pane: 'pods', problemsOnly: true },
      { pane: 'deploy', problemsOnly: true },
      { pane: 'rs', scope: { kind: 'Deployment', uid: deployments[0].metadata.uid, name: 'kilo-meds' } },
      { pane: 'pods', scope: { kind: 'Deployment', uid: deployments[1].metadata.uid, name: 'kilo-cam' } },
    ];
    const selectors = tables.map(({ pane, scope, sort, filter, problemsOnly }, i) => {
      for (const by of sort ?? []) store.getState().mutators.toggleSort(`t${i}`, by);
      if (filter) store.getState().mutators.setFilter(`t${i}`, filter);
      if (problemsOnly) store.getState().mutators.toggleProblemsOnly(`t${i}`);
      return { pane, scope, key: `t${i}`, select: tableView(pane, `t${i}`, scope), window: { start: 0, size: 3 } };
    });
    const next = random(7);
    const restarted = (p: Pod, crash: boolean): Pod => ({
      ...p,
      status: { ...p.status, containerStatuses: [{ name: 'c', image: 'i', ready: !crash, restartCount: next(9), state: crash ? { waiting: { reason: 'CrashLoopBackOff' } } : { running: {} } }] },
    });
    const seenCells = new Set<string>();
    for (let step = 0; step < 240; step++) {
      const mutators = store.getState().mutators;
      const choice = next(10);
      if (choice < 6) {
        // A burst of replacements, the common case the follower patches.
        const burst: ResourceChange[] = Array.from({ length: 1 + next(4) }, () => ({ type: 'MODIFIED', kind: 'Pod', object: restarted(pods[next(pods.length)], next(3) === 0) }));
        mutators.applyChanges(burst);
      } else if (choice === 6) {
        const added = pod(replicaSets[1 + 2 * next(4)]);
        pods = [...pods, added];
        mutators.applyChanges([{ type: 'ADDED', kind: 'Pod', object: added }]);
      } else if (choice === 7 && pods.length > 2) {
        const [gone] = pods.splice(next(pods.length), 1);
        mutators.applyChanges([{ type: 'DELETED', kind: 'Pod', object: gone }]);
      } else if (choice === 8) {
        // Steps from a second to days cross every age format's boundaries (s → m → h → d) and
        // kilo-cam's progress deadline (600 s after its new ReplicaSet).
        mutators.setNow(store.getState().now + CLOCK_STEPS[next(CLOCK_STEPS.length)]);
      } else if (next(2) === 0) {
        // A ReplicaSet whose revision changes (rollout undo) moves in the ReplicaSets' default order.
        const rs = [...store.getState().resources.ReplicaSet.values()][next(8)];
        mutators.applyChanges([{ type: 'MODIFIED', kind: 'ReplicaSet', object: { ...rs, metadata: { ...rs.metadata, annotations: { [REVISION_ANNOTATION]: String(1 + next(5)) } } } }]);
      } else {
        const dep = [...store.getState().resources.Deployment.values()][next(4)];
        mutators.applyChanges([{ type: 'MODIFIED', kind: 'Deployment', object: { ...dep, spec: { ...dep.spec, replicas: next(3) } } }]);
      }
      pods = [...store.getState().resources.Pod.values()];
      for (const { pane, scope, key, select, window } of selectors) {
        moveWindow(window, next, pods.length);
        if (next(8) === 0) moveCursor(store, key, pane, scope, next);
        const result = select(store.getState(), window.start, window.size);
        if (pane === 'deploy' && !scope) for (const row of result.rows) seenCells.add(`${row.cells[AGE]} ${row.cells[STATUS]}`);
        const table = store.getState().tables[key];
        const expected = fromScratch(store.getState(), pane, scope, table?.filter ?? '', table?.sort, table?.problemsOnly ?? false);
        expect(viewed(result, window), `step ${step} ${pane}`).toEqual(inWindow(expected, window, pane, table));
      }
    }
    // The sequence did what it is for: ages were shown in each format, and a rollout went stuck by its deadline.
    const seen = [...seenCells];
    for (const format of [/^\d+s /, /^\d+m(\d+s)? /, /^\d+h(\d+m)? /, /^\d+d(\d+h)? /]) expect(seen.some((cell) => format.test(cell)), String(format)).toBe(true);
    expect(seen.some((cell) => cell.includes('ProgressDeadlineExceeded'))).toBe(true);
  }, 120_000);

  /** n Deployments named app-0…, one ReplicaSet and one running pod each, synced into a new store. */
  function storeOfDeployments(n: number) {
    const deployments = Array.from({ length: n }, (_, i) => deployment(`app-${String(i).padStart(String(n).length, '0')}`));
    const replicaSets = deployments.map((dep) => replicaSet(dep, 1));
    const pods = replicaSets.map((rs) => pod(rs));
    const store = createClusterStore({ now: NOW });
    store.getState().mutators.applyChanges([
      { type: 'sync', kind: 'Deployment', items: deployments },
      { type: 'sync', kind: 'ReplicaSet', items: replicaSets },
      { type: 'sync', kind: 'Pod', items: pods },
    ]);
    return { store, replicaSets, pods };
  }

  it('derive only the Deployments whose pods a burst replaced, and keep every other row object', () => {
    const { store, replicaSets, pods } = storeOfDeployments(50);
    const order = makeTableRowsSelector('deploy', 'deploy', undefined);
    const select = tableView('deploy', 'deploy');
    const before = select(store.getState());
    const beforeOrder = order(store.getState());
    const crashing = { ...pod(replicaSets[7], { waiting: 'CrashLoopBackOff', restarts: 4 }), metadata: pods[7].metadata };
    store.getState().mutators.applyChanges([{ type: 'MODIFIED', kind: 'Pod', object: crashing }]);
    // The order is the same result: a view holding it is not drawn again for the burst.
    expect(order(store.getState())).toBe(beforeOrder);
    const after = select(store.getState());
    expect(after.objects).toBe(before.objects);
    expect(after.rows[7].cells[STATUS]).toBe('Stuck: CrashLoopBackOff');
    expect(after.rows.filter((row, i) => row !== before.rows[i])).toEqual([after.rows[7]]);
  });

  it('derive the rows of the window only: a burst over 1,000 Deployments derives the rows shown', () => {
    const { store, replicaSets, pods } = storeOfDeployments(1000);
    const select = tableView('deploy', 'deploy');
    select(store.getState(), 0, 30);
    const derived = new Set<string>();
    const toRow = LISTS.deploy.renderer.toRow;
    LISTS.deploy.renderer.toRow = (obj, snapshot, now) => (derived.add(obj.metadata.uid), toRow(obj, snapshot, now));
    try {
      store.getState().mutators.applyChanges(pods.map((p) => ({ type: 'MODIFIED', kind: 'Pod', object: { ...pod(replicaSets[0], { waiting: 'CrashLoopBackOff' }), metadata: p.metadata } }) as ResourceChange));
      const after = select(store.getState(), 0, 30);
      expect(after.rows.map((row) => row.cells[STATUS])).toEqual(Array(30).fill('Stuck: CrashLoopBackOff'));
      expect(derived.size).toBe(30);
    } finally {
      LISTS.deploy.renderer.toRow = toRow;
    }
  });

  it('patch the :pods order and rows at the pods a burst replaced', () => {
    const rs = replicaSet(deployment('kilo-meds', { replicas: 40 }), 1, { replicas: 40 });
    const pods = Array.from({ length: 40 }, () => pod(rs));
    const store = createClusterStore({ now: NOW });
    store.getState().mutators.applyChanges([{ type: 'sync', kind: 'Pod', items: pods }]);
    const select = tableView('pods', 'pods');
    const before = select(store.getState());
    const crashing = { ...pod(rs, { waiting: 'CrashLoopBackOff', restarts: 4 }), metadata: pods[3].metadata };
    store.getState().mutators.applyChanges([{ type: 'MODIFIED', kind: 'Pod', object: crashing }]);
    const after = select(store.getState());
    const at = after.objects.indexOf(crashing);
    expect(at).toBe(before.objects.indexOf(pods[3]));
    expect(after.rows[at].cells[2]).toBe('CrashLoopBackOff');
    expect(after.rows.filter((row, i) => row !== before.rows[i])).toEqual([after.rows[at]]);
  });
});

describe('table rows with usage across scrapes and bursts', () => {
  it('read as rows derived from scratch (metrics cloned, no cache shared) after each of 200 random scrapes, bursts and limit changes', () => {
    const MI = 2 ** 20;
    const deployments = ['kilo-meds', 'kilo-cam', 'kilo-api'].map((name) => deployment(name, { replicas: 3 }));
    const replicaSets = deployments.map((dep) => replicaSet(dep, 1, { replicas: 3 }));
    const initial = replicaSets.flatMap((rs) => [pod(rs), pod(rs), pod(rs)]);
    const store = createClusterStore({ now: NOW });
    store.getState().mutators.applyChanges([
      { type: 'sync', kind: 'Deployment', items: deployments },
      { type: 'sync', kind: 'ReplicaSet', items: replicaSets },
      { type: 'sync', kind: 'Pod', items: initial },
    ]);
    const tables: { pane: ListKind; scope?: Scope; sort?: ('cpu' | 'mem')[]; filter?: string }[] = [
      { pane: 'pods' },
      { pane: 'deploy' },
      { pane: 'pods', sort: ['cpu'] },
      { pane: 'pods', sort: ['mem', 'mem'] },
      { pane: 'deploy', sort: ['mem'] },
      { pane: 'deploy', sort: ['cpu', 'cpu'] },
      { pane: 'pods', filter: 'Mi' },
      { pane: 'pods', filter: '[1-9]m ' },
      { pane: 'pods', scope: { kind: 'Deployment', uid: deployments[1].metadata.uid, name: 'kilo-cam' } },
    ];
    const selectors = tables.map(({ pane, scope, sort, filter }, i) => {
      for (const by of sort ?? []) store.getState().mutators.toggleSort(`u${i}`, by);
      if (filter) store.getState().mutators.setFilter(`u${i}`, filter);
      return { pane, scope, key: `u${i}`, select: tableView(pane, `u${i}`, scope), window: { start: 0, size: 2 } };
    });
    const next = random(23);
    const limits = [undefined, { limits: { memory: '512Mi', cpu: '200m' }, requests: { memory: '128Mi', cpu: '50m' } }, { limits: { memory: '1Gi' } }];
    const seen = new Set<string>();
    for (let step = 0; step < 200; step++) {
      const { mutators, resources, now } = store.getState();
      const pods = [...resources.Pod.values()];
      const choice = next(7);
      if (choice === 6) {
        // The clock alone: AGE cells cross a unit (s → m → h → d) in rows shown and not shown.
        mutators.setNow(now + CLOCK_STEPS[next(CLOCK_STEPS.length)]);
      } else if (choice < 3) {
        // A scrape of most pods; some keep their last reading (the same scrape, or an equal text).
        const at = now + step * 15_000;
        mutators.applyMetrics({
          now: at,
          pods: pods.filter(() => next(6) > 0).map((p) => {
            const cpuNanocores = next(3) === 0 ? 5e6 : (1 + next(400)) * 1e6;
            const memoryBytes = (next(3) === 0 ? 300 : 1 + next(1000)) * MI;
            return { name: p.metadata.name, namespace: p.metadata.namespace, timestamp: next(4) === 0 ? now : at, windowMs: 15_000, cpuNanocores, memoryBytes, containers: [{ name: 'c', cpuNanocores, memoryBytes }] };
          }),
        });
      } else if (choice === 3) {
        // A burst: the same pods as new objects (no new reading), one of them with other limits.
        const burst: ResourceChange[] = Array.from({ length: 1 + next(3) }, () => {
          const p = pods[next(pods.length)];
          const resources = limits[next(limits.length)];
          return { type: 'MODIFIED', kind: 'Pod', object: { ...p, spec: { ...p.spec, containers: p.spec.containers.map((c) => ({ ...c, resources })) } } };
        });
        mutators.applyChanges(burst);
      } else if (choice === 4) {
        const added = pod(replicaSets[next(3)]);
        mutators.applyChanges([{ type: 'ADDED', kind: 'Pod', object: added }]);
      } else if (pods.length > 3) {
        mutators.applyChanges([{ type: 'DELETED', kind: 'Pod', object: pods[next(pods.length)] }]);
      }
      const state = store.getState();
      for (const { pane, scope, key, select, window } of selectors) {
        moveWindow(window, next, pods.length);
        const result = select(state, window.start, window.size);
        for (const row of result.rows) seen.add(row.cells.join(' '));
        const table = state.tables[key];
        const expected = fromScratchWithMetrics(state, pane, scope, table?.filter ?? '', table?.sort);
        expect(viewed(result, window), `step ${step} ${pane} ${key}`).toEqual(inWindow(expected, window, pane, table));
      }
    }
    // The sequence reached what it is for: readings shown, percentages of limits, and n/a.
    const rows = [...seen].join('\n');
    expect(rows).toMatch(/\d+m \d+Mi \d+ \d+ \d+ \d+/);
    expect(rows).toMatch(/n\/a n\/a n\/a n\/a n\/a n\/a/);
  }, 120_000);
});

interface Window {
  start: number;
  size: number;
}

// Mostly the window stays (its rows are kept or patched), sometimes it moves by a row, a page or
// anywhere, sometimes it shows everything.
function moveWindow(window: Window, next: (n: number) => number, count: number): void {
  const choice = next(10);
  if (choice < 5) return;
  if (choice < 7) window.start = Math.max(0, window.start + next(3) - 1);
  else if (choice < 9) window.start = next(count + 1);
  else window.size = [1, 2, 3, 50][next(4)];
}

// The user moves the cursor (or leaves it to land on a problem again).
function moveCursor(store: ReturnType<typeof createClusterStore>, key: string, pane: ListKind, scope: Scope | undefined, next: (n: number) => number): void {
  const state = store.getState();
  const table = state.tables[key] ?? EMPTY_TABLE;
  const { objects } = deriveTableRows(state.derivations.snapshot(state), pane, scope, table.filter, table.sort, table.problemsOnly ?? false);
  if (objects.length === 0 || next(3) === 0) state.mutators.setCursor(key, undefined, 0);
  else {
    const at = next(objects.length);
    state.mutators.setCursor(key, objects[at].metadata.uid, at);
  }
}

const viewed = (view: TableView, window: Window) => ({ rows: view.rows, uids: view.objects.map((obj) => obj.metadata.uid), total: view.total, window: window.start, cursor: view.cursor });

function inWindow(expected: { rows: Row[]; uids: string[]; total: number }, window: Window, pane: ListKind, table: TableState | undefined) {
  return { rows: expected.rows.slice(window.start, window.start + window.size), uids: expected.uids, total: expected.total, window: window.start, cursor: cursorIndexFor(pane, expected.rows, table ?? EMPTY_TABLE) };
}

function fromScratchWithMetrics(state: ClusterState, pane: ListKind, scope: Scope | undefined, filter: string, sort: TableState['sort']) {
  const clone = <T extends KubeObject>(map: ReadonlyMap<string, T>) => [...map.values()].map((obj) => structuredClone(obj));
  const { resources } = state;
  const snapshot = indexSnapshot({ namespace: 'kilo-guardian', now: state.now, deployments: clone(resources.Deployment), replicaSets: clone(resources.ReplicaSet), pods: clone(resources.Pod), services: [], events: [] });
  const derived = deriveTableRows({ ...snapshot, metrics: structuredClone(state.metrics) }, pane, scope, filter, sort, false);
  return { rows: derived.rows, uids: derived.objects.map((obj) => obj.metadata.uid), total: derived.total };
}
