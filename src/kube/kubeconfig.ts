// Finds and merges kubeconfig files the way kubectl does, and picks the context and namespace.
// Every failure is a ConnectError with one line the user can act on.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
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
  /**
   * Where k3s writes its kubeconfig on the host it runs on, used when there is no other
   * kubeconfig; default K3S_KUBECONFIG_PATH (tests name another file).
   */
  k3sKubeconfig?: string;
}

/** k3s's kubeconfig on its own host (root-only, 0600, unless k3s runs with --write-kubeconfig-mode). */
export const K3S_KUBECONFIG_PATH = '/etc/rancher/k3s/k3s.yaml';

/** The k3s kubeconfig kilo-tui falls back to: the option, else $KILO_TUI_K3S_KUBECONFIG (tests), else k3s's path. */
export const k3sKubeconfigPath = (options: KubeconfigOptions, env: NodeJS.ProcessEnv = process.env): string =>
  options.k3sKubeconfig ?? (env.KILO_TUI_K3S_KUBECONFIG || K3S_KUBECONFIG_PATH);

/** One line that says what is wrong with k3s's kubeconfig and the three ways out. */
export function k3sUnreadableMessage(path: string): string {
  return (
    `no kubeconfig found, and k3s's ${path} is not readable by this user (k3s writes it for root only): ` +
    `run with sudo, or copy it once with \`sudo k3s kubectl config view --raw > ~/.kube/config\`, ` +
    `or start k3s with --write-kubeconfig-mode 644`
  );
}

/**
 * The k3s host's kubeconfig when nothing else names one: the file when readable, a ConnectError
 * with the fixes when it exists but is not, undefined when there is none.
 */
function k3sFallback(options: KubeconfigOptions, env: NodeJS.ProcessEnv): string | undefined {
  const path = k3sKubeconfigPath(options, env);
  if (!existsSync(path)) return undefined;
  try {
    accessSync(path, constants.R_OK);
  } catch {
    throw new ConnectError(k3sUnreadableMessage(path));
  }
  return path;
}

export interface ResolvedKubeconfig {
  config: KubeConfig;
  /** The files that were read, in precedence order. */
  files: string[];
  /** The files came from the k3s host fallback (no kubeconfig of the user's): the header says so. */
  k3sFallback?: boolean;
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

/** The user's kubeconfig files, else k3s's on its own host; a ConnectError when there is none. */
function kubeconfigFiles(options: KubeconfigOptions, env: NodeJS.ProcessEnv, home: string): { files: string[]; k3sFallback: boolean } {
  const files = kubeconfigPaths(options.kubeconfig, env, home);
  if (files.length > 0) return { files, k3sFallback: false };
  // kubectl's lookup found nothing; kubectl and k9s stop here, but on a k3s host the file exists.
  const k3s = options.kubeconfig || env.KUBECONFIG ? undefined : k3sFallback(options, env);
  if (k3s) return { files: [k3s], k3sFallback: true };
  throw new ConnectError('no kubeconfig found (set KUBECONFIG or use --kubeconfig); to try kilo-tui without a cluster run `kilo-tui --demo`');
}

export interface ContextEntry {
  name: string;
  cluster: string;
  /** The context's own namespace, if it names one. */
  namespace?: string;
  /** The kubeconfig's current-context. */
  current: boolean;
}

/** Every context of the merged kubeconfig (KUBECONFIG's files merged as kubectl merges them), in file order. */
export function listContexts(options: KubeconfigOptions, env: NodeJS.ProcessEnv = process.env, home = homedir()): ContextEntry[] {
  const config = mergeKubeconfigs(kubeconfigFiles(options, env, home).files.map(loadOne));
  const current = config.getCurrentContext() ?? '';
  return config.getContexts().map((c) => ({ name: c.name, cluster: c.cluster, ...(c.namespace ? { namespace: c.namespace } : {}), current: c.name === current }));
}

export function resolveKubeconfig(options: KubeconfigOptions, env: NodeJS.ProcessEnv = process.env, home = homedir()): ResolvedKubeconfig {
  const { files, k3sFallback } = kubeconfigFiles(options, env, home);
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
    ...(k3sFallback ? { k3sFallback } : {}),
    context: contextName,
    currentContext,
    cluster,
    namespace: options.namespace || context.namespace || 'default',
  };
}
