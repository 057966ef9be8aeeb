// The gateway the UI's providers hold for the whole session: every call goes to the gateway of
// the namespace and context in use now, so a live switch needs no provider to be rebuilt (the
// action flow's plan context, log sessions and root-cause reads all ask it at call time).
import type { KubeObject } from '../../domain/resources.js';
import type { ClusterGateway, RequestOptions, WatchedKind } from '../../kube/types.js';

export interface SwitchableGateway extends ClusterGateway {
  current(): ClusterGateway;
  switchTo(next: ClusterGateway): void;
}

export function switchableGateway(initial: ClusterGateway): SwitchableGateway {
  let gateway = initial;
  return {
    current: () => gateway,
    switchTo: (next) => {
      gateway = next;
    },
    get context() {
      return gateway.context;
    },
    get currentContext() {
      return gateway.currentContext;
    },
    get server() {
      return gateway.server;
    },
    get namespace() {
      return gateway.namespace;
    },
    get source() {
      return gateway.source;
    },
    forNamespace: (namespace) => {
      if (!gateway.forNamespace) throw new Error('this gateway cannot change namespace');
      return gateway.forNamespace(namespace);
    },
    watch: (kind, handlers, resource) => gateway.watch(kind, handlers, resource),
    // Discovery of the cluster in use: after a context switch, :word resolves against the new server.
    discover: (options) => gateway.discover?.(options) ?? Promise.resolve([]),
    list: (kind, options) => gateway.list(kind, options),
    listAdmitted<T extends KubeObject>(kind: WatchedKind, options?: RequestOptions) {
      return gateway.listAdmitted ? gateway.listAdmitted<T>(kind, options) : gateway.list<T>(kind, options).then((items) => ({ items, skipped: 0 }));
    },
    namespaceExists: () => gateway.namespaceExists?.() ?? Promise.resolve(undefined),
    get: (kind, name, options) => gateway.get(kind, name, options),
    namespacePolicies: (namespace, options) => gateway.namespacePolicies?.(namespace, options) ?? Promise.resolve({}),
    objectEvents: (subject, options) => gateway.objectEvents?.(subject, options) ?? Promise.resolve([]),
    readLogs: (pod, options) => gateway.readLogs(pod, options),
    followLogs: (pod, options, onText, onEnd) => gateway.followLogs(pod, options, onText, onEnd),
    deleteObject: (kind, name, options) => gateway.deleteObject(kind, name, options),
    patchObject: (kind, name, patch, type, options) => gateway.patchObject(kind, name, patch, type, options),
    scale: (kind, name, replicas, options) => gateway.scale(kind, name, replicas, options),
    onLiveness: (listener) => gateway.onLiveness?.(listener) ?? (() => {}),
    close: () => gateway.close(),
  };
}
