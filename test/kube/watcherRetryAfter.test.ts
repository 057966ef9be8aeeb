// Issue 13 item 6: watches and lists honour a 429's Retry-After (API priority and fairness sends
// one with every rejection) instead of coming back after the ~0.5 s back-off.
import { afterEach, expect, it } from 'vitest';
import type { ConnectionState } from '../../src/kube/types.js';
import { NAMESPACE } from '../demo/serverTestCluster.js';
import { eventually } from '../helpers/demoServerProcess.js';
import { startFaultyDemo, type FaultyDemo } from '../helpers/faultyDemo.js';

const RS = `/apis/apps/v1/namespaces/${NAMESPACE}/replicasets`;

let demo: FaultyDemo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});

async function watchReplicaSets(): Promise<ConnectionState[]> {
  const states: ConnectionState[] = [];
  demo!.gateway.watch('ReplicaSet', { onSync: () => {}, onEvent: () => {}, onState: (state) => states.push(state) });
  return states;
}

const requestsTo = (path: string, watch: boolean) => demo!.server.faults.requests.filter((r) => r.path === path && r.watch === watch);

it('a throttled list is asked again only after Retry-After', async () => {
  demo = await startFaultyDemo([{ fault: 'status', code: 429, retryAfterSeconds: 2, method: 'GET', path: RS, watch: false, times: 1 }]);
  const states = await watchReplicaSets();
  await eventually(async () => requestsTo(RS, false).length >= 2, 6000, 'the second list');
  const [first, second] = requestsTo(RS, false);
  expect(second.at - first.at).toBeGreaterThanOrEqual(1900);
  expect(states).toContainEqual({ status: 'reconnecting', attempt: 1, lastError: expect.stringMatching(/Too many requests/), retryIn: '2 s' });
  await eventually(async () => states.at(-1)?.status === 'connected', 3000, 'connected');
}, 10_000);

it('a throttled watch waits for Retry-After too', async () => {
  demo = await startFaultyDemo([{ fault: 'status', code: 429, retryAfterSeconds: 2, watch: true, times: 1 }]);
  await watchReplicaSets();
  await eventually(async () => requestsTo(RS, false).length >= 2, 6000, 'the list after the throttled watch');
  const throttled = requestsTo(RS, true)[0];
  const relist = requestsTo(RS, false)[1];
  expect(relist.at - throttled.at).toBeGreaterThanOrEqual(1900);
}, 10_000);
