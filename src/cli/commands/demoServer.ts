// `kilo-tui demo-server`: the simulated cluster, standalone, until SIGINT/SIGTERM.
import { resolve } from 'node:path';
import { startDemo } from '../../demo/startDemo.js';
import { parseFaultSpec, FaultSpecError, type FaultRule } from '../../demo/faults/faultSpec.js';
import { shellQuote } from '../../domain/plans/toKubectl.js';
import { sanitizeMultiline } from '../../text/sanitize.js';
import { UsageError, type CliOptions } from '../args.js';

export async function runDemoServer(options: CliOptions): Promise<number> {
  let faults: FaultRule[] | undefined;
  try {
    faults = options.faults === undefined ? undefined : parseFaultSpec(options.faults);
  } catch (error) {
    if (error instanceof FaultSpecError) throw new UsageError(error.message);
    throw error;
  }
  const demo = await startDemo({
    faults,
    fixturesDir: options.fixtures ? resolve(options.fixtures) : undefined,
    port: options.port,
    timeScale: options.timeScale,
    metrics: !options.noMetrics,
    kubeconfigOut: options.kubeconfigOut ? resolve(options.kubeconfigOut) : undefined,
  });
  // The path is the user's (--kubeconfig-out): shown inert, and quoted in the command to paste.
  process.stdout.write(
    sanitizeMultiline(
      `kilo-tui demo server: ${demo.server.url} (namespace ${demo.namespace})\n` +
        `kubeconfig: ${demo.kubeconfigPath}\n` +
        (options.noMetrics ? 'metrics: off (metrics.k8s.io is not served)\n' : '') +
        (faults?.length ? `fault mode: ${faults.length} rule${faults.length === 1 ? '' : 's'} (${options.faults})\n` : '') +
        `try: kubectl --kubeconfig ${shellQuote(demo.kubeconfigPath)} get deploy,rs,pods,svc\n`,
    ),
  );
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await demo.close();
  return 0;
}
