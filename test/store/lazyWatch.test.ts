// Watches follow the screen: a list that is not open has no watch; closing it stops its watch
// after the linger delay (dropping its objects); coming back within the delay reuses the watch.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { FIRST_LISTS_WAIT_MS, syncCluster } from '../../src/store/syncCluster.js';
import { demandedKinds } from '../../src/store/watchDemand.js';
import { FakeGateway } from '../helpers/fakeGateway.js';
import { service } from '../render/objectBuilders.js';

const LINGER = 45_000;

function setup() {
  const gateway = new FakeGateway();
  const store = createClusterStore();
  const clock = new ManualClock();
  const stop = syncCluster(gateway, store, { clock, flushIntervalMs: 33, lingerMs: LINGER });
  // Past start-up: the first screen's lists answered (empty) and were applied together.
  for (const kind of [...gateway.handlers.keys()]) gateway.sync(kind, []);
  clock.advance(FIRST_LISTS_WAIT_MS);
  const open = (pane: 'svc' | 'events' | 'rs') => store.getState().mutators.pushView({ type: 'list', pane });
  const back = () => store.getState().mutators.popView();
  return { gateway, store, clock, stop, open, back };
}

describe('lazy watches', () => {
  it('a list that is not open has no watch', () => {
    const { gateway, store } = setup();
    expect(gateway.handlers.has('Service')).toBe(false);
    expect(store.getState().connection.Service).toBeUndefined();
  });

  it('opening a list starts its watch; closing it stops the watch after the delay, and its objects go', () => {
    const { gateway, store, clock, open, back } = setup();
    open('svc');
    expect(gateway.handlers.has('Service')).toBe(true);
    expect(store.getState().connection.Service).toEqual({ status: 'connecting' });
    gateway.sync('Service', [service('kilo-meds')]);
    clock.advance(40);
    expect(store.getState().resources.Service.size).toBe(1);

    back();
    clock.advance(LINGER - 1);
    expect(gateway.handlers.has('Service')).toBe(true);
    expect(gateway.stopped).not.toContain('Service');
    clock.advance(1);
    expect(gateway.stopped).toEqual(['Service']);
    expect(store.getState().resources.Service.size).toBe(0);
    expect(store.getState().connection.Service).toBeUndefined();
  });

  it('reopening within the delay reuses the watch and what it holds', () => {
    const { gateway, store, clock, open, back } = setup();
    open('svc');
    const handlers = gateway.handlers.get('Service');
    gateway.sync('Service', [service('kilo-meds')]);
    clock.advance(40);
    back();
    clock.advance(LINGER / 2);
    open('svc');
    clock.advance(LINGER * 2);
    expect(gateway.stopped).not.toContain('Service');
    expect(gateway.handlers.get('Service')).toBe(handlers);
    expect(store.getState().resources.Service.size).toBe(1);
  });

  it('the overview kinds stay watched under a list only while they are on screen, the header kinds always', () => {
    const { gateway, clock, open } = setup();
    open('svc');
    clock.advance(LINGER);
    // The details pane's events are not on screen under :svc; the header counts always are.
    expect(gateway.stopped).toEqual(['Event']);
    expect([...gateway.handlers.keys()].sort()).toEqual(['Deployment', 'Pod', 'ReplicaSet', 'Service']);
  });

  it(':audit watches every kind the audit reads; the stop of syncCluster ends every watch and pending stop', () => {
    const { gateway, store, clock, stop } = setup();
    store.getState().mutators.pushView({ type: 'audit' });
    expect([...gateway.handlers.keys()].sort()).toEqual(['Deployment', 'Event', 'Pod', 'ReplicaSet', 'Service']);
    store.getState().mutators.popView();
    stop();
    expect(gateway.handlers.size).toBe(0);
    clock.advance(LINGER * 2);
    expect(gateway.stopped.filter((kind) => kind === 'Service')).toEqual(['Service']);
  });

  it('demands the top view only: what is under it is one Esc away and re-listed if its watch lapsed', () => {
    expect([...demandedKinds({ stack: [{ type: 'overview', id: 0 }, { type: 'list', id: 1, pane: 'svc' }] })].sort()).toEqual(['Deployment', 'Pod', 'ReplicaSet', 'Service']);
    expect([...demandedKinds({ stack: [{ type: 'overview', id: 0 }, { type: 'describe', id: 1, kind: 'Event', uid: 'x', scroll: 0 }] })].sort()).toEqual([
      'Deployment',
      'Event',
      'Pod',
      'ReplicaSet',
    ]);
  });

  it('keeps a state the gateway reports from within watch() (a gateway may say connected at once)', () => {
    const gateway = new FakeGateway();
    const watch = gateway.watch.bind(gateway);
    gateway.watch = (kind, handlers) => {
      const stop = watch(kind, handlers);
      handlers.onState({ status: 'connected' });
      return stop;
    };
    const store = createClusterStore();
    syncCluster(gateway, store, { clock: new ManualClock() });
    expect(store.getState().connection).toEqual({ Deployment: { status: 'connected' }, ReplicaSet: { status: 'connected' }, Pod: { status: 'connected' }, Event: { status: 'connected' } });
  });
});
