// The work queue that runs the demo table's controllers (src/demo/kinds/kindControllers.ts): which
// store changes sync which object, told only by each controller's entry. Controllers here record
// their syncs; the kinds are Jobs and CronJobs, which the demo does not simulate yet, to show
// that a new simulated kind needs nothing of the queue.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import type { KubeObject } from '../../src/domain/resources.js';
import { EventRecorder } from '../../src/demo/controllers/eventRecorder.js';
import { PodPlacement } from '../../src/demo/controllers/podPlacement.js';
import { Scheduler } from '../../src/demo/controllers/scheduler.js';
import type { DemoController } from '../../src/demo/kinds/demoKind.js';
import { startKindControllers } from '../../src/demo/kinds/kindControllers.js';
import { ObjectStore } from '../../src/demo/objectStore.js';

const NS = 'kilo-data';
const REACTION_MS = 200;

function setUp(controllers: { kind: string; controller: DemoController }[]) {
  const clock = new ManualClock(Date.parse('2026-01-06T12:00:00Z'));
  const store = new ObjectStore(clock);
  const scheduler = new Scheduler(clock, 1);
  const events = new EventRecorder(store, clock);
  const parts = { store, scheduler, events, placement: new PodPlacement(store, scheduler, events, 'kilo-tablet'), node: 'kilo-tablet' };
  const synced: string[] = [];
  const recording = (kind: string, spec: Omit<DemoController, 'create'>): { kind: string; controller: DemoController } => ({
    kind,
    controller: { ...spec, create: () => ({ sync: (namespace, name) => void synced.push(`${kind}/${namespace}/${name}`) }) },
  });
  const run = startKindControllers(controllers.map(({ kind, controller }) => recording(kind, controller)), parts, REACTION_MS);
  store.subscribe((event) => run.onChange(event));
  scheduler.start();
  /** The syncs the queue hands out one reaction time later (none before). */
  const flush = (): string[] => {
    clock.advance(REACTION_MS - 1);
    expect(synced).toEqual([]);
    clock.advance(1);
    return synced.splice(0);
  };
  return { store, run, flush };
}

const object = (kind: string, name: string, owner?: KubeObject): KubeObject =>
  ({
    apiVersion: 'batch/v1',
    kind,
    metadata: { name, namespace: NS, uid: '', ...(owner ? { ownerReferences: [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true }] } : {}) },
    spec: {},
  }) as unknown as KubeObject;

const spec = (owns: string[], perNode?: true) => ({ owns, ...(perNode ? { perNode } : {}) }) as unknown as DemoController;

describe('the work queue of the simulated kinds', () => {
  it('syncs an object when it changes, once per reaction time however often it changed', () => {
    const { store, flush } = setUp([{ kind: 'Job', controller: spec(['Pod']) }]);
    store.create(object('Job', 'nightly'));
    store.mutate('Job', NS, 'nightly', (job) => void (job.metadata.labels = { a: 'b' }));
    expect(flush()).toEqual(['Job/kilo-data/nightly']);
    store.delete('Job', NS, 'nightly');
    // Its controller hears of the deletion too (and finds nothing to do).
    expect(flush()).toEqual(['Job/kilo-data/nightly']);
  });

  it('syncs the controller of a changed object only when it owns objects of that kind', () => {
    const { store, flush } = setUp([
      { kind: 'CronJob', controller: spec(['Job']) },
      { kind: 'Job', controller: spec(['Pod']) },
    ]);
    const cron = store.create(object('CronJob', 'backup'));
    const job = store.create(object('Job', 'backup-1', cron));
    expect(flush()).toEqual(['CronJob/kilo-data/backup', 'Job/kilo-data/backup-1']);
    store.create(object('Pod', 'backup-1-x', job));
    expect(flush()).toEqual(['Job/kilo-data/backup-1']);
    // A pod naming the CronJob as controller is not one it owns: it is not synced for it.
    store.create(object('Pod', 'stray', cron));
    expect(flush()).toEqual([]);
  });

  it('syncs every object of a per-node kind when a Node is deleted, and only those', () => {
    const { store, flush } = setUp([
      { kind: 'CronJob', controller: spec(['Job'], true) },
      { kind: 'Job', controller: spec(['Pod']) },
    ]);
    store.create({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'kilo-tablet', uid: '' } } as KubeObject);
    store.create(object('CronJob', 'a'));
    store.create(object('CronJob', 'b'));
    store.create(object('Job', 'c'));
    flush();
    store.delete('Node', undefined, 'kilo-tablet');
    expect(flush()).toEqual(['CronJob/kilo-data/a', 'CronJob/kilo-data/b']);
  });

  it('at start, syncs every object of every controlled kind, kinds in table order', () => {
    const { store, run, flush } = setUp([
      { kind: 'Job', controller: spec(['Pod']) },
      { kind: 'CronJob', controller: spec(['Job']) },
    ]);
    store.create(object('CronJob', 'a'));
    store.create(object('Job', 'b'));
    flush();
    run.syncAll();
    expect(flush()).toEqual(['Job/kilo-data/b', 'CronJob/kilo-data/a']);
  });
});
