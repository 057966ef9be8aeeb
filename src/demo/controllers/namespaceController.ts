// The namespace lifecycle, as kube-controller-manager's namespace controller runs it: a namespace
// deleted through the API is only marked (deletionTimestamp, phase Terminating: it carries the
// `kubernetes` finalizer); this then deletes everything in it, kind by kind (the garbage collector
// and kubelet react to those deletions as to any other), and last the namespace itself.
import type { Namespace } from '../../domain/resources.js';
import type { ObjectStore } from '../objectStore.js';

export class NamespaceController {
  constructor(private readonly store: ObjectStore) {}

  /** Empties and removes a terminating namespace; does nothing for one that is not (or is gone). */
  finalize(name: string): void {
    if (!this.store.get<Namespace>('Namespace', undefined, name)?.metadata.deletionTimestamp) return;
    for (const kind of this.store.storedKinds()) {
      for (const obj of this.store.list(kind, name)) {
        // list() of a cluster-scoped kind ignores the namespace.
        if (obj.metadata.namespace !== name) continue;
        if (this.store.get(kind, name, obj.metadata.name)) this.store.delete(kind, name, obj.metadata.name);
      }
    }
    this.store.delete('Namespace', undefined, name);
  }
}
