// Issue 4's speed figures: the demo API server writes 20,000 lines/s for 10 s to one followed
// pod; the logs pane (ring of 10,000) ingests them through kube/ while a key is pressed every
// 250 ms. Reports lines/s ingested, lines lost below the ring's bound, the longest wait of a key
// for its frame, and the heap (peak, and growth once the ring is full).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoCluster } from '../demo/cluster.js';
import { loadFixtures } from '../demo/fixtures.js';
import { writeKubeconfig } from '../demo/kubeconfig.js';
import { startDemoServer } from '../demo/server.js';
import { BUNDLED_FIXTURES } from '../demo/startDemo.js';
import type { Pod } from '../domain/resources.js';
import { connect } from '../kube/connect.js';
import { DEFAULT_LOG_LINES, LogSession } from '../logs/logSession.js';
import type { BenchFigure, BenchSection } from './benchSection.js';
import { firehoseLogSource, parseFirehoseLine } from './logFirehoseSource.js';
import { renderLogsTerminal } from './logFirehoseTerminal.js';

const LINES_PER_SECOND = 20_000;
const SECONDS = 10;
const KEY_EVERY_MS = 250;
const KEY_LATENCY_TARGET_MS = 100;
/** Heap may wobble with GC timing; more growth than this after the ring is full is a leak. */
const HEAP_GROWTH_TARGET_MB = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function collectedHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

export async function runLogFirehose(options: { linesPerSecond?: number; seconds?: number; capacity?: number } = {}): Promise<BenchFigure[]> {
  const rate = options.linesPerSecond ?? LINES_PER_SECOND;
  const seconds = options.seconds ?? SECONDS;
  const capacity = options.capacity ?? DEFAULT_LOG_LINES;
  const fixtures = loadFixtures(BUNDLED_FIXTURES, Date.now());
  const cluster = createDemoCluster({ fixtures, timeScale: 10 });
  cluster.start();
  const podName = cluster.store.list<Pod>('Pod', fixtures.namespace).find((pod) => pod.metadata.name.startsWith('kilo-gateway'))?.metadata.name;
  if (!podName) throw new Error('the demo fixtures have no kilo-gateway pod');
  const firehose = firehoseLogSource(cluster.logs, podName);
  const server = await startDemoServer({ store: cluster.store, logs: firehose, port: 0 });
  const kubeconfigDir = mkdtempSync(join(tmpdir(), 'kilo-bench-logs-'));
  const kubeconfig = join(kubeconfigDir, 'kubeconfig');
  writeKubeconfig(kubeconfig, { server: server.url, namespace: fixtures.namespace });
  const gateway = await connect({ kubeconfig, env: {} }).finally(() => rmSync(kubeconfigDir, { recursive: true, force: true }));
  const session = new LogSession({ gateway, capacity, mode: 'current', target: { title: podName, pods: [podName], merged: false } });
  const terminal = renderLogsTerminal(session);
  try {
    await session.start();
    for (let i = 0; i < 100 && session.getState().status !== 'following'; i++) await sleep(20);

    let peakHeap = 0;
    const heapSampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
    let heapWhenFull: number | undefined;
    const latencies: number[] = [];
    let wrap = false;
    let firing = true;
    const typing = (async () => {
      while (firing) {
        await sleep(KEY_EVERY_MS);
        if (!firing) break;
        wrap = !wrap;
        const flag = `wrap:${wrap ? 'on' : 'off'}`;
        latencies.push(await terminal.press('w', (frame) => frame.includes(flag)));
        if (heapWhenFull === undefined && session.lines.length >= capacity) heapWhenFull = collectedHeap();
      }
    })();
    const started = Date.now();
    await firehose.run(rate, seconds);
    // Let the last bytes cross the socket and the last batch flush.
    let previous = session.lines.endSeq;
    let lastArrival = Date.now();
    for (let quiet = 0; quiet < 3; ) {
      await sleep(100);
      if (session.lines.endSeq === previous) {
        quiet++;
        continue;
      }
      previous = session.lines.endSeq;
      lastArrival = Date.now();
      quiet = 0;
    }
    const elapsed = (lastArrival - started) / 1000;
    firing = false;
    await typing;
    clearInterval(heapSampler);
    const heapAtEnd = collectedHeap();

    const evicted = session.lines.endSeq - session.lines.length;
    const trimmedBeforeFlush = session.lines.dropped - evicted;
    const ingested = session.lines.endSeq + trimmedBeforeFlush;
    const held = session.lines.toArray().map((entry) => parseFirehoseLine(entry.text));
    const expectedHeld = Math.min(capacity, firehose.written);
    const lostBelowBound = expectedHeld - held.filter((n, i) => n === firehose.written - expectedHeld + i).length;
    const worstKey = Math.max(...latencies);
    const growth = heapWhenFull === undefined ? undefined : heapAtEnd - heapWhenFull;
    const figures: BenchFigure[] = [
      { label: `lines/s ingested (${rate.toLocaleString('en')}/s written for ${seconds} s)`, value: Math.round(ingested / elapsed), unit: 'count', target: `≥ ${Math.round(rate * 0.95).toLocaleString('en')}`, ok: ingested / elapsed >= rate * 0.95 },
      { label: `lines written / reached the session`, value: ingested, unit: 'count', target: `= ${firehose.written.toLocaleString('en')}`, ok: ingested === firehose.written },
      { label: `lines missing from the ring (last ${expectedHeld.toLocaleString('en')} expected)`, value: lostBelowBound, unit: 'count', target: '0', ok: lostBelowBound === 0 },
      { label: `longest key wait for its frame (${latencies.length} keys)`, value: Math.round(worstKey * 10) / 10, unit: 'ms', target: `< ${KEY_LATENCY_TARGET_MS} ms`, ok: worstKey < KEY_LATENCY_TARGET_MS },
      { label: 'median key wait for its frame', value: Math.round(latencies.sort((a, b) => a - b)[Math.floor(latencies.length / 2)] * 10) / 10, unit: 'ms' },
      { label: 'peak heap during the firehose', value: mb(peakHeap), unit: 'MB' },
    ];
    if (growth !== undefined) {
      figures.push({ label: 'heap growth from ring full to end (after GC)', value: mb(growth), unit: 'MB', target: `< ${HEAP_GROWTH_TARGET_MB} MB`, ok: mb(growth) < HEAP_GROWTH_TARGET_MB });
    }
    figures.push({ label: 'frames written', value: terminal.frames(), unit: 'count' });
    return figures;
  } finally {
    terminal.unmount();
    session.stop();
    gateway.close();
    cluster.stop();
    await server.close();
  }
}

export const logFirehoseBench: BenchSection = {
  name: 'logs',
  title: `Log firehose: ${LINES_PER_SECOND.toLocaleString('en')} lines/s for ${SECONDS} s into one followed pod (ring ${DEFAULT_LOG_LINES.toLocaleString('en')})`,
  run: () => runLogFirehose(),
};
