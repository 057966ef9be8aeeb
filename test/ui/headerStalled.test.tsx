// Issue 13 item 7: a stalled API server shows in the header (for how long nothing answered) and
// marks the data stale; the data stays. It is fed from the gateway's liveness through syncCluster.
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/demo/clock.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { syncCluster } from '../../src/store/syncCluster.js';
import { FakeGateway } from '../helpers/fakeGateway.js';
import { renderWithStore, resourcesOf, tick } from '../helpers/renderWithStore.js';
import { kiloCluster } from './kiloCluster.js';

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

describe('stalled API server', () => {
  it('syncCluster passes the gateway liveness to the store', () => {
    const gateway = new FakeGateway();
    const store = createClusterStore();
    const stop = syncCluster(gateway, store, { clock: new ManualClock() });
    gateway.liveness({ status: 'stalled', since: 1000 });
    expect(store.getState().liveness).toEqual({ status: 'stalled', since: 1000 });
    gateway.liveness({ status: 'alive' });
    expect(store.getState().liveness).toEqual({ status: 'alive' });
    stop();
    expect(gateway.livenessListeners).toBe(0);
  });

  it('the header says for how long nothing answered, marks the data stale and keeps it', async () => {
    const clock = new ManualClock();
    const view = renderWithStore(
      { resources: resourcesOf(kiloCluster().objects), cluster: { context: 'kind-kilo', server: 'https://127.0.0.1:6443', namespace: 'kilo-guardian' } },
      { columns: 120, rows: 35, clock },
    );
    unmounts.push(view.unmount);
    const { mutators: actions } = view.store.getState();
    for (const kind of ['Deployment', 'ReplicaSet', 'Pod', 'Service', 'Event'] as const) actions.setConnection(kind, { status: 'connected' });
    actions.setLiveness({ status: 'stalled', since: clock.now() - 23_000 });
    await tick();
    expect(view.lastFrame()).toContain('stalled: no answer for 23s');
    expect(view.lastFrame()).toContain('[stale data]');
    expect(view.lastFrame()).toContain('2 deploy · 7 rs (4 stale)');
    actions.setLiveness({ status: 'alive' });
    await tick();
    expect(view.lastFrame()).toContain('connected');
    expect(view.lastFrame()).not.toContain('stale data');
  });
});
