// Connects to the cluster the options name, or to an in-process demo cluster with --demo.
import { startDemo, type RunningDemo } from '../../demo/startDemo.js';
import { openGateway } from '../../kube/connect.js';
import type { ClusterGateway } from '../../kube/types.js';
import type { CliOptions } from '../args.js';

export interface Connection {
  gateway: ClusterGateway;
  demo?: RunningDemo;
  /** Settles when the server answered (see openGateway); connectFor has already waited for it. */
  probed: Promise<void>;
  close(): Promise<void>;
}

/** Connects and waits until the server answered. */
export async function connectFor(options: CliOptions): Promise<Connection> {
  const connection = await openConnectionFor(options);
  try {
    await connection.probed;
  } catch (error) {
    await connection.close();
    throw error;
  }
  return connection;
}

/** Connects without waiting for the server's first answer; the caller awaits `probed`. */
export async function openConnectionFor(options: CliOptions): Promise<Connection> {
  if (!options.demo) {
    const { gateway, probed } = await openGateway({ kubeconfig: options.kubeconfig, context: options.context, namespace: options.namespace });
    return { gateway, probed, close: async () => gateway.close() };
  }
  const demo = await startDemo({ timeScale: options.timeScale, metrics: !options.noMetrics });
  try {
    const { gateway, probed } = await openGateway({ kubeconfig: demo.kubeconfigPath, namespace: options.namespace });
    return {
      gateway,
      demo,
      probed,
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
