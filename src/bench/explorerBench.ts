// Issue 3's speed and size figures: first full frame after the list returns, the frame after a
// burst of 1,000 watch events, and the heap, for a generated 10k-ReplicaSet namespace, each
// beside the same measurement on the 78-ReplicaSet demo namespace in this process. Metrics are on
// (every pod has a usage reading), and a metrics refresh of every pod is measured as well; a last
// pass with metrics off says what the usage cells cost the burst.
import { performance } from 'node:perf_hooks';
import { ManualClock } from '../domain/clock.js';
import { loadFixtures } from '../demo/fixtures.js';
import { BUNDLED_FIXTURES } from '../demo/startDemo.js';
import type { KubeObject, Pod } from '../domain/resources.js';
import type { PodUsage } from '../domain/metrics/usage.js';
import { createClusterStore } from '../store/clusterStore.js';
import { DEFAULT_FLUSH_INTERVAL_MS, syncCluster } from '../store/syncCluster.js';
import type { BenchFigure, BenchSection } from './benchSection.js';
import { explorerWatchSource } from './explorerWatchSource.js';
import { generateNamespace, LARGE_NAMESPACE, withRestart } from './explorerNamespace.js';
import { renderExplorer } from './explorerTerminal.js';

const BURST_EVENTS = 1000;
const BURSTS = 15;

interface Measurement {
  firstFrameMs: number;
  burstFrameMs: number[];
  /** CPU time this process spent from the burst's first event to its frame: unlike wall time, not stretched by other processes. */
  burstCpuMs: number[];
  podsViewCpuMs: number[];
  podsViewFrameMs: number[];
  storeUpdatesPerBurst: number;
  heapMB: number;
  /** Heap after the bursts minus heap before them, both after a full collection: a leak shows here. */
  burstHeapGrowthMB: number;
  /** :pods full-screen, a new metrics scrape of every pod applied: the frame, and store updates per refresh. */
  metricsRefreshFrameMs: number[];
  /** CPU time of this process from applying the scrape to its frame. */
  metricsRefreshCpuMs: number[];
  storeUpdatesPerMetricsRefresh: number;
}

const METRICS_REFRESHES = 10;

