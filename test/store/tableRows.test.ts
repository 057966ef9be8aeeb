import { describe, expect, it } from 'vitest';
import { REVISION_ANNOTATION, type KubeObject, type Pod } from '../../src/domain/resources.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { LISTS, type ListKind } from '../../src/render/registry.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { deriveTableRows, makeTableRowsSelector } from '../../src/store/tableRows.js';
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
      return { pane, scope, key: `t${i}`, select: makeTableRowsSelector(pane, `t${i}`, scope) };
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
      for (const { pane, scope, key, select } of selectors) {
        const result = select(store.getState());
        if (pane === 'deploy' && !scope) for (const row of result.rows) seenCells.add(`${row.cells[AGE]} ${row.cells[STATUS]}`);
        const table = store.getState().tables[key];
        const expected = fromScratch(store.getState(), pane, scope, table?.filter ?? '', table?.sort, table?.problemsOnly ?? false);
        expect({ rows: result.rows, uids: result.objects.map((obj) => obj.metadata.uid), total: result.total }, `step ${step} ${pane}`).toEqual(expected);
      }
    }
    // The sequence did what it is for: ages were shown in each format, and a rollout went stuck by its deadline.
    const seen = [...seenCells];
    for (const format of [/^\d+s /, /^\d+m(\d+s)? /, /^\d+h(\d+m)? /, /^\d+d(\d+h)? /]) expect(seen.some((cell) => format.test(cell)), String(format)).toBe(true);
    expect(seen.some((cell) => cell.includes('ProgressDeadlineExceeded'))).toBe(true);
  }, 120_000);

  it('derive only the Deployments whose pods a burst replaced, and keep every other row object', () => {
    const deployments = Array.from({ length: 50 }, (_, i) => deployment(`app-${String(i).padStart(2, '0')}`));
    const replicaSets = deployments.map((dep) => replicaSet(dep, 1));
    const pods = replicaSets.map((rs) => pod(rs));
    const store = createClusterStore({ now: NOW });
    store.getState().mutators.applyChanges([
      { type: 'sync', kind: 'Deployment', items: deployments },
      { type: 'sync', kind: 'ReplicaSet', items: replicaSets },
      { type: 'sync', kind: 'Pod', items: pods },
    ]);
    const select = makeTableRowsSelector('deploy', 'deploy', undefined);
    const before = select(store.getState());
    const crashing = { ...pod(replicaSets[7], { waiting: 'CrashLoopBackOff', restarts: 4 }), metadata: pods[7].metadata };
    store.getState().mutators.applyChanges([{ type: 'MODIFIED', kind: 'Pod', object: crashing }]);
    const after = select(store.getState());
    expect(after.objects).toBe(before.objects);
    expect(after.rows[7].cells[STATUS]).toBe('Stuck: CrashLoopBackOff');
    expect(after.rows.filter((row, i) => row !== before.rows[i])).toEqual([after.rows[7]]);
  });

  it('patch the :pods order and rows at the pods a burst replaced', () => {
    const rs = replicaSet(deployment('kilo-meds', { replicas: 40 }), 1, { replicas: 40 });
    const pods = Array.from({ length: 40 }, () => pod(rs));
    const store = createClusterStore({ now: NOW });
    store.getState().mutators.applyChanges([{ type: 'sync', kind: 'Pod', items: pods }]);
    const select = makeTableRowsSelector('pods', 'pods', undefined);
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
      { pane: 'deploy', sort: ['mem'] },
      { pane: 'pods', filter: 'Mi' },
      { pane: 'pods', scope: { kind: 'Deployment', uid: deployments[1].metadata.uid, name: 'kilo-cam' } },
    ];
    const selectors = tables.map(({ pane, scope, sort, filter }, i) => {
      for (const by of sort ?? []) store.getState().mutators.toggleSort(`u${i}`, by);
      if (filter) store.getState().mutators.setFilter(`u${i}`, filter);
      return { pane, scope, key: `u${i}`, select: makeTableRowsSelector(pane, `u${i}`, scope) };
    });
    const next = random(23);
    const limits = [undefined, { limits: { memory: '512Mi', cpu: '200m' }, requests: { memory: '128Mi', cpu: '50m' } }, { limits: { memory: '1Gi' } }];
    const seen = new Set<string>();
    for (let step = 0; step < 200; step++) {
      const { mutators, resources, now } = store.getState();
      const pods = [...resources.Pod.values()];
      const choice = next(6);
      if (choice < 3) {
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
      for (const { pane, scope, key, select } of selectors) {
        const result = select(state);
        for (const row of result.rows) seen.add(row.cells.join(' '));
        const table = state.tables[key];
        const expected = fromScratchWithMetrics(state, pane, scope, table?.filter ?? '', table?.sort);
        expect({ rows: result.rows, uids: result.objects.map((obj) => obj.metadata.uid), total: result.total }, `step ${step} ${pane} ${key}`).toEqual(expected);
      }
    }
    // The sequence reached what it is for: readings shown, percentages of limits, and n/a.
    const rows = [...seen].join('\n');
    expect(rows).toMatch(/\d+m \d+Mi \d+ \d+ \d+ \d+/);
    expect(rows).toMatch(/n\/a n\/a n\/a n\/a n\/a n\/a/);
  }, 120_000);
});

function fromScratchWithMetrics(state: ClusterState, pane: ListKind, scope: Scope | undefined, filter: string, sort: TableState['sort']) {
  const clone = <T extends KubeObject>(map: ReadonlyMap<string, T>) => [...map.values()].map((obj) => structuredClone(obj));
  const { resources } = state;
  const snapshot = indexSnapshot({ namespace: 'kilo-guardian', now: state.now, deployments: clone(resources.Deployment), replicaSets: clone(resources.ReplicaSet), pods: clone(resources.Pod), services: [], events: [] });
  const derived = deriveTableRows({ ...snapshot, metrics: structuredClone(state.metrics) }, pane, scope, filter, sort, false);
  return { rows: derived.rows, uids: derived.objects.map((obj) => obj.metadata.uid), total: derived.total };
}
