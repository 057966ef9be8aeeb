// The explorer as it runs for real, minus the terminal: the bundled demo API server, the real
// client (kube/connect) and syncCluster feeding a store, and the App rendered into a fake terminal.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { syncCluster } from '../../src/store/syncCluster.js';
import { renderWithStore } from '../helpers/renderWithStore.js';

const execFileAsync = promisify(execFile);

export interface LiveExplorer {
  demo: RunningDemo;
  gateway: ClusterGateway;
  view: ReturnType<typeof renderWithStore>;
  kubectl(...args: string[]): Promise<string>;
  /** Polls the rendered frame until `check` holds; returns that frame. */
  frameWhere(check: (frame: string) => boolean, timeoutMs: number, what: string): Promise<string>;
  /** Stops the demo API server (the TUI keeps running) and starts a fresh one on the same port. */
  stopServer(): Promise<void>;
  restartServer(): Promise<void>;
  close(): Promise<void>;
}

export async function startLiveExplorer(size = { columns: 120, rows: 35 }): Promise<LiveExplorer> {
  let demo = await startDemo();
  const kubeconfig = demo.kubeconfigPath;
  const port = Number(new URL(demo.server.url).port);
  // Short back-off so a restarted server is found in well under a second, like a real retry would in seconds.
  const gateway = await connect({ kubeconfig, gateway: { watcher: { backoff: { initialMs: 100, maxMs: 400, jitter: 0 } } } });
  const store = createClusterStore();
  const stopSync = syncCluster(gateway, store);
  const view = renderWithStore(store, size);
  let serverRunning = true;

  const explorer: LiveExplorer = {
    get demo() {
      return demo;
    },
    gateway,
    view,
    async kubectl(...args) {
      const { stdout } = await execFileAsync('kubectl', ['--kubeconfig', kubeconfig, ...args], { timeout: 20_000 });
      return stdout;
    },
    async frameWhere(check, timeoutMs, what) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const frame = view.lastFrame();
        if (check(frame)) return frame;
        if (Date.now() > deadline) throw new Error(`the frame did not show ${what} within ${timeoutMs} ms; it was:\n${frame}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async stopServer() {
      await demo.close();
      serverRunning = false;
    },
    async restartServer() {
      demo = await startDemo({ port, kubeconfigOut: kubeconfig });
      serverRunning = true;
    },
    async close() {
      view.unmount();
      stopSync();
      gateway.close();
      if (serverRunning) await demo.close();
      // The restarted demo wrote the kubeconfig back into the first one's folder, which it does not own.
      rmSync(dirname(kubeconfig), { recursive: true, force: true });
    },
  };
  return explorer;
}
