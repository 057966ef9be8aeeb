// The simulated kinds' controllers, run the way kube-controller-manager runs its own: one work
// queue of `kind/namespace/name` keys, filled from the store's change events and processed a
// reaction time later, each key handed to its kind's controller. Which events make which object
// sync is each controller's to say (kinds/demoKind.ts); nothing here knows a kind.
import { controllerOf } from '../../domain/replicasets.js';
import { WorkQueue } from '../controllers/scheduler.js';
import type { StoreEvent } from '../objectStore.js';
import type { ClusterParts, DemoController, Reconciler } from './demoKind.js';

export interface KindControllers {
  /** Queues the syncs a store change calls for. */
  onChange(event: StoreEvent): void;
  /** Queues a sync of every object of every simulated kind, kinds in table order (a controller's first list). */
  syncAll(): void;
  /** Processes what was queued while the cluster was stopped. */
  kick(): void;
}

export function startKindControllers(
  controllers: readonly { kind: string; controller: DemoController }[],
  parts: ClusterParts,
  reactionMs: number,
): KindControllers {
  const reconcilers = new Map<string, Reconciler>();
  const queue = new WorkQueue(parts.scheduler, reactionMs, (key) => {
    const [kind, namespace, name] = key.split('/');
    reconcilers.get(kind)?.sync(namespace, name);
  });
  const enqueue = (kind: string, namespace: string, name: string) => queue.add(`${kind}/${namespace}/${name}`);
  const byKind = new Map(controllers.map(({ kind, controller }) => [kind, controller]));
  for (const { kind, controller } of controllers) reconcilers.set(kind, controller.create(parts, (namespace, name) => enqueue(kind, namespace, name)));

  const enqueueAll = (kind: string) => {
    for (const obj of parts.store.list(kind)) enqueue(kind, obj.metadata.namespace ?? '', obj.metadata.name);
  };

  return {
    onChange(event) {
      const obj = event.object;
      const namespace = obj.metadata.namespace ?? '';
      // Its own object first, then the controller of the changed object when that controller owns objects of this kind.
      if (byKind.has(event.kind)) enqueue(event.kind, namespace, obj.metadata.name);
      const owner = controllerOf(obj);
      const ownerController = owner && byKind.get(owner.kind);
      if (ownerController && (ownerController.owns as readonly string[]).includes(event.kind)) enqueue(owner.kind, namespace, owner.name);
      if (event.kind === 'Node' && event.type === 'DELETED') {
        for (const { kind, controller } of controllers) if (controller.perNode) enqueueAll(kind);
      }
    },
    syncAll() {
      for (const { kind } of controllers) enqueueAll(kind);
    },
    kick() {
      queue.kick();
    },
  };
}
