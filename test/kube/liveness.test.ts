// Issue 13 item 7: a hung API server (SIGSTOP, a stalled proxy) is noticed while the watches are
// quiet: a cheap GET /version with a timeout, and the watch traffic itself (bookmarks included),
// tell alive from stalled; it recovers when the server answers again.
import { afterEach, expect, it } from 'vitest';
import type { LivenessState } from '../../src/kube/types.js';
import { eventually } from '../helpers/demoServerProcess.js';
import { startFaultyDemo, type FaultyDemo } from '../helpers/faultyDemo.js';

let demo: FaultyDemo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});

it('reports stalled when nothing answers, and alive again once the server does', async () => {
  // Short periods so the test is quick; the defaults (checked in the TUI's resilience test) detect within 20 s.
  demo = await startFaultyDemo([], { liveness: { intervalMs: 100, quietMs: 200, probeTimeoutMs: 300 } });
  const states: LivenessState[] = [];
  const stop = demo.gateway.onLiveness!((state) => states.push(state));
  demo.gateway.watch('ReplicaSet', { onSync: () => {}, onEvent: () => {}, onState: () => {} });
  await new Promise((r) => setTimeout(r, 600));
  expect(states.filter((s) => s.status === 'stalled')).toEqual([]);
  expect(demo.server.faults.count('GET', '/version')).toBeGreaterThan(0);

  const stalledAt = Date.now();
  demo.server.setFaults([{ fault: 'stall' }]);
  const stalled = await eventually(async () => states.find((s) => s.status === 'stalled'), 3000, 'stalled');
  expect(Date.now() - stalledAt).toBeLessThan(1500);
  expect(stalled).toEqual({ status: 'stalled', since: expect.any(Number) });

  demo.server.setFaults([]);
  await eventually(async () => states.at(-1)?.status === 'alive', 3000, 'alive again');
  stop();
}, 10_000);

it('does not probe while watch traffic shows the server alive', async () => {
  demo = await startFaultyDemo([], { liveness: { intervalMs: 100, quietMs: 400, probeTimeoutMs: 300 } });
  demo.gateway.onLiveness!(() => {});
  demo.gateway.watch('ReplicaSet', { onSync: () => {}, onEvent: () => {}, onState: () => {} });
  const ticker = setInterval(() => demo!.cluster.store.mutate('ReplicaSet', 'shop', 'web-a1', (rs) => void (rs.metadata.labels = { tick: String(Date.now()) })), 100);
  await new Promise((r) => setTimeout(r, 900));
  clearInterval(ticker);
  expect(demo.server.faults.count('GET', '/version')).toBe(0);
});
