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

/** KILO_TUI_CODE_CACHE=off: a build's first start, before its launcher has written a V8 code cache. */
async function kiloFirstData(kubeconfig: string, codeCache = true): Promise<number> {
  const tui = startInTerminal(kiloArgv('--kubeconfig', kubeconfig), codeCache ? {} : { env: { KILO_TUI_CODE_CACHE: 'off' } });
  try {
    return (await tui.waitFor(DATA_MARKER)) - tui.startedAt;
  } finally {
    await tui.stop();
  }
}

export async function measureStartup(pairs = PAIRS): Promise<{ kubectl: number[]; kilo: number[]; uncached: number[] }> {
  const demo = await startBenchDemo();
  const kubectl: number[] = [];
  const kilo: number[] = [];
  const uncached: number[] = [];
  try {
    // One unmeasured round warms the file cache for all three (and writes the code cache, if none).
    await kubectlGet(demo.kubeconfig, demo.namespace);
    await kiloFirstData(demo.kubeconfig);
    await kiloFirstData(demo.kubeconfig, false);
    for (let i = 0; i < pairs; i++) {
      const steps = [
        async () => kubectl.push(await kubectlGet(demo.kubeconfig, demo.namespace)),
        async () => kilo.push(await kiloFirstData(demo.kubeconfig)),
        async () => uncached.push(await kiloFirstData(demo.kubeconfig, false)),
      ];
      for (const step of i % 2 === 0 ? steps : steps.reverse()) await step();
      await sleep(200);
    }
  } finally {
    await demo.close();
  }
  return { kubectl, kilo, uncached };
}

export const startupBench: BenchSection = {
  name: 'startup',
  title: 'Start-up vs kubectl (demo server, 120×35 pty)',
  async run(): Promise<BenchFigure[]> {
    const { kubectl, kilo, uncached } = await measureStartup();
    const ratio = median(kilo) / median(kubectl);
    const uncachedRatio = median(uncached) / median(kubectl);
    return [
      { label: `kubectl get deploy,rs,pods,svc (median of ${kubectl.length}; range ${range(kubectl)})`, value: round(median(kubectl)), unit: 'ms' },
      { label: `kilo-tui launch → first frame with every list (median of ${kilo.length}; range ${range(kilo)})`, value: round(median(kilo)), unit: 'ms' },
      { label: 'kilo-tui / kubectl', value: round(ratio, 2), unit: 'x', target: '≤ 3×', ok: ratio <= 3 },
      { label: `the same, a build's first start: no code cache yet (median of ${uncached.length}; range ${range(uncached)})`, value: round(median(uncached)), unit: 'ms' },
      { label: 'first start / kubectl', value: round(uncachedRatio, 2), unit: 'x' },
    ];
  },
};
