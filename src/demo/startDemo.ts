// Starts the whole demo: fixtures → simulated cluster → HTTP API server → kubeconfig on disk.
// Used by `kilo-tui --demo`, `kilo-tui demo-server`, `kilo-tui audit --demo`, tests and the bench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDemoCluster, type DemoCluster } from './cluster.js';
import type { Clock } from '../domain/clock.js';
import { realClock } from '../domain/clock.js';
import type { FaultRule } from './faults/faultSpec.js';
import { loadFixtures } from './fixtures.js';
import { writeKubeconfig } from './kubeconfig.js';
import { startDemoServer, type DemoServer } from './server.js';

/** The fixtures shipped with kilo-tui (dist/demo/ and src/demo/ are both two levels below the root). */
export const BUNDLED_FIXTURES = fileURLToPath(new URL('../../demo-fixtures/kilo-guardian', import.meta.url));

/** Every bundled namespace: kilo-guardian (the audit's scenario, the default), kilo-data (a stateful database) and k3s's kube-system. */
export const BUNDLED_FIXTURE_DIRS: readonly string[] = [
  BUNDLED_FIXTURES,
  fileURLToPath(new URL('../../demo-fixtures/kilo-data', import.meta.url)),
  fileURLToPath(new URL('../../demo-fixtures/kube-system', import.meta.url)),
];

export interface RunningDemo {
  cluster: DemoCluster;
  server: DemoServer;
  namespace: string;
  kubeconfigPath: string;
  close(): Promise<void>;
}

export async function startDemo(options: {
  /** One fixture folder, or several (one namespace each; the first is the kubeconfig's). */
  fixturesDir?: string | readonly string[];
  port?: number;
  timeScale?: number;
  kubeconfigOut?: string;
  clock?: Clock;
  /** Fault mode of the API server (off by default). */
  faults?: FaultRule[];
} = {}): Promise<RunningDemo> {
  const clock = options.clock ?? realClock;
  const dirs = options.fixturesDir === undefined ? BUNDLED_FIXTURE_DIRS : typeof options.fixturesDir === 'string' ? [options.fixturesDir] : options.fixturesDir;
  const sets = dirs.map((dir) => loadFixtures(dir, clock.now()));
  const fixtures = sets[0];
  const cluster = createDemoCluster({ fixtures: sets, clock, timeScale: options.timeScale ?? 10 });
  cluster.start();
  let server: DemoServer;
  try {
    server = await startDemoServer({ store: cluster.store, logs: cluster.logs, port: options.port ?? 0, faults: options.faults });
  } catch (error) {
    cluster.stop();
    throw error;
  }
  // A kubeconfig we place ourselves goes with the demo; one the user asked for stays.
  const ownDir = options.kubeconfigOut ? undefined : mkdtempSync(join(tmpdir(), 'kilo-tui-demo-'));
  const kubeconfigPath = options.kubeconfigOut ?? join(ownDir!, 'kubeconfig');
  writeKubeconfig(kubeconfigPath, { server: server.url, namespace: fixtures.namespace });
  return {
    cluster,
    server,
    namespace: fixtures.namespace,
    kubeconfigPath,
    async close() {
      cluster.stop();
      await server.close();
      if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    },
  };
}
