// Issue 11's -A figures: every namespace at once, 20 namespaces × 500 pods (10,000 pods, with their
// Deployments and ReplicaSets), the NAMESPACE column in every list: the first frame after the lists
// return, the frame after a burst of 1,000 pod events spread over the namespaces (overview, and
// :pods full-screen with 10,000 rows), and the heap.
import { performance } from 'node:perf_hooks';
import { ManualClock } from '../domain/clock.js';
import type { KubeObject, Pod } from '../domain/resources.js';
import { createClusterStore } from '../store/clusterStore.js';
import { DEFAULT_FLUSH_INTERVAL_MS, syncCluster } from '../store/syncCluster.js';
import type { BenchFigure, BenchSection } from './benchSection.js';
import { explorerWatchSource } from './explorerWatchSource.js';
import { generateNamespace, withRestart } from './explorerNamespace.js';
import { renderExplorer } from './explorerTerminal.js';

const NAMESPACES = 20;
/** 100 Deployments × 5 pods = 500 pods per namespace, 3 ReplicaSets each. */
const SHAPE = { deployments: 100, replicaSetsPerDeployment: 3, podsPerDeployment: 5 };
const BURST_EVENTS = 1000;
const BURSTS = 15;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

function heapAfterCollection(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** The generated namespace copied into `count` namespaces, names and uids made unique per copy. */
export function manyNamespaces(count: number, now: number): KubeObject[] {
  const one = JSON.stringify(generateNamespace({ ...SHAPE, now }));
  const original = (JSON.parse(one) as KubeObject[])[0].metadata.namespace ?? '';
  return Array.from({ length: count }, (_, i) =>
    JSON.parse(one.replaceAll('"uid":"', `"uid":"n${i}-`).replaceAll(`"namespace":"${original}"`, `"namespace":"team-${String(i).padStart(2, '0')}"`)) as KubeObject[],
  ).flat();
}

interface Measurement {
  firstFrameMs: number;
  burstFrameMs: number[];
  podsViewFrameMs: number[];
  /** CPU time of this process per burst and frame: not stretched by other processes on a shared machine. */
  burstCpuMs: number[];
  heapMB: number;
}

/** As the gateway hands events on: parsed from the wire (the layout JSON.parse gives, as live). */
const fromWire = <T>(object: T): T => JSON.parse(JSON.stringify(object)) as T;

async function measure(objects: KubeObject[], now: number): Promise<Measurement> {
  const clock = new ManualClock(now);
  const source = explorerWatchSource('');
  const store = createClusterStore({ now });
  const stopSync = syncCluster(source.gateway, store, { clock });
  const explorer = renderExplorer(store, clock);
  await settle();
  const deployments = objects.filter((o) => o.kind === 'Deployment').length;
  const pods = objects.filter((o): o is Pod => o.kind === 'Pod');
  // A burst touches pods of every namespace, as a cluster-wide event storm would.
  const spread = Array.from({ length: pods.length }, (_, i) => pods[(i * 7919) % pods.length]);
  try {
    const listed = performance.now();
    source.syncAll(objects);
    clock.advance(DEFAULT_FLUSH_INTERVAL_MS);
    const first = await explorer.frameAfter(listed, (text) => text.includes(`${deployments} deploy ·`) && text.includes('NAMESPACE'));
    const cpuMs: number[] = [];
    const burst = async (n: number): Promise<number> => {
      await settle();
      const events = Array.from({ length: BURST_EVENTS }, (_, i) => fromWire(withRestart(spread[(n * BURST_EVENTS + i) % spread.length], now + n * 1000 + i)));
      const cpuAtStart = process.cpuUsage();
      const start = performance.now();
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
    store.getState().mutators.pushView({ type: 'list', pane: 'pods' });
    await settle();
    const podsViewFrameMs: number[] = [];
    for (let n = 1; n <= BURSTS; n++) podsViewFrameMs.push(await burst(BURSTS + n));
    await settle();
    return { firstFrameMs: first.at - listed, burstFrameMs, podsViewFrameMs, burstCpuMs, heapMB: heapAfterCollection() };
  } finally {
    explorer.unmount();
    stopSync();
  }
}

async function runAllNamespacesBench(): Promise<BenchFigure[]> {
  const now = Date.now();
  const objects = manyNamespaces(NAMESPACES, now);
  const pods = objects.filter((o) => o.kind === 'Pod').length;
  // The first run warms up the JIT and is discarded.
  await measure(objects, now);
  const run = await measure(objects, now);
  const burst = median(run.burstFrameMs);
  return [
    { label: `-A first full frame after the lists return, ${NAMESPACES} namespaces × ${pods / NAMESPACES} pods`, value: run.firstFrameMs, unit: 'ms', target: '< 2000 ms', ok: run.firstFrameMs < 2000 },
    { label: `-A frame after a ${BURST_EVENTS}-event burst over every namespace (median of ${BURSTS})`, value: burst, unit: 'ms', target: '< 16 ms', ok: burst < 16 },
    { label: '-A CPU time of that burst and frame (median)', value: median(run.burstCpuMs), unit: 'ms' },
    { label: `-A same burst with :pods full-screen, ${pods} rows with NAMESPACE (median)`, value: median(run.podsViewFrameMs), unit: 'ms' },
    { label: '-A heap after the bursts', value: run.heapMB, unit: 'MB', target: '< 300 MB', ok: run.heapMB < 300 },
  ];
}

export const allNamespacesBench: BenchSection = {
  name: 'all-namespaces',
  title: 'every namespace (-A)',
  run: runAllNamespacesBench,
};
