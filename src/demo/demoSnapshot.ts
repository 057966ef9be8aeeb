// What a running demo cluster holds right now, read straight from its store (no HTTP): for the
// bench and tests that compare or plan against the demo's own state.
import type { ClusterSnapshot, Deployment, Pod, ReplicaSet, Service } from '../domain/resources.js';
import type { RunningDemo } from './startDemo.js';

export function demoSnapshot(demo: RunningDemo, now = Date.now()): ClusterSnapshot {
  const { store } = demo.cluster;
  const ns = demo.namespace;
  return {
    namespace: ns,
    deployments: store.list<Deployment>('Deployment', ns),
    replicaSets: store.list<ReplicaSet>('ReplicaSet', ns),
    pods: store.list<Pod>('Pod', ns),
    services: store.list<Service>('Service', ns),
    events: [],
    now,
  };
}
