// Starts the fake API server, writes a kubeconfig for it and connects a gateway whose watch
// timers run on a ManualClock; `cleanup` stops everything so no handle outlives the test.
import { ManualClock } from '../../src/domain/clock.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { startFakeApiServer } from '../helpers/fakeApiServer.js';
import type { FakeApiServer } from '../helpers/fakeApiServer.js';
import { tempDir, writeKubeconfigFile } from './kubeconfigFiles.js';
import { NS } from './objects.js';

export interface Harness {
  server: FakeApiServer;
  gateway: ClusterGateway;
  clock: ManualClock;
  kubeconfig: string;
  cleanup(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await startFakeApiServer();
  const kubeconfig = writeKubeconfigFile(tempDir(), 'config', [{ name: 'fake', server: server.url, namespace: NS }], 'fake');
  const clock = new ManualClock();
  const gateway = await connect({ kubeconfig, env: {}, gateway: { timers: clock, watcher: { random: () => 0 } } });
  return {
    server,
    gateway,
    clock,
    kubeconfig,
    cleanup: async () => {
      gateway.close();
      await server.stop();
    },
  };
}

/** Requests the server received for watches of `resource`. */
export const watchRequests = (server: FakeApiServer, resource: string) =>
  server.requests.filter((r) => r.path.endsWith(`/${resource}`) && r.query.get('watch') === 'true');

export const listRequests = (server: FakeApiServer, resource: string) =>
  server.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/${resource}`) && r.query.get('watch') !== 'true');
