// Shared by the tablet-host sections (issue 14): which kilo-tui to run, the demo namespace served
// over HTTP from this process (both kilo-tui and kubectl talk to it), and small statistics.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoCluster, type DemoCluster } from '../demo/cluster.js';
import { loadFixtures } from '../demo/fixtures.js';
import { writeKubeconfig } from '../demo/kubeconfig.js';
import type { LogSource } from '../demo/logSource.js';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { BUNDLED_FIXTURES } from '../demo/startDemo.js';

/** The installed form: the bundle `npm pack` ships; KILO_BENCH_CLI names another (a baseline's dist/cli/main.js). */
export const KILO_CLI = process.env.KILO_BENCH_CLI ?? fileURLToPath(new URL('../../bundle/cli/kilo-tui.js', import.meta.url));
export const kiloArgv = (...args: string[]): string[] => [process.execPath, KILO_CLI, ...args];

/** The header's count line once every list of the demo namespace is on screen. */
export const DATA_MARKER = '14 deploy · 78 rs (63 stale) · 15 pods';

export interface BenchDemo {
  cluster: DemoCluster;
  server: DemoServer;
  namespace: string;
  kubeconfig: string;
  close(): Promise<void>;
}

/**
 * The demo namespace behind a real HTTP server. timeScale 1 keeps the crash-looping pod's restarts
 * minutes apart, so "nothing changing" holds during an idle measurement.
 */
export async function startBenchDemo(options: { timeScale?: number; logs?: (cluster: DemoCluster) => LogSource } = {}): Promise<BenchDemo> {
  const fixtures = loadFixtures(BUNDLED_FIXTURES, Date.now());
  const cluster = createDemoCluster({ fixtures, timeScale: options.timeScale ?? 1 });
  cluster.start();
  const server = await startDemoServer({ store: cluster.store, logs: options.logs?.(cluster) ?? cluster.logs, port: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'kilo-bench-tablet-'));
  const kubeconfig = join(dir, 'kubeconfig');
  writeKubeconfig(kubeconfig, { server: server.url, namespace: fixtures.namespace });
  return {
    cluster,
    server,
    namespace: fixtures.namespace,
    kubeconfig,
    async close() {
      cluster.stop();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const median = (values: readonly number[]) => percentile(values, 50);
export const range = (values: readonly number[]) => `${round(Math.min(...values))}–${round(Math.max(...values))}`;
