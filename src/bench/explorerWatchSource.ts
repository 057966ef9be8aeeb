// Stands in for the cluster during the bench: the watch half of a ClusterGateway, driven by hand,
// so syncCluster's real batching is measured without network noise.
import type { KubeObject } from '../domain/resources.js';
import type { ClusterGateway, WatchedKind, WatchHandlers } from '../kube/types.js';

export interface ExplorerWatchSource {
  gateway: ClusterGateway;
  /** Delivers the list of every kind, as the watches do on start. */
  syncAll(objects: readonly KubeObject[]): void;
  emit(kind: WatchedKind, type: 'ADDED' | 'MODIFIED' | 'DELETED', object: KubeObject): void;
}

/** `namespace` "" stands for every namespace (-A). */
export function explorerWatchSource(namespace = 'bench'): ExplorerWatchSource {
  const handlers = new Map<WatchedKind, WatchHandlers>();
  const notWatched = (): never => {
    throw new Error('the explorer bench only watches');
  };
  // Only the fields and method syncCluster uses; the explorer never reads, writes or logs here.
  const gateway = {
    context: 'bench',
    currentContext: 'bench',
    server: 'https://bench.invalid',
    namespace,
    watch(kind: WatchedKind, watchHandlers: WatchHandlers) {
      handlers.set(kind, watchHandlers);
      watchHandlers.onState({ status: 'connected' });
      return () => handlers.delete(kind);
    },
    list: notWatched,
    get: notWatched,
  } as unknown as ClusterGateway;
  return {
    gateway,
    syncAll(objects) {
      for (const [kind, watch] of handlers) watch.onSync(objects.filter((o) => o.kind === kind));
    },
    emit(kind, type, object) {
      handlers.get(kind)?.onEvent(type, object);
    },
  };
}
