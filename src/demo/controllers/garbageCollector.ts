// Background cascading deletion: when an owner goes, objects whose ownerReferences name its uid
// go too, which in turn removes their own dependents (Deployment → ReplicaSets → Pods; a Service's
// EndpointSlices).
import type { CustomResourceDefinition, KubeObject, ResourceKind } from '../../domain/resources.js';
import type { ObjectStore } from '../objectStore.js';

const DEPENDENT_KINDS: ResourceKind[] = ['ReplicaSet', 'Pod', 'EndpointSlice'];

export class GarbageCollector {
  constructor(private readonly store: ObjectStore) {}

  /** A deleted CRD takes every object of its kind with it, in every namespace, as the apiextensions apiserver does. */
  collectCustomResourcesOf(crd: CustomResourceDefinition): void {
    for (const obj of this.store.list(crd.spec.names.kind)) {
      if (this.store.get(crd.spec.names.kind, obj.metadata.namespace, obj.metadata.name)) this.store.delete(crd.spec.names.kind, obj.metadata.namespace, obj.metadata.name);
    }
  }

  /** Deletes the dependents of a deleted owner; their own deletions reach here again. */
  collectDependentsOf(owner: KubeObject): void {
    for (const kind of DEPENDENT_KINDS) {
      for (const obj of this.store.list(kind, owner.metadata.namespace)) {
        if (!obj.metadata.ownerReferences?.some((ref) => ref.uid === owner.metadata.uid)) continue;
        if (this.store.get(kind, obj.metadata.namespace, obj.metadata.name)) this.store.delete(kind, obj.metadata.namespace, obj.metadata.name);
      }
    }
  }
}
