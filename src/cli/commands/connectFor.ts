// Connects to the cluster the options name, or to an in-process demo cluster with --demo.
import { startDemo, type RunningDemo } from '../../demo/startDemo.js';
import { connect } from '../../kube/connect.js';
import type { ClusterGateway } from '../../kube/types.js';
import type { CliOptions } from '../args.js';

export interface Connection {
  gateway: ClusterGateway;
  demo?: RunningDemo;
  close(): Promise<void>;
}

export async function connectFor(options: CliOptions): Promise<Connection> {
  if (!options.demo) {
    const gateway = await connect({ kubeconfig: options.kubeconfig, context: options.context, namespace: options.namespace });
    return { gateway, close: async () => gateway.close() };
  }
  const demo = await startDemo({ timeScale: options.timeScale });
  try {
    const gateway = await connect({ kubeconfig: demo.kubeconfigPath, namespace: options.namespace });
    return {
      gateway,
      demo,
      async close() {
        gateway.close();
        await demo.close();
      },
    };
  } catch (error) {
    await demo.close();
    throw error;
  }
}
