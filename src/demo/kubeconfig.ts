// A kubeconfig pointing kubectl (or kilo-tui) at the demo server, with a dummy token.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';

export interface KubeconfigOptions {
  server: string;
  namespace: string;
  /** Defaults to "kilo-demo"; the cluster and user are named after it. */
  context?: string;
}

export const kubeconfigDocument = (options: KubeconfigOptions): Record<string, unknown> => {
  const context = options.context ?? 'kilo-demo';
  return {
    apiVersion: 'v1',
    kind: 'Config',
    preferences: {},
    clusters: [{ name: context, cluster: { server: options.server, 'insecure-skip-tls-verify': true } }],
    users: [{ name: `${context}-user`, user: { token: 'kilo-demo-token' } }],
    contexts: [{ name: context, context: { cluster: context, user: `${context}-user`, namespace: options.namespace } }],
    'current-context': context,
  };
};

export const writeKubeconfig = (path: string, options: KubeconfigOptions): void => {
  mkdirSync(dirname(path), { recursive: true });
  // Owner-only, as kubectl warns about group/world-readable kubeconfigs.
  writeFileSync(path, stringify(kubeconfigDocument(options)), { mode: 0o600 });
};
