// Connects to the cluster the options name, or to an in-process demo cluster with --demo.
import type { RunningDemo } from '../../demo/startDemo.js';
import { openGateway, type ConnectOptions } from '../../kube/connect.js';
import type { ClusterGateway } from '../../kube/types.js';
import type { CliOptions } from '../args.js';

export interface Connection {
  gateway: ClusterGateway;
  demo?: RunningDemo;
  /** Settles when the server answered (see openGateway); connectFor has already waited for it. */
  probed: Promise<void>;
  /** How it was opened: another context opens the same way (`:ctx`). */
  connectOptions: ConnectOptions;
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

/** What the TUI adds to the flags: the namespace remembered per context (never for audit, which does as kubectl does). */
export type ConnectExtras = Pick<ConnectOptions, 'rememberedNamespace'>;

/** The connect options of the flags (and of --demo's own kubeconfig); -A is namespace "". */
export function connectOptionsFor(options: CliOptions, demoKubeconfig?: string): ConnectOptions {
  const namespace = options.allNamespaces ? '' : options.namespace;
  return demoKubeconfig ? { kubeconfig: demoKubeconfig, namespace } : { kubeconfig: options.kubeconfig, context: options.context, namespace };
}

/** Connects without waiting for the server's first answer; the caller awaits `probed`. */
export async function openConnectionFor(options: CliOptions, extras: ConnectExtras = {}): Promise<Connection> {
  if (!options.demo) {
    const connectOptions = { ...connectOptionsFor(options), ...extras };
    const { gateway, probed } = await openGateway(connectOptions);
    return { gateway, probed, connectOptions, close: async () => gateway.close() };
  }
  // Loaded only for --demo: the simulated cluster and its server are most of a start's module
  // evaluation before the first request otherwise.
  const { startDemo } = await import('../../demo/startDemo.js');
  const demo = await startDemo({ timeScale: options.timeScale, metrics: !options.noMetrics });
  try {
    // A demo cluster is new at every run: nothing of a previous one is remembered.
    const connectOptions = connectOptionsFor(options, demo.kubeconfigPath);
    const { gateway, probed } = await openGateway(connectOptions);
    return {
      gateway,
      demo,
      probed,
      connectOptions,
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
