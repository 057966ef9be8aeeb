// Type re-exports the kubelet tests use.
export type { Pod } from '../../src/domain/resources.js';
export type { StoreEvent as StoreEventLike } from '../../src/demo/objectStore.js';
