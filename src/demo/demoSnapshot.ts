// What a running demo cluster holds right now, read straight from its store (no HTTP): for the
// bench and tests that compare or plan against the demo's own state.
import { KIND_NAMES, KINDS, type SnapshotLists } from '../domain/kinds.js';
import type { ClusterSnapshot } from '../domain/resources.js';
import type { RunningDemo } from './startDemo.js';

/** The snapshot of `namespace` (the demo's default one, kilo-guardian, unless named). */
export function demoSnapshot(demo: RunningDemo, now = Date.now(), namespace = demo.namespace): ClusterSnapshot {
  const { store } = demo.cluster;
  const ns = namespace;
  // Events are left out: plans and the bench judge objects, and the demo's events only grow.
  const lists = KIND_NAMES.map((kind) => [KINDS[kind].snapshotKey, kind === 'Event' ? [] : store.list(kind, ns)] as const);
  return { ...(Object.fromEntries(lists) as unknown as SnapshotLists), namespace: ns, now };
}
