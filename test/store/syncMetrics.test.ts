import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import type { NodeUsage, PodUsage } from '../../src/domain/metrics/usage.js';
import { KubeError, type ClusterGateway } from '../../src/kube/types.js';
import { createClusterStore, type ClusterStore } from '../../src/store/clusterStore.js';
import { syncMetrics } from '../../src/store/syncMetrics.js';
import { podSeriesKey } from '../../src/domain/metrics/usage.js';

const T = Date.parse('2026-01-06T12:00:00Z');
const settle = () => new Promise((resolve) => setImmediate(resolve));

interface FakeMetrics {
  gateway: ClusterGateway;
  calls: string[];
  fail?: KubeError;
  windowMs: number;
}

function fakeGateway(clock: ManualClock): FakeMetrics {
  const fake: FakeMetrics = { calls: [], windowMs: 15_000, gateway: undefined as unknown as ClusterGateway };
  // metrics-server's scrape: a new one every 15 s.
  const scrape = () => Math.floor(clock.now() / 15_000) * 15_000;
  fake.gateway = {
    podMetrics: async (): Promise<PodUsage[]> => {
      fake.calls.push(`pods@${clock.now() - T}`);
      if (fake.fail) throw fake.fail;
      return [{ name: 'a', timestamp: scrape(), windowMs: fake.windowMs, cpuNanocores: 1e6, memoryBytes: 1, containers: [{ name: 'c', cpuNanocores: 1e6, memoryBytes: 1 }] }];
    },
    nodeMetrics: async (): Promise<NodeUsage[]> => {
      fake.calls.push(`nodes@${clock.now() - T}`);
      if (fake.fail) throw fake.fail;
      return [{ name: 'n', timestamp: scrape(), windowMs: fake.windowMs, cpuNanocores: 1e9, memoryBytes: 1 }];
    },
  } as unknown as ClusterGateway;
  return fake;
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

async function advance(clock: ManualClock, ms: number): Promise<void> {
  for (let i = 0; i < ms; i += 1000) {
    clock.advance(1000);
    await settle();
  }
}

function start(): { clock: ManualClock; store: ClusterStore; fake: FakeMetrics; updates: () => number } {
  const clock = new ManualClock(T);
  const store = createClusterStore({ now: T });
  const fake = fakeGateway(clock);
  let updates = 0;
  store.subscribe((state, previous) => {
    if (state.metrics !== previous.metrics) updates += 1;
  });
  stop = syncMetrics(fake.gateway, store, { clock });
  return { clock, store, fake, updates: () => updates };
}

describe('metrics polling', () => {
  it('polls pods every 15 s while the overview is open, one store update per new scrape', async () => {
    const { clock, store, fake, updates } = start();
    await advance(clock, 46_000);
    expect(fake.calls).toEqual(['pods@0', 'pods@15000', 'pods@30000', 'pods@45000']);
    expect(updates()).toBe(4);
    expect(store.getState().metrics.pods.get(podSeriesKey(undefined, 'a'))!.samples).toHaveLength(4);
  });

  it('asks no faster than the window the API reports', async () => {
    const { clock, fake } = start();
    fake.windowMs = 30_000;
    await advance(clock, 61_000);
    expect(fake.calls).toEqual(['pods@0', 'pods@30000', 'pods@60000']);
  });

  it('stops while no view shows usage (a pod\'s logs), and polls nodes only for :no', async () => {
    const { clock, store, fake } = start();
    await advance(clock, 1_000);
    store.getState().mutators.pushView({ type: 'logs', kind: 'Pod', uid: 'x' });
    await advance(clock, 60_000);
    expect(fake.calls).toEqual(['pods@0']);
    store.getState().mutators.popView();
    store.getState().mutators.pushView({ type: 'list', pane: 'no' });
    await advance(clock, 1_000);
    expect(fake.calls).toEqual(['pods@0', 'nodes@61000']);
    expect(store.getState().metrics.nodes.get('n')?.cpuNanocores).toBe(1e9);
  });

  it('without metrics: the reason once, the data kept, and retries backing off 15 s, 30 s, 60 s…', async () => {
    const { clock, store, fake, updates } = start();
    fake.fail = new KubeError(404, 'NotFound', 'the server could not find the requested resource');
    await advance(clock, 110_000);
    expect(fake.calls).toEqual(['pods@0', 'pods@15000', 'pods@45000', 'pods@105000']);
    expect(store.getState().metrics.status).toEqual({ state: 'unavailable', reason: 'metrics API not served' });
    expect(updates()).toBe(1);
    fake.fail = undefined;
    await advance(clock, 120_000);
    expect(store.getState().metrics.status).toEqual({ state: 'available' });
  });

  it('a 403 and a 503 say so', async () => {
    const { clock, store, fake } = start();
    fake.fail = new KubeError(403, 'Forbidden', 'pods.metrics.k8s.io is forbidden');
    await advance(clock, 1_000);
    expect(store.getState().metrics.status).toEqual({ state: 'unavailable', reason: 'forbidden' });
    fake.fail = new KubeError(503, 'ServiceUnavailable', 'the server is currently unable to handle the request');
    await advance(clock, 15_000);
    expect(store.getState().metrics.status).toEqual({ state: 'unavailable', reason: '503 service unavailable' });
  });
});
