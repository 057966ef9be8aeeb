// Property test: no object the API could send (any optional field missing, any field of the wrong
// JSON type, not even an object) may throw anywhere between the list and the screen: list → store
// → every list renderer (scoped too) → header → describe → details → audit and its reports → every
// plan builder → kubectl lines and scripts. The seed is fixed so a failure is reproducible; set
// KILO_FUZZ_SEED and KILO_FUZZ_RUNS to explore further.
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeObject, eventsAbout } from '../../src/render/describe/describeObject.js';
import { yamlLines } from '../../src/render/describe/yamlView.js';
import type { ActionKind } from '../../src/domain/plans/plan.js';
import { planToShellScript } from '../../src/domain/plans/planToShellScript.js';
import { toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import { undoHistory } from '../../src/domain/plans/undoHistory.js';
import { admitObject } from '../../src/domain/admitObject.js';
import { renderMarkdown } from '../../src/domain/audit/report/markdown.js';
import { toJsonText } from '../../src/domain/audit/report/json.js';
import { rootCauseTargets } from '../../src/domain/audit/rootCauseTargets.js';
import { runAudit } from '../../src/domain/audit/runAudit.js';
import type { KubeObject, ResourceKind } from '../../src/domain/resources.js';
import { LISTS, type ListKind } from '../../src/render/registry.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { selectConnectionSummary, selectHeaderCounts, selectSnapshot } from '../../src/store/selectors.js';
import { syncCluster } from '../../src/store/syncCluster.js';
import { makeTableRowsSelector } from '../../src/store/tableRows.js';
import { WATCHED_KINDS } from '../../src/store/types.js';
import { ActionRefused, buildPlan } from '../../src/app/actions/buildPlan.js';
import { findingBlocks } from '../../src/ui/views/audit/findingBlocks.js';
import { findingRows, healthLine } from '../../src/ui/views/audit/findingRows.js';
import { podDetailLines } from '../../src/ui/views/detailsLines.js';
import { KIND_NAMES } from '../../src/domain/kinds.js';
import { FakeGateway } from '../helpers/fakeGateway.js';
import { KIND_SAMPLES } from '../kinds/kindSamples.js';
import { NOW } from '../render/objectBuilders.js';
import { hostileVariant, realisticObjects, seededRandom } from './hostileObjects.js';

// Every kind kilo-tui knows: the registry's, and Namespaces (read by the namespace check).
const ALL_KINDS: readonly ResourceKind[] = [...KIND_NAMES, 'Namespace'];

/** The realistic objects, with the registry's sample of any kind they lack (a newly added kind). */
function everyKindObjects(): KubeObject[] {
  const objects = realisticObjects();
  for (const kind of KIND_NAMES) if (!objects.some((o) => o.kind === kind)) objects.push(structuredClone(KIND_SAMPLES[kind]) as KubeObject);
  return objects;
}
const ACTIONS: readonly ActionKind[] = ['delete', 'rolloutUndo', 'rolloutRestart', 'scale', 'setRevisionHistoryLimit'];
const SEED = Number(process.env.KILO_FUZZ_SEED ?? 20260106);
const RUNS_PER_KIND = Number(process.env.KILO_FUZZ_RUNS ?? 30);
const options = { context: 'kind-kilo', currentContext: 'kind-kilo' };

/** A clock whose timers run when the test says so: syncCluster's flush, run synchronously. */
function manualClock() {
  const due: (() => void)[] = [];
  return {
    // Flushes run; a watch's linger (tens of seconds) never does, so every list visited stays watched.
    clock: { now: () => NOW, setTimeout: (fn: () => void, ms = 0) => (ms < 1000 ? due.push(fn) : 0), clearTimeout: () => {} },
    runDue: () => { while (due.length) due.shift()!(); },
  };
}

/** Everything a user can make kilo-tui compute from the cluster; throws where kilo-tui would crash. */
function exercise(objects: readonly unknown[], kindOf: (object: unknown, index: number) => ResourceKind): number {
  const gateway = new FakeGateway();
  const store = createClusterStore({ now: NOW });
  const { clock, runDue } = manualClock();
  const stop = syncCluster(gateway, store, { clock, flushIntervalMs: 0 });
  // Only what is on screen is watched: visit every list so that every kind is.
  for (const pane of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
    // The generic list is of one discovered kind at a time: the sample's.
    store.getState().mutators.pushView({ type: 'list', pane, ...(pane === 'served' ? { resource: KIND_SAMPLES.ServedObject.resource } : {}) });
    store.getState().mutators.popView();
  }
  for (const kind of WATCHED_KINDS) gateway.sync(kind, objects.filter((object, i) => kindOf(object, i) === kind) as KubeObject[]);
  runDue();
  expect(store.getState().resources.Deployment.size + store.getState().resources.Event.size).toBeGreaterThan(0);
  // A watch event carrying the same hostile objects, one by one.
  objects.forEach((object, i) => {
    const kind = kindOf(object, i);
    if (kind !== 'Namespace') gateway.emit(kind, 'MODIFIED', object as KubeObject);
  });
  // Objects the store never watches (Namespace) are still admitted before anything reads them.
  objects.forEach((object, i) => admitObject(kindOf(object, i), object));
  runDue();
  stop();
  const state = store.getState();
  const snapshot = selectSnapshot(state);

  selectHeaderCounts(state);
  selectConnectionSummary(state);
  for (const pane of Object.keys(LISTS) as ListKind[]) makeTableRowsSelector(pane, pane, undefined)(state);
  for (const dep of snapshot.deployments) makeTableRowsSelector('rs', `rs-${dep.metadata.uid}`, { kind: 'Deployment', uid: dep.metadata.uid, name: dep.metadata.name })(state);
  for (const rs of snapshot.replicaSets) makeTableRowsSelector('pods', `po-${rs.metadata.uid}`, { kind: 'ReplicaSet', uid: rs.metadata.uid, name: rs.metadata.name })(state);
  for (const pod of snapshot.pods) podDetailLines(pod, snapshot);
  const all: KubeObject[] = KIND_NAMES.flatMap((kind) => [...state.resources[kind].values()] as KubeObject[]);
  for (const object of all) stringify(object);
  // describe and YAML read the object itself (a ServedObject's `object`), as the describe view does.
  for (const object of all) {
    const shown = object.kind === 'ServedObject' ? object.object : (object as unknown as Record<string, unknown>);
    describeObject(shown, { events: eventsAbout(state.resources.Event.values(), object.metadata.uid), now: NOW, revealSecret: true });
    yamlLines(shown);
  }

  const targets = rootCauseTargets(snapshot, options);
  const logs = { rootCauseLines: Object.fromEntries(targets.map(({ pod }) => [pod.metadata.uid, 'ModuleNotFoundError: x'])) };
  const report = runAudit(snapshot, options, logs);
  renderMarkdown(report);
  toJsonText(report);
  findingRows(report.findings);
  healthLine(report);
  for (const finding of report.findings) {
    findingBlocks(finding, report, snapshot, options);
    if (finding.plan) planToShellScript(finding.plan, options);
  }

  const ctx = { ...options, namespace: snapshot.namespace };
  for (const dep of snapshot.deployments) undoHistory(dep, snapshot);
  for (const action of ACTIONS) {
    for (const uids of [...all.map((o) => [o.metadata.uid]), all.map((o) => o.metadata.uid)]) {
      for (const toPrevious of action === 'rolloutUndo' ? [true, false] : [false]) {
        try {
          const plan = buildPlan({ action, uids, toPrevious }, snapshot, ctx, 2);
          for (const op of plan.operations) toKubectlLine(op, options);
          planToShellScript(plan, options);
        } catch (error) {
          // A refusal (nothing to act on, no such revision) is an answer the modal shows; a
          // TypeError is a crash the flow would only have hidden.
          if (!(error instanceof ActionRefused) && error instanceof Error && error.constructor !== Error) throw error;
        }
      }
    }
  }
  return all.length;
}

describe('hostile objects of every kind', () => {
  it('the realistic namespace itself goes through every step', () => {
    const objects = realisticObjects();
    expect(() => exercise(objects, (o) => (o as KubeObject).kind)).not.toThrow();
  });

  it('an Event about an object of no kind and no name is listed, not a crash', () => {
    const objects = realisticObjects();
    const event = objects.find((o) => o.kind === 'Event')!;
    const bare = { ...event, metadata: { ...event.metadata, uid: 'ev-bare' }, involvedObject: { namespace: 'kilo-guardian', name: 'x' } };
    const noName = { ...event, metadata: { ...event.metadata, uid: 'ev-noname' }, involvedObject: {} };
    expect(() => exercise([...objects, bare, noName], (o) => (o as KubeObject).kind ?? 'Event')).not.toThrow();
  });

  for (const kind of ALL_KINDS) {
    it(`${kind}: any field missing or of the wrong JSON type throws nowhere`, () => {
      const random = seededRandom(SEED + ALL_KINDS.indexOf(kind));
      const base = everyKindObjects();
      const ofKind = base.filter((o) => o.kind === kind);
      expect(ofKind.length).toBeGreaterThan(0);
      let admittedHostile = 0;
      for (let run = 0; run < RUNS_PER_KIND; run++) {
        const kinds: ResourceKind[] = base.map((o) => o.kind);
        const objects: unknown[] = base.map((o) => (o.kind === kind && random() < 0.7 ? hostileVariant(o, random) : o));
        try {
          const seen = exercise(objects, (_, i) => kinds[i]);
          admittedHostile += seen - (base.length - ofKind.length - base.filter((o) => o.kind === 'Namespace').length);
        } catch (error) {
          const broken = objects.filter((o, i) => kinds[i] === kind && o !== base[i]);
          throw new Error(`seed ${SEED}, run ${run}: ${(error as Error).stack}\nobjects: ${JSON.stringify(broken)}`, { cause: error });
        }
      }
      // Most broken objects are admitted with the broken field dropped, so the steps above really
      // read them (a generator whose every object is skipped would prove nothing).
      if (kind !== 'Namespace') expect(admittedHostile).toBeGreaterThan(RUNS_PER_KIND / 2);
    });
  }
});
