// Launch → first frame with data, against kubectl printing the same lists from the same server:
// alternating pairs (so a busy moment of the machine hits both), medians and their ratio.
import { execFile } from 'node:child_process';
import type { BenchFigure, BenchSection } from './benchSection.js';
import { startInTerminal } from './terminalProcess.js';
import { DATA_MARKER, kiloArgv, median, range, round, sleep, startBenchDemo } from './tabletSetup.js';

const PAIRS = 10;

function kubectlGet(kubeconfig: string, namespace: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile('kubectl', ['--kubeconfig', kubeconfig, 'get', 'deploy,rs,pods,svc', '-n', namespace], (error, stdout) => {
      if (error || !stdout.includes('deployment.apps/kilo-meds')) reject(error ?? new Error('kubectl printed no deployments'));
      else resolve(performance.now() - started);
    });
  });
}

async function kiloFirstData(kubeconfig: string): Promise<number> {
  const tui = startInTerminal(kiloArgv('--kubeconfig', kubeconfig));
  try {
    return (await tui.waitFor(DATA_MARKER)) - tui.startedAt;
  } finally {
    await tui.stop();
  }
}

export async function measureStartup(pairs = PAIRS): Promise<{ kubectl: number[]; kilo: number[] }> {
  const demo = await startBenchDemo();
  const kubectl: number[] = [];
  const kilo: number[] = [];
  try {
    // One unmeasured round warms the file cache for both.
    await kubectlGet(demo.kubeconfig, demo.namespace);
    await kiloFirstData(demo.kubeconfig);
    for (let i = 0; i < pairs; i++) {
      if (i % 2 === 0) {
        kubectl.push(await kubectlGet(demo.kubeconfig, demo.namespace));
        kilo.push(await kiloFirstData(demo.kubeconfig));
      } else {
        kilo.push(await kiloFirstData(demo.kubeconfig));
        kubectl.push(await kubectlGet(demo.kubeconfig, demo.namespace));
      }
      await sleep(200);
    }
  } finally {
    await demo.close();
  }
  return { kubectl, kilo };
}

export const startupBench: BenchSection = {
  name: 'startup',
  title: 'Start-up vs kubectl (demo server, 120×35 pty)',
  async run(): Promise<BenchFigure[]> {
    const { kubectl, kilo } = await measureStartup();
    const ratio = median(kilo) / median(kubectl);
    return [
      { label: `kubectl get deploy,rs,pods,svc (median of ${kubectl.length}; range ${range(kubectl)})`, value: round(median(kubectl)), unit: 'ms' },
      { label: `kilo-tui launch → first frame with every list (median of ${kilo.length}; range ${range(kilo)})`, value: round(median(kilo)), unit: 'ms' },
      { label: 'kilo-tui / kubectl', value: round(ratio, 2), unit: 'x', target: '≤ 3×', ok: ratio <= 3 },
    ];
  },
};
