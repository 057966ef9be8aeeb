import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { FIRST_LISTS_WAIT_MS, syncCluster } from '../../src/store/syncCluster.js';
import { FakeGateway } from '../helpers/fakeGateway.js';
import { deployment, pod, replicaSet } from '../render/objectBuilders.js';

function setup() {
  const gateway = new FakeGateway();
  const store = createClusterStore();
  const clock = new ManualClock();
  let updates = 0;
  store.subscribe(() => updates++);
  const stop = syncCluster(gateway, store, { clock, flushIntervalMs: 33 });
  return { gateway, store, clock, stop, updates: () => updates };
}

/** Past start-up: every kind listed (empty), applied, and a quiet interval gone by. */
function started() {
  const setupResult = setup();
  for (const kind of setupResult.gateway.handlers.keys()) setupResult.gateway.sync(kind, []);
  setupResult.clock.advance(100);
  return setupResult;
}

describe('syncCluster', () => {
  it('watches what the first screen shows (the overview and header), not every kind, and records the cluster it talks to', () => {
    const { gateway, store } = setup();
    expect([...gateway.handlers.keys()].sort()).toEqual(['Deployment', 'Event', 'Pod', 'ReplicaSet']);
    expect(store.getState().cluster).toEqual({ context: 'kind-kilo', server: 'https://127.0.0.1:6443', namespace: 'kilo-guardian' });
  });

  it('applies 1,000 events in a bounded number of store updates', () => {
    const { gateway, store, clock, updates } = started();
    const dep = deployment('kilo-meds');
    const rs = replicaSet(dep, 1, { replicas: 1 });
    const before = updates();
    for (let i = 0; i < 1000; i++) {
      const p = pod(rs);
      gateway.emit('Pod', 'ADDED', p);
      if (i % 100 === 0) clock.advance(5);
    }
    clock.advance(40);
    expect(store.getState().resources.Pod.size).toBe(1000);
    // 10 × 5 ms plus the final advance cover ~90 ms: at most a handful of 33 ms flushes.
    expect(updates() - before).toBeLessThanOrEqual(4);
    expect(updates() - before).toBeGreaterThanOrEqual(1);
  });

  it('replaces a kind on sync, upserts on ADDED/MODIFIED and removes on DELETED', () => {
    const { gateway, store, clock } = started();
    const a = deployment('kilo-a');
    const b = deployment('kilo-b');
    gateway.sync('Deployment', [a, b]);
    clock.advance(33);
    expect([...store.getState().resources.Deployment.keys()].sort()).toEqual([a.metadata.uid, b.metadata.uid].sort());

    const modified = { ...a, spec: { ...a.spec, replicas: 3 } };
    gateway.emit('Deployment', 'MODIFIED', modified);
    gateway.emit('Deployment', 'DELETED', b);
    clock.advance(33);
    const deps = store.getState().resources.Deployment;
    expect([...deps.keys()]).toEqual([a.metadata.uid]);
    expect(deps.get(a.metadata.uid)?.spec.replicas).toBe(3);

    const c = deployment('kilo-c');
    gateway.sync('Deployment', [c]);
    clock.advance(33);
    expect([...store.getState().resources.Deployment.keys()]).toEqual([c.metadata.uid]);
  });

  it('applies the first lists together, once every kind has answered', () => {
    const { gateway, store, clock, updates } = setup();
    const dep = deployment('kilo-meds');
    const before = updates();
    gateway.sync('Deployment', [dep]);
    gateway.sync('ReplicaSet', [replicaSet(dep, 1)]);
    gateway.state('Event', { status: 'forbidden', message: 'cannot list events' });
    clock.advance(FIRST_LISTS_WAIT_MS - 1);
    expect(store.getState().resources.Deployment.size).toBe(0);
    gateway.sync('Pod', []);
    clock.advance(0);
    expect(store.getState().resources.Deployment.size).toBe(1);
    expect(store.getState().resources.ReplicaSet.size).toBe(1);
    // One update for the lists (the connection states are updates of their own).
    expect(updates() - before).toBe(2);
  });

  it('does not hold the first lists back longer than FIRST_LISTS_WAIT_MS for a slow one', () => {
    const { gateway, store, clock } = setup();
    gateway.sync('Deployment', [deployment('kilo-meds')]);
    clock.advance(FIRST_LISTS_WAIT_MS - 1);
    expect(store.getState().resources.Deployment.size).toBe(0);
    clock.advance(1);
    expect(store.getState().resources.Deployment.size).toBe(1);
  });

  it('applies a lone event at once, and coalesces what follows it within the interval', () => {
    const { gateway, store, clock, updates } = started();
    const dep = deployment('kilo-meds');
    const rs = replicaSet(dep, 1, { replicas: 1 });
    const before = updates();
    gateway.emit('Pod', 'ADDED', pod(rs));
    clock.advance(0);
    expect(store.getState().resources.Pod.size).toBe(1);
    expect(updates() - before).toBe(1);
    // A burst right behind it: one more update, at the end of the interval.
    for (let i = 0; i < 50; i++) gateway.emit('Pod', 'ADDED', pod(rs));
    clock.advance(32);
    expect(store.getState().resources.Pod.size).toBe(1);
    clock.advance(1);
    expect(store.getState().resources.Pod.size).toBe(51);
    expect(updates() - before).toBe(2);
    // Quiet again for an interval: the next lone event is applied at once.
    clock.advance(40);
    gateway.emit('Pod', 'ADDED', pod(rs));
    clock.advance(0);
    expect(store.getState().resources.Pod.size).toBe(52);
  });

  it('keeps connection state per kind', () => {
    const { gateway, store } = setup();
    gateway.state('Pod', { status: 'reconnecting', attempt: 2, lastError: 'ECONNRESET' });
    gateway.state('Deployment', { status: 'connected' });
    expect(store.getState().connection.Pod).toEqual({ status: 'reconnecting', attempt: 2, lastError: 'ECONNRESET' });
    expect(store.getState().connection.Deployment).toEqual({ status: 'connected' });
  });

  it('prunes marks of deleted objects and stops every watch', () => {
    const { gateway, store, clock, stop } = started();
    const a = deployment('kilo-a');
    gateway.sync('Deployment', [a]);
    clock.advance(33);
    store.getState().mutators.toggleMark(a.metadata.uid);
    gateway.emit('Deployment', 'DELETED', a);
    clock.advance(33);
    expect(store.getState().marks).toEqual({});
    stop();
    expect(gateway.stopped.sort()).toEqual(['Deployment', 'Event', 'Pod', 'ReplicaSet']);
  });
});
