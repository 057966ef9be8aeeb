// Issue 14 (idle is idle): the liveness monitor must not wake a quiet process more than its probes
// need. Before, a 2.5 s check ran forever, whether or not the watches had traffic; now one timer is
// armed for the end of the quiet period. The server here is a fake HttpClient whose /version
// answers at once (or never, for the stall), driven by a ManualClock, so wake-ups are counted, not timed.
import { expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import type { HttpClient } from '../../src/kube/httpClient.js';
import { createLivenessMonitor } from '../../src/kube/liveness.js';
import { createGateway } from '../../src/kube/gateway.js';
import { KubeError, type LivenessState } from '../../src/kube/types.js';

const QUIET = 10_000;
const TIMEOUT = 5_000;

function setup(answers: () => boolean) {
  const clock = new ManualClock();
  let wakeups = 0;
  const timers = {
    setTimeout: (fn: () => void, ms: number) => clock.setTimeout(() => { wakeups++; fn(); }, ms),
    clearTimeout: (handle: unknown) => clock.clearTimeout(handle),
  };
  let probes = 0;
  const client = {
    text: () => {
      probes++;
      if (answers()) return Promise.resolve('{}');
      // No answer: the request's own timeout (on the clock) rejects it as the HTTP client does.
      return new Promise<string>((_, reject) => clock.setTimeout(() => reject(new KubeError(0, 'KILO_TIMEOUT', 'timed out')), TIMEOUT));
    },
  } as unknown as HttpClient;
  const monitor = createLivenessMonitor(client, timers, () => clock.now(), { quietMs: QUIET, probeTimeoutMs: TIMEOUT, intervalMs: 2_500 });
  const states: LivenessState[] = [];
  monitor.subscribe((state) => states.push(state));
  return { clock, monitor, states, wakeups: () => wakeups, probes: () => probes };
}

/** Moves the clock in small steps, letting the probes' promises settle between them. */
async function advance(clock: ManualClock, ms: number, step = 250): Promise<void> {
  for (let done = 0; done < ms; done += step) {
    clock.advance(step);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

it('a quiet, healthy server costs one wake-up and one probe per quiet period, nothing in between', async () => {
  const live = setup(() => true);
  await advance(live.clock, 60_000);
  expect(live.probes()).toBe(6);
  expect(live.wakeups()).toBe(6);
  expect(live.states.map((s) => s.status)).toEqual(['alive']);
  live.monitor.stop();
});

it('watch traffic postpones the probe without arming more timers: one wake-up per quiet period', async () => {
  const live = setup(() => true);
  for (let second = 0; second < 60; second++) {
    live.monitor.touch();
    await advance(live.clock, 1000);
  }
  expect(live.probes()).toBe(0);
  expect(live.wakeups()).toBeLessThanOrEqual(6);
  live.monitor.stop();
});

it('a stall is reported within quiet + probe timeout, and alive again once the server answers', async () => {
  let answering = true;
  const live = setup(() => answering);
  await advance(live.clock, 3_000);
  answering = false;
  const stalledAt = live.clock.now();
  await advance(live.clock, QUIET + TIMEOUT);
  expect(live.states.at(-1)).toEqual({ status: 'stalled', since: expect.any(Number) });
  expect(live.clock.now() - stalledAt).toBeLessThanOrEqual(QUIET + TIMEOUT);
  answering = true;
  await advance(live.clock, 2_500 + TIMEOUT);
  expect(live.states.at(-1)).toEqual({ status: 'alive' });
  live.monitor.stop();
});

it('stop() leaves no timer behind', async () => {
  const live = setup(() => true);
  live.monitor.stop();
  await advance(live.clock, 60_000);
  expect(live.wakeups()).toBe(0);
});

it('a metrics poll is a sign of life: polled every 15 s, a quiet server is probed after each poll, not every 10 s', async () => {
  const clock = new ManualClock();
  const timers = { setTimeout: (fn: () => void, ms: number) => clock.setTimeout(fn, ms), clearTimeout: (handle: unknown) => clock.clearTimeout(handle) };
  let probes = 0;
  const client = {
    server: 'http://127.0.0.1:1',
    text: () => {
      probes++;
      return Promise.resolve('{}');
    },
    json: () => Promise.resolve({ kind: 'PodMetricsList', items: [] }),
    close: () => {},
  } as unknown as HttpClient;
  const gateway = createGateway(client, { context: 'c', currentContext: 'c', namespace: 'ns' }, { timers, now: () => clock.now(), liveness: { quietMs: QUIET, probeTimeoutMs: TIMEOUT } });
  const stop = gateway.onLiveness!(() => {});
  for (let poll = 0; poll < 4; poll++) {
    await gateway.podMetrics!();
    await advance(clock, 15_000);
  }
  // Polls at 0, 15, 30 and 45 s; probes only 10 s after each (10, 25, 40, 55), not at 10, 20, …, 60.
  expect(probes).toBe(4);
  stop();
  gateway.close();
});
