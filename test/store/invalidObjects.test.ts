// Malformed list items (`42`, `{"metadata":null}`, an object breaking its kind's shape) are skipped
// and counted per kind; they never reach the store, and a broken update removes the object it broke.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/domain/resources.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { syncCluster } from '../../src/store/syncCluster.js';
import { FakeGateway } from '../helpers/fakeGateway.js';
import { deployment, NOW } from '../render/objectBuilders.js';

function started() {
  const due: (() => void)[] = [];
  const clock = { now: () => NOW, setTimeout: (fn: () => void) => due.push(fn), clearTimeout: () => {} };
  const gateway = new FakeGateway();
  const store = createClusterStore({ now: NOW });
  const stop = syncCluster(gateway, store, { clock, flushIntervalMs: 0 });
  const flush = () => {
    while (due.length) due.shift()!();
  };
  return { gateway, store, stop, flush };
}

describe('invalid objects from a watch', () => {
  it('a list with 42 and {"metadata":null} items keeps the good ones and counts the bad', () => {
    const { gateway, store, stop, flush } = started();
    const good = deployment('kilo-meds');
    gateway.sync('Deployment', [42, { metadata: null }, good] as unknown as KubeObject[]);
    flush();
    expect([...store.getState().resources.Deployment.keys()]).toEqual([good.metadata.uid]);
    expect(store.getState().skipped.Deployment).toBe(2);
    expect(store.getState().loaded.Deployment).toBe(true);
    stop();
  });

  it('an update that breaks an object removes it and counts it until it is fixed; a new list starts the count again', () => {
    const { gateway, store, stop, flush } = started();
    const good = deployment('kilo-meds');
    gateway.sync('Deployment', [good]);
    flush();
    gateway.emit('Deployment', 'MODIFIED', { ...good, spec: 42 } as unknown as KubeObject);
    flush();
    expect(store.getState().resources.Deployment.size).toBe(0);
    expect(store.getState().skipped.Deployment).toBe(1);
    gateway.emit('Deployment', 'MODIFIED', good);
    flush();
    expect(store.getState().resources.Deployment.size).toBe(1);
    expect(store.getState().skipped.Deployment).toBe(0);
    gateway.emit('Deployment', 'ADDED', 'garbage' as unknown as KubeObject);
    flush();
    expect(store.getState().skipped.Deployment).toBe(1);
    gateway.sync('Deployment', [good]);
    flush();
    expect(store.getState().skipped.Deployment).toBe(0);
    stop();
  });

  it('an optional field of the wrong type is dropped, not the object', () => {
    const { gateway, store, stop, flush } = started();
    const good = deployment('kilo-meds');
    gateway.sync('Deployment', [{ ...good, status: { replicas: 'three', conditions: 'none' } } as unknown as KubeObject]);
    flush();
    const stored = store.getState().resources.Deployment.get(good.metadata.uid)!;
    expect(stored.status).toEqual({});
    expect(store.getState().skipped.Deployment ?? 0).toBe(0);
    stop();
  });
});
