// Opens a ClusterGateway from kubeconfig, after checking the server answers, so the UI starts
// only when there is something to show. Every failure is one ConnectError line.
import { createGateway } from './gateway.js';
import type { GatewayOptions } from './gateway.js';
import { createHttpClient } from './httpClient.js';
import type { HttpClient } from './httpClient.js';
import { resolveKubeconfig } from './kubeconfig.js';
import { ConnectError, KubeError } from './types.js';
import type { ClusterGateway } from './types.js';

export interface ConnectOptions {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  /** GET /version before returning (default true). */
  probe?: boolean;
  probeTimeoutMs?: number;
  /** Environment and home used for kubeconfig lookup; default process.env and the OS home. */
  env?: NodeJS.ProcessEnv;
  home?: string;
  gateway?: GatewayOptions;
  /** Where k3s's kubeconfig is looked for when there is no other (default /etc/rancher/k3s/k3s.yaml). */
  k3sKubeconfig?: string;
  /**
   * The namespace last used in a context, used when `namespace` is not given ("" = every
   * namespace); the context's own namespace otherwise.
   */
  rememberedNamespace?: (context: string) => string | undefined;
}

async function probeServer(client: HttpClient, user: string, timeoutMs: number): Promise<void> {
  try {
    await client.json<unknown>({ method: 'GET', path: '/version', timeoutMs });
  } catch (error) {
    if (!(error instanceof KubeError)) throw new ConnectError(`cannot reach ${client.server}: ${String(error)}`);
    if (error.status === 401) throw new ConnectError(`${client.server} rejected the credentials of user "${user}" (401 Unauthorized)`);
    if (error.status === 403) throw new ConnectError(`${client.server} denied access to user "${user}" (403 Forbidden): ${error.message}`);
    if (error.status === 0) throw new ConnectError(error.message);
    throw new ConnectError(`${client.server} answered ${error.status} ${error.reason}: ${error.message}`);
  }
}

export interface OpenedGateway {
  gateway: ClusterGateway;
  /**
   * Settles once the server answered GET /version: rejects with a ConnectError (the gateway then
   * closed) when it did not. Resolved at once with `probe: false`.
   */
  probed: Promise<void>;
}

/**
 * Opens the gateway without waiting for the probe, so the first lists can be requested while it
 * is in flight (the TUI's start-up); connect() waits for it.
 */
export async function openGateway(options: ConnectOptions = {}): Promise<OpenedGateway> {
  const resolved = resolveKubeconfig(options, options.env, options.home);
  let client: HttpClient;
  try {
    client = await createHttpClient(resolved.config);
  } catch (error) {
    // Missing certificate files, failing exec plugins and the like.
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConnectError(`cannot use context "${resolved.context}": ${detail}`);
  }
  // "" (every namespace, -A) is a choice, not an absence.
  const namespace = options.namespace ?? options.rememberedNamespace?.(resolved.context) ?? resolved.namespace;
  const source = resolved.k3sFallback ? `k3s ${resolved.files[0]}` : undefined;
  const gateway = createGateway(client, { context: resolved.context, currentContext: resolved.currentContext, namespace, ...(source ? { source } : {}) }, options.gateway);
  if (options.probe === false) return { gateway, probed: Promise.resolve() };
  const user = resolved.config.getCurrentUser()?.name ?? '';
  const probed = probeServer(client, user, options.probeTimeoutMs ?? 5000).catch((error: unknown) => {
    gateway.close();
    throw error;
  });
  return { gateway, probed };
}

export async function connect(options: ConnectOptions = {}): Promise<ClusterGateway> {
  const { gateway, probed } = await openGateway(options);
  await probed;
  return gateway;
}
