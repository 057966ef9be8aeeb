// Watch event → terminal bytes: with `:rs` open, a stale ReplicaSet is deleted on the server (this
// process) and the clock runs until kilo-tui's pty prints the header's new count. Single events, a
// quiet moment apart, as a user deleting one thing sees them.
import type { ReplicaSet } from '../domain/resources.js';
import type { BenchFigure, BenchSection } from './benchSection.js';
import { startInTerminal } from './terminalProcess.js';
import { DATA_MARKER, kiloArgv, median, percentile, range, round, sleep, startBenchDemo } from './tabletSetup.js';

const EVENTS = 30;

export async function measureLatency(events = EVENTS): Promise<number[]> {
  const demo = await startBenchDemo();
  const tui = startInTerminal(kiloArgv('--kubeconfig', demo.kubeconfig));
  const latencies: number[] = [];
  try {
    await tui.waitFor(DATA_MARKER);
    tui.type(':rs\r');
    await sleep(1500);
    const stale = demo.cluster.store
      .list<ReplicaSet>('ReplicaSet', demo.namespace)
      .filter((rs) => (rs.spec.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0)
      .slice(0, events);
    let left = 78;
    for (const rs of stale) {
      await sleep(300 + Math.random() * 200);
      left--;
      const sent = performance.now();
      demo.cluster.store.delete('ReplicaSet', demo.namespace, rs.metadata.name);
      latencies.push((await tui.waitFor(`· ${left} rs (`, sent, 5000)) - sent);
    }
  } finally {
    await tui.stop();
    await demo.close();
  }
  return latencies;
}

export const latencyBench: BenchSection = {
  name: 'latency',
  title: 'Watch event → terminal bytes (DELETE of a stale RS, :rs open)',
  async run(): Promise<BenchFigure[]> {
    const latencies = await measureLatency();
    const p95 = percentile(latencies, 95);
    return [
      { label: `p50 of ${latencies.length} single events (range ${range(latencies)})`, value: round(median(latencies)), unit: 'ms' },
      { label: 'p95', value: round(p95), unit: 'ms', target: '≤ 50 ms', ok: p95 <= 50 },
    ];
  },
};
