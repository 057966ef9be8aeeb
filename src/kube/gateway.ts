// Assembles the ClusterGateway from an HTTP client: the one object the rest of the app uses.
import { admitList, admitObject } from '../domain/admitObject.js';
import type { KubeObject } from '../domain/resources.js';
import type { ServedResource } from '../domain/servedResources.js';
import { realTimers } from './backoff.js';
import type { Timers } from './backoff.js';
import type { HttpClient } from './httpClient.js';
import { createDiscovery } from './discovery.js';
import { NETWORK_ERROR_STATUS } from './errors.js';
import { createLivenessMonitor, type LivenessOptions } from './liveness.js';
import { followLogs, readLogs } from './logs.js';
import { readNodeMetrics, readPodMetrics } from './metrics.js';
import { readNamespacePolicies } from './namespacePolicies.js';
import { readObjectEvents } from './objectEvents.js';
import { resourcePath } from './resourcePaths.js';
import { KubeError } from './types.js';
import type { ClusterGateway, RequestOptions, WatchedKind } from './types.js';
import { startWatcher } from './watcher.js';
import type { WatcherOptions } from './watcher.js';
import { deleteObject, patchObject, scale } from './writes.js';

export interface GatewayInfo {
  context: string;
  currentContext: string;
  namespace: string;
  /** Where the kubeconfig came from when it is worth saying (the k3s host fallback). */
  source?: string;
}

export interface GatewayOptions {
  timers?: Timers;
  /** Overrides for the watcher's back-off and timeouts (tests). */
  watcher?: Partial<Omit<WatcherOptions, 'client' | 'namespace' | 'timers'>>;
  /** Overrides for the hung-server detection's periods (tests). */
  liveness?: Partial<LivenessOptions>;
  now?: () => number;
  /** The client belongs to another gateway (forNamespace): close() leaves it open. */
  sharedClient?: boolean;
}

export function createGateway(client: HttpClient, info: GatewayInfo, options: GatewayOptions = {}): ClusterGateway {
  const { namespace } = info;
  const timers = options.timers ?? realTimers;
  const stoppers = new Set<() => void>();
  const liveness = createLivenessMonitor(client, timers, options.now ?? Date.now, options.liveness);
  const discovery = createDiscovery(client);

  const track = (stop: () => void): (() => void) => {
    const once = (): void => {
      stoppers.delete(once);
      stop();
    };
    stoppers.add(once);
    return once;
  };

  // Any answer proves the server alive, as the liveness probe's does: the metrics poll (every 15 s
  // while usage is on screen) then stands in for the /version probe a quiet namespace would send.
  const answered = <T>(reading: Promise<T>): Promise<T> =>
    reading.then(
      (value) => {
        liveness.touch();
        return value;
      },
      (error: unknown) => {
        if (error instanceof KubeError && error.status !== NETWORK_ERROR_STATUS) liveness.touch();
        throw error;
      },
    );

  // An object's own namespace, when the caller names one (every namespace shown), else the gateway's.
  const at = (requestOptions?: { namespace?: string }): string => requestOptions?.namespace ?? namespace;

  async function listAdmitted<T extends KubeObject>(kind: WatchedKind, requestOptions: RequestOptions = {}): Promise<{ items: T[]; skipped: number }> {
    const body = await client.json<{ items?: unknown }>({ method: 'GET', path: resourcePath(kind, at(requestOptions)), timeoutMs: requestOptions.timeoutMs });
    return admitList<T>(kind, Array.isArray(body?.items) ? body.items : []);
  }

  return {
    context: info.context,
    currentContext: info.currentContext,
    server: client.server,
    namespace,
    ...(info.source ? { source: info.source } : {}),

    forNamespace: (other) => createGateway(client, { ...info, namespace: other }, { ...options, sharedClient: true }),

    watch: (kind, handlers, resource) => {
      // A CRD added, changed or removed changes what the server serves: discovery is asked again (a 304 when not).
      const watched = kind === 'CustomResourceDefinition'
        ? { ...handlers, onEvent: (...args: Parameters<typeof handlers.onEvent>) => { void discovery.resources({ refresh: true }).catch(() => undefined); handlers.onEvent(...args); } }
        : handlers;
      return track(startWatcher({ client, namespace, timers, onActivity: liveness.touch, ...options.watcher }, kind, watched, resource));
    },
    discover: (discoverOptions) => discovery.resources(discoverOptions),
    onLiveness: (listener) => liveness.subscribe(listener),

    async list<T extends KubeObject>(kind: WatchedKind, requestOptions: RequestOptions = {}): Promise<T[]> {
      return (await listAdmitted<T>(kind, requestOptions)).items;
    },
    listAdmitted,

    async get<T extends KubeObject>(kind: WatchedKind, name: string, requestOptions: RequestOptions & { resource?: ServedResource } = {}): Promise<T> {
      const path = resourcePath(requestOptions.resource ?? kind, at(requestOptions), name);
      const object = admitObject<T>(kind, await client.json<unknown>({ method: 'GET', path, timeoutMs: requestOptions.timeoutMs }));
      if (!object) throw new KubeError(500, 'InvalidObject', `the server sent a ${kind} ${name} kilo-tui cannot read`);
      return object;
    },

    async namespaceExists(): Promise<boolean | undefined> {
      if (namespace === '') return true;
      try {
        await client.json<unknown>({ method: 'GET', path: `/api/v1/namespaces/${encodeURIComponent(namespace)}` });
        return true;
      } catch (error) {
        // 403: this user may not read namespaces, which says nothing about whether it exists.
        return error instanceof KubeError && error.status === 404 ? false : undefined;
      }
    },

    namespacePolicies: (name, requestOptions) => readNamespacePolicies(client, name, requestOptions),
    objectEvents: (subject, requestOptions) => readObjectEvents(client, subject, requestOptions),
    podMetrics: (requestOptions) => answered(readPodMetrics(client, namespace, requestOptions)),
    nodeMetrics: (requestOptions) => answered(readNodeMetrics(client, requestOptions)),

    readLogs: (pod, logOptions) => readLogs(client, at(logOptions), pod, logOptions),
    followLogs: (pod, logOptions, onText, onEnd) => {
      let stop = (): void => {};
      // Forget the stream once it ends by itself so close() only stops live ones.
      stop = track(followLogs(client, at(logOptions), pod, logOptions, onText, (error) => {
        stoppers.delete(stop);
        onEnd(error);
      }));
      return stop;
    },

    deleteObject: (kind, name, deleteOptions) => deleteObject(client, at(deleteOptions), deleteOptions?.resource ?? kind, name, deleteOptions),
    patchObject: (kind, name, patch, type, patchOptions) => patchObject(client, at(patchOptions), kind, name, patch, type, patchOptions),
    scale: (kind, name, replicas, scaleOptions) => scale(client, at(scaleOptions), kind, name, replicas, scaleOptions),

    close(): void {
      liveness.stop();
      for (const stop of [...stoppers]) stop();
      if (!options.sharedClient) client.close();
    },
  };
}
