// Idle cost on a battery: CPU of the kilo-tui process over 30 s with the overview open and nothing
// changing, then with a pod logging 200 lines/s on screen; resident memory after settling
// (`--kubeconfig` to a demo server over HTTP, as on a real cluster, not the in-process --demo).
import type { DemoCluster } from '../demo/cluster.js';
import type { Deployment, Pod } from '../domain/resources.js';
import type { BenchFigure, BenchSection } from './benchSection.js';
import { firehoseLogSource, type Firehose } from './logFirehoseSource.js';
import { startInTerminal } from './terminalProcess.js';
import { DATA_MARKER, kiloArgv, round, sleep, startBenchDemo } from './tabletSetup.js';

const SETTLE_MS = 5_000;
const MEASURE_MS = 30_000;
const LOG_LINES_PER_SECOND = 200;

async function cpuPercentOver(tui: ReturnType<typeof startInTerminal>, ms: number): Promise<number> {
  const before = tui.cpuMs();
  const started = performance.now();
  await sleep(ms);
  return ((tui.cpuMs() - before) / (performance.now() - started)) * 100;
}

export async function measureIdleOverview(): Promise<{ cpuPercent: number; rssMB: number }> {
  const demo = await startBenchDemo();
  const tui = startInTerminal(kiloArgv('--kubeconfig', demo.kubeconfig));
  try {
    await tui.waitFor(DATA_MARKER);
    await sleep(SETTLE_MS);
    const cpuPercent = await cpuPercentOver(tui, MEASURE_MS);
    return { cpuPercent, rssMB: tui.rssMB() };
  } finally {
    await tui.stop();
    await demo.close();
  }
}

/**
 * A pod the wide overview's logs pane follows live: the first Deployment (by name) whose pod never
 * restarted (a restarted pod opens on its previous container), and how many rows down it is.
 */
function followedPod(cluster: DemoCluster): { pod: string; row: number } {
  const deployments = cluster.store.list<Deployment>('Deployment').sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  const pods = cluster.store.list<Pod>('Pod');
  for (const [row, dep] of deployments.entries()) {
    const selector = Object.entries(dep.spec.selector.matchLabels ?? {});
    const own = pods.filter((pod) => selector.every(([key, value]) => pod.metadata.labels?.[key] === value));
    if (own.length === 1 && (own[0].status?.containerStatuses ?? []).every((c) => c.restartCount === 0)) return { pod: own[0].metadata.name, row };
  }
  throw new Error('no Deployment with one pod that never restarted');
}

export async function measureIdleLogs(): Promise<number> {
  let firehose: Firehose | undefined;
  let row = 0;
  const demo = await startBenchDemo({
    logs: (cluster) => {
      const followed = followedPod(cluster);
      row = followed.row;
      firehose = firehoseLogSource(cluster.logs, followed.pod);
      return firehose;
    },
  });
  const tui = startInTerminal(kiloArgv('--kubeconfig', demo.kubeconfig));
  try {
    await tui.waitFor(DATA_MARKER);
    tui.type('j'.repeat(row));
    const writing = firehose!.run(LOG_LINES_PER_SECOND, (SETTLE_MS + MEASURE_MS) / 1000 + 10);
    // The overview's logs pane follows the pod under the cursor once it has rested 250 ms.
    await tui.waitFor('firehose #', tui.startedAt, 15_000);
    await sleep(SETTLE_MS);
    const cpuPercent = await cpuPercentOver(tui, MEASURE_MS);
    await writing;
    return cpuPercent;
  } finally {
    await tui.stop();
    await demo.close();
  }
}

export const idleBench: BenchSection = {
  name: 'idle',
  title: 'Idle CPU and memory (demo server, 120×35 pty, 30 s each)',
  async run(): Promise<BenchFigure[]> {
    const overview = await measureIdleOverview();
    const logs = await measureIdleLogs().catch(() => NaN);
    return [
      { label: 'CPU, overview open, nothing changing', value: round(overview.cpuPercent, 2), unit: '%', target: '≤ 0.3 % of a core', ok: overview.cpuPercent <= 0.3 },
      { label: `CPU, a pod logging ${LOG_LINES_PER_SECOND} lines/s in the overview's logs pane`, value: round(logs, 2), unit: '%', target: '≤ 5 % of a core', ok: logs <= 5 },
      ...(Number.isNaN(logs) ? [{ label: 'the logs measurement did not reach the firehose pod', value: 0, unit: 'count' as const, ok: false }] : []),
      { label: 'resident memory after settling (--kubeconfig)', value: round(overview.rssMB), unit: 'MB', target: '≤ 90 MB', ok: overview.rssMB <= 90 },
    ];
  },
};
