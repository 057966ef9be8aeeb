import { describe, expect, it } from 'vitest';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { firstFrameReady } from '../../src/ui/firstFrame.js';
import { deployment } from '../render/objectBuilders.js';

const settled = (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  return () => done;
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('firstFrameReady', () => {
  it('waits for the first lists to reach the store', async () => {
    const store = createClusterStore();
    const ready = settled(firstFrameReady(store, 10_000));
    store.getState().mutators.setConnection('Pod', { status: 'connected' });
    await tick();
    expect(ready()).toBe(false);
    store.getState().mutators.applyChanges([{ type: 'sync', kind: 'Deployment', items: [deployment('kilo-meds')] }]);
    await tick();
    expect(ready()).toBe(true);
  });

  it('does not wait when a watch fails: the frame shows why', async () => {
    const store = createClusterStore();
    const ready = settled(firstFrameReady(store, 10_000));
    store.getState().mutators.setConnection('Pod', { status: 'forbidden', message: 'cannot watch pods' });
    await tick();
    expect(ready()).toBe(true);
  });

  it('draws anyway after the bound when nothing arrives', async () => {
    const store = createClusterStore();
    const started = Date.now();
    await firstFrameReady(store, 30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });
});