/** One PodMetrics scrape of every pod, as kube/ parses it: usage varies per pod and per scrape. */
function scrapeOf(pods: readonly Pod[], at: number, n: number): PodUsage[] {
  return pods.map((pod, i) => {
    const cpuNanocores = ((i * 7 + n * 13) % 250) * 1e6 + 1e6;
    const memoryBytes = (64 + ((i * 11 + n * 17) % 900)) * 2 ** 20;
    return { name: pod.metadata.name, namespace: pod.metadata.namespace, timestamp: at, windowMs: 15_000, cpuNanocores, memoryBytes, containers: [{ name: pod.spec.containers[0].name, cpuNanocores, memoryBytes }] };
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fromWire = <T>(object: T): T => JSON.parse(JSON.stringify(object)) as T;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

function heapAfterCollection(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function measure(objects: KubeObject[], now: number, metrics = true): Promise<Measurement> {
  const clock = new ManualClock(now);
  const source = explorerWatchSource();
  const store = createClusterStore({ now });
  const stopSync = syncCluster(source.gateway, store, { clock });
  const explorer = renderExplorer(store, clock);
  await settle();
  const deployments = objects.filter((o) => o.kind === 'Deployment').length;
  const pods = objects.filter((o): o is Pod => o.kind === 'Pod');
  try {
    // The lists return: one sync per kind, applied at the next flush, as syncCluster does live.
    const listed = performance.now();
    source.syncAll(objects);
    clock.advance(DEFAULT_FLUSH_INTERVAL_MS);
    const first = await explorer.frameAfter(listed, (text) => text.includes(`${deployments} deploy ·`));
    const firstFrameMs = first.at - listed;

    // Metrics on: every pod has a reading, so every row carries its usage cells through the bursts.
    if (metrics) store.getState().mutators.applyMetrics({ pods: scrapeOf(pods, now, 0), now });
    await settle();
    const heapBeforeBursts = heapAfterCollection();
    let updates = 0;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.resources !== previous.resources) updates++;
    });
    // The selected Deployment's pods are first, so each burst changes what is on screen.
    const cpuMs: number[] = [];
    const burst = async (n: number): Promise<number> => {
      await settle();
      // As the gateway hands events on: parsed from the wire, so every pod has the layout JSON.parse
      // gives it (an object spread gives another, slower to read, that no real event has).
      const events = Array.from({ length: BURST_EVENTS }, (_, i) => fromWire(withRestart(pods[i % pods.length], now + n * 1000 + i)));
      const start = performance.now();
      const cpuAtStart = process.cpuUsage();
      for (const pod of events) source.emit('Pod', 'MODIFIED', pod);
      clock.advance(DEFAULT_FLUSH_INTERVAL_MS);
      const frame = await explorer.frameAfter(start, () => true);
      const cpu = process.cpuUsage(cpuAtStart);
      cpuMs.push((cpu.user + cpu.system) / 1000);
      return frame.at - start;
    };
    const burstFrameMs: number[] = [];
    for (let n = 1; n <= BURSTS; n++) burstFrameMs.push(await burst(n));
    const burstCpuMs = cpuMs.splice(0);
    unsubscribe();
    await settle();
    const heapMB = heapAfterCollection();
    // The same bursts with :pods open full-screen: every pod is a row, a fifth of them replaced.
    store.getState().mutators.pushView({ type: 'list', pane: 'pods' });
    const podsViewFrameMs: number[] = [];
    for (let n = 1; n <= BURSTS; n++) podsViewFrameMs.push(await burst(BURSTS + n));
    // A metrics poll bringing a new scrape of every pod, :pods full-screen: one store update, one frame.
    let metricsUpdates = 0;
    const countMetrics = store.subscribe((state, previous) => {
      if (state.metrics !== previous.metrics) metricsUpdates++;
    });
    const metricsRefreshFrameMs: number[] = [];
    const metricsRefreshCpuMs: number[] = [];
    for (let n = 1; metrics && n <= METRICS_REFRESHES; n++) {
      await settle();
      const scrape = scrapeOf(pods, now + n * 15_000, n);
      const start = performance.now();
      const cpuAtStart = process.cpuUsage();
      store.getState().mutators.applyMetrics({ pods: scrape, now: now + n * 15_000 });
      metricsRefreshFrameMs.push((await explorer.frameAfter(start, () => true)).at - start);
      const cpu = process.cpuUsage(cpuAtStart);
      metricsRefreshCpuMs.push((cpu.user + cpu.system) / 1000);
    }
    countMetrics();
    return {
      firstFrameMs, burstFrameMs, burstCpuMs, podsViewCpuMs: cpuMs, podsViewFrameMs, storeUpdatesPerBurst: updates / BURSTS, heapMB, burstHeapGrowthMB: heapMB - heapBeforeBursts,
      metricsRefreshFrameMs, metricsRefreshCpuMs, storeUpdatesPerMetricsRefresh: metricsUpdates / METRICS_REFRESHES,
    };
  } finally {
    explorer.unmount();
    stopSync();
  }
}

async function runExplorerBench(): Promise<BenchFigure[]> {
  const now = Date.now();
  const demo = loadFixtures(BUNDLED_FIXTURES, now).objects;
  const emptyHeapMB = heapAfterCollection();
  // Twice: the first run of each size warms up the JIT and is discarded.
  await measure(demo, now);
  const small = await measure(demo, now);
  const large = generateNamespace({ ...LARGE_NAMESPACE, now });
  await measure(large, now);
  const big = await measure(large, now);
  // Warmed up by the runs before: what the same bursts cost when no pod has a usage reading.
  const bigOff = await measure(large, now, false);
  const smallMedian = median(small.burstFrameMs);
  const bigMedian = median(big.burstFrameMs);
  const bigWorst = Math.max(...big.burstFrameMs);
  return [
    { label: 'first full frame after the list returns, 10k RS + 5k pods', value: big.firstFrameMs, unit: 'ms', target: '< 2000 ms', ok: big.firstFrameMs < 2000 },
    { label: 'first full frame, demo namespace (78 RS)', value: small.firstFrameMs, unit: 'ms' },
    { label: `frame after a ${BURST_EVENTS}-event burst, 10k RS (median of ${BURSTS})`, value: bigMedian, unit: 'ms', target: '< 16 ms', ok: bigMedian < 16 },
    { label: `CPU time of that burst and frame, 10k RS (median)`, value: median(big.burstCpuMs), unit: 'ms' },
    { label: `CPU time of that burst and frame, demo namespace (median)`, value: median(small.burstCpuMs), unit: 'ms' },
    { label: `CPU time of that burst and frame, :pods full-screen (median)`, value: median(big.podsViewCpuMs), unit: 'ms' },
    { label: `frame after a ${BURST_EVENTS}-event burst, 10k RS, metrics off (median)`, value: median(bigOff.burstFrameMs), unit: 'ms' },
    { label: `CPU time of that burst and frame, 10k RS, metrics off (median)`, value: median(bigOff.burstCpuMs), unit: 'ms' },
    { label: `frame after a ${BURST_EVENTS}-event burst, 10k RS (worst)`, value: bigWorst, unit: 'ms' },
    { label: `frame after a ${BURST_EVENTS}-event burst, demo namespace (median)`, value: smallMedian, unit: 'ms' },
    { label: `same burst with :pods full-screen, 5k pod rows (median)`, value: median(big.podsViewFrameMs), unit: 'ms' },
    { label: 'burst frame time, 10k RS ÷ demo namespace', value: bigMedian / smallMedian, unit: 'x' },
    { label: `store updates per ${BURST_EVENTS}-event burst`, value: big.storeUpdatesPerBurst, unit: 'count', target: '1', ok: big.storeUpdatesPerBurst === 1 },
    { label: `metrics refresh of 5k pods with :pods full-screen: frame (median of ${METRICS_REFRESHES})`, value: median(big.metricsRefreshFrameMs), unit: 'ms', target: '< 16 ms', ok: median(big.metricsRefreshFrameMs) < 16 },
    { label: 'CPU time of that refresh and frame (median)', value: median(big.metricsRefreshCpuMs), unit: 'ms' },
    { label: 'store updates per metrics refresh', value: big.storeUpdatesPerMetricsRefresh, unit: 'count', target: '1', ok: big.storeUpdatesPerMetricsRefresh === 1 },
    { label: 'heap after settling, 10k RS rendered', value: big.heapMB, unit: 'MB', target: '< 300 MB', ok: big.heapMB < 300 },
    // Each burst replaces 1,000 of the 5,000 pods: the heap should hold the same number of them after.
    { label: `heap growth over the ${BURSTS} bursts (after GC)`, value: big.burstHeapGrowthMB, unit: 'MB', target: '< 5 MB', ok: big.burstHeapGrowthMB < 5 },
    { label: 'heap before loading anything', value: emptyHeapMB, unit: 'MB' },
  ];
}

export const explorerBench: BenchSection = {
  name: 'explorer',
  title: 'live explorer',
  run: runExplorerBench,
};
