// Idle cost on a battery: CPU of the kilo-tui process over 30 s with the overview open and nothing
// changing, then with a pod logging 200 lines/s on screen; resident memory after settling
// (`--kubeconfig` to a demo server over HTTP, as on a real cluster, not the in-process --demo).
import type { Pod } from '../domain/resources.js';
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

export async function measureIdleLogs(): Promise<number> {
  let firehose: Firehose | undefined;
  let podName = '';
  const demo = await startBenchDemo({
    logs: (cluster) => {
      podName = cluster.store.list<Pod>('Pod').find((pod) => pod.metadata.name.startsWith('kilo-gateway'))?.metadata.name ?? '';
      firehose = firehoseLogSource(cluster.logs, podName);
      return firehose;
    },
  });
  const tui = startInTerminal(kiloArgv('--kubeconfig', demo.kubeconfig));
  try {
    await tui.waitFor(DATA_MARKER);
    tui.type(':pods\r');
    await sleep(500);
    tui.type(`/${podName}\r`);
    await sleep(500);
    tui.type('l');
    const writing = firehose!.run(LOG_LINES_PER_SECOND, (SETTLE_MS + MEASURE_MS) / 1000 + 5);
    await tui.waitFor('firehose #', performance.now(), 10_000);
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
    const logs = await measureIdleLogs();
    return [
      { label: 'CPU, overview open, nothing changing', value: round(overview.cpuPercent, 2), unit: '%', target: '≤ 0.3 % of a core', ok: overview.cpuPercent <= 0.3 },
      { label: `CPU, a pod's logs at ${LOG_LINES_PER_SECOND} lines/s on screen`, value: round(logs, 2), unit: '%', target: '≤ 5 % of a core', ok: logs <= 5 },
      { label: 'resident memory after settling (--kubeconfig)', value: round(overview.rssMB), unit: 'MB', target: '≤ 90 MB', ok: overview.rssMB <= 90 },
    ];
  },
};
