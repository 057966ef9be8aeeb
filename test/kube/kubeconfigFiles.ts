// Writes kubeconfig files for tests into a fresh temporary folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { scratchDir } from '../helpers/scratchDir.js';

export interface ContextSpec {
  name: string;
  server: string;
  namespace?: string;
  cluster?: string;
  token?: string;
  /** More of the cluster entry: certificate-authority-data, insecure-skip-tls-verify, proxy-url… */
  clusterFields?: Record<string, unknown>;
}

export const tempDir = (): string => scratchDir('kilo-kube-');

export function kubeconfigYaml(contexts: ContextSpec[], currentContext?: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': currentContext,
    clusters: contexts.map((c) => ({ name: c.cluster ?? c.name, cluster: { server: c.server, ...c.clusterFields } })),
    users: contexts.map((c) => ({ name: `${c.name}-user`, user: { token: c.token ?? 'secret' } })),
    contexts: contexts.map((c) => ({
      name: c.name,
      context: { cluster: c.cluster ?? c.name, user: `${c.name}-user`, ...(c.namespace ? { namespace: c.namespace } : {}) },
    })),
  });
}

export function writeKubeconfigFile(dir: string, file: string, contexts: ContextSpec[], currentContext?: string): string {
  const path = join(dir, file);
  writeFileSync(path, kubeconfigYaml(contexts, currentContext));
  return path;
}
