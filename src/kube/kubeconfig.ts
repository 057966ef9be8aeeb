// Finds and merges kubeconfig files the way kubectl does, and picks the context and namespace.
// Every failure is a ConnectError with one line the user can act on.
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import type { Cluster, Context, User } from '@kubernetes/client-node';
import { proxyFromEnvironment } from './proxyEnv.js';
import { ConnectError } from './types.js';

export interface KubeconfigOptions {
  kubeconfig?: string;
  context?: string;
  namespace?: string;
}

export interface ResolvedKubeconfig {
  config: KubeConfig;
  /** The files that were read, in precedence order. */
  files: string[];
  context: string;
  currentContext: string;
  cluster: Cluster;
  namespace: string;
}

/**
 * The files kubectl would read: the explicit path (which must exist), else every existing path
 * of KUBECONFIG, else ~/.kube/config. An empty list means there is no kubeconfig at all.
 */
export function kubeconfigPaths(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env, home = homedir()): string[] {
  if (explicit) {
    if (!existsSync(explicit)) throw new ConnectError(`kubeconfig ${explicit} not found`);
    return [explicit];
  }
  const fromEnv = (env.KUBECONFIG ?? '').split(delimiter).filter((p) => p.length > 0);
  if (fromEnv.length > 0) return [...new Set(fromEnv)].filter((p) => existsSync(p));
  const fallback = join(home, '.kube', 'config');
  return existsSync(fallback) ? [fallback] : [];
}

function loadOne(file: string): KubeConfig {
  const config = new KubeConfig();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConnectError(`cannot read kubeconfig ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  // An empty file is a valid, empty kubeconfig for kubectl; client-node would crash on it.
  if (text.trim() === '') {
    config.loadFromOptions({ clusters: [], users: [], contexts: [], currentContext: '' });
    return config;
  }
  try {
    config.loadFromString(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConnectError(`invalid kubeconfig ${file}: ${detail}`);
  }
  // Relative certificate paths are relative to the file that names them, as in kubectl.
  config.makePathsAbsolute(dirname(file));
  return config;
}

/** Merges configs with kubectl's rule: the first file to define a name (or current-context) wins. */
export function mergeKubeconfigs(configs: KubeConfig[]): KubeConfig {
  const clusters = new Map<string, Cluster>();
  const users = new Map<string, User>();
  const contexts = new Map<string, Context>();
  let currentContext = '';
  for (const config of configs) {
    for (const c of config.getClusters() ?? []) if (!clusters.has(c.name)) clusters.set(c.name, c);
    for (const u of config.getUsers() ?? []) if (!users.has(u.name)) users.set(u.name, u);
    for (const c of config.getContexts() ?? []) if (!contexts.has(c.name)) contexts.set(c.name, c);
    if (!currentContext && config.getCurrentContext()) currentContext = config.getCurrentContext();
  }
  const merged = new KubeConfig();
  merged.loadFromOptions({ clusters: [...clusters.values()], users: [...users.values()], contexts: [...contexts.values()], currentContext });
  return merged;
}

export function resolveKubeconfig(options: KubeconfigOptions, env: NodeJS.ProcessEnv = process.env, home = homedir()): ResolvedKubeconfig {
  const files = kubeconfigPaths(options.kubeconfig, env, home);
  if (files.length === 0) throw new ConnectError('no kubeconfig found (set KUBECONFIG or use --kubeconfig); to try kilo-tui without a cluster run `kilo-tui --demo`');
  const config = mergeKubeconfigs(files.map(loadOne));
  const where = files.join(', ');
  const currentContext = config.getCurrentContext() ?? '';
  const contextName = options.context || currentContext;
  const known = config.getContexts().map((c) => c.name);
  if (!contextName) {
    throw new ConnectError(`no current-context in ${where}; choose one with --context (known: ${known.join(', ') || 'none'})`);
  }
  const context = config.getContextObject(contextName);
  if (!context) throw new ConnectError(`context "${contextName}" not found in ${where} (known: ${known.join(', ') || 'none'})`);
  const baseCluster = config.getCluster(context.cluster);
  if (!baseCluster) throw new ConnectError(`context "${contextName}" refers to cluster "${context.cluster}", which is not in ${where}`);
  // client-node refuses plain-http servers unless TLS verification is "skipped"; there is no TLS to skip.
  const plain: Cluster = baseCluster.server.startsWith('http:') ? { ...baseCluster, skipTLSVerify: true } : baseCluster;
  // kubectl honours HTTPS_PROXY / NO_PROXY when the kubeconfig names no proxy-url.
  const environmentProxy = plain.proxyUrl ? undefined : proxyFromEnvironment(plain.server, env);
  const cluster: Cluster = environmentProxy ? { ...plain, proxyUrl: environmentProxy } : plain;
  const clusters = config.getClusters().map((c) => (c.name === cluster.name ? cluster : c));
  config.loadFromOptions({ clusters, users: config.getUsers(), contexts: config.getContexts(), currentContext: contextName });
  return {
    config,
    files,
    context: contextName,
    currentContext,
    cluster,
    namespace: options.namespace || context.namespace || 'default',
  };
}
