// The small test cluster behind a demo API server in fault mode, and a gateway connected to it
// through a kubeconfig, as kilo-tui connects to any cluster.
import { join } from 'node:path';
import type { FaultRule } from '../../src/demo/faults/faultSpec.js';
import { writeKubeconfig } from '../../src/demo/kubeconfig.js';
import { startDemoServer, type DemoServer } from '../../src/demo/server.js';
import { connect } from '../../src/kube/connect.js';
import type { GatewayOptions } from '../../src/kube/gateway.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { createTestCluster, NAMESPACE, type TestCluster } from '../demo/serverTestCluster.js';
import { scratchDir } from './scratchDir.js';

export interface FaultyDemo {
  cluster: TestCluster;
  server: DemoServer;
  gateway: ClusterGateway;
  kubeconfig: string;
  close(): Promise<void>;
}

export async function startFaultyDemo(faults: FaultRule[] = [], gatewayOptions: GatewayOptions = {}): Promise<FaultyDemo> {
  const cluster = createTestCluster();
  const server = await startDemoServer({ store: cluster.store, logs: cluster.logs, clock: cluster.clock, faults });
  const kubeconfig = join(scratchDir('kilo-faults-'), 'kubeconfig');
  writeKubeconfig(kubeconfig, { server: server.url, namespace: NAMESPACE });
  const gateway = await connect({ kubeconfig, env: {}, probe: false, gateway: gatewayOptions });
  return {
    cluster,
    server,
    gateway,
    kubeconfig,
    async close() {
      gateway.close();
      await server.close();
    },
  };
}
