// One namespace's view of a gateway that shows every namespace (-A): a log session or a read of
// one pod names that pod's namespace on each request, so the logs layer needs no namespace of its own.
import type { ClusterGateway } from './types.js';

export function inNamespace(gateway: ClusterGateway, namespace: string | undefined): ClusterGateway {
  if (namespace === undefined || gateway.namespace !== '' || namespace === '') return gateway;
  return {
    context: gateway.context,
    currentContext: gateway.currentContext,
    server: gateway.server,
    namespace,
    watch: (kind, handlers) => gateway.watch(kind, handlers),
    list: (kind, options) => gateway.list(kind, { namespace, ...options }),
    get: (kind, name, options) => gateway.get(kind, name, { namespace, ...options }),
    readLogs: (pod, options) => gateway.readLogs(pod, { namespace, ...options }),
    followLogs: (pod, options, onText, onEnd) => gateway.followLogs(pod, { namespace, ...options }, onText, onEnd),
    deleteObject: (kind, name, options) => gateway.deleteObject(kind, name, { namespace, ...options }),
    patchObject: (kind, name, patch, type, options) => gateway.patchObject(kind, name, patch, type, { namespace, ...options }),
    scale: (kind, name, replicas, options) => gateway.scale(kind, name, replicas, { namespace, ...options }),
    // Closing a view closes nothing: the gateway it looks through belongs to someone else.
    close: () => {},
  };
}
