// Lookups computed once per store change so rows never scan the whole cluster: owner → children,
// stale ReplicaSets, events per object. Rows then call the domain functions on small arrays.
import type { ClusterSnapshot, KubeEvent } from '../domain/resources.js';
import { indexWorkloadLookups, type WorkloadLookups } from '../domain/workloadIndex.js';
import { Memo } from '../domain/memo.js';

export interface IndexedSnapshot extends ClusterSnapshot, WorkloadLookups {
  /** involvedObject uid (or kind/name) → events, most recent first. */
  eventsByObject: ReadonlyMap<string, KubeEvent[]>;
  /** The caches of rows and orders derived from this snapshot: the store's, shared by its snapshots only. */
  memo: Memo;
}

export function eventTime(event: KubeEvent): number {
  const at = Date.parse(event.lastTimestamp ?? event.firstTimestamp ?? event.metadata.creationTimestamp ?? '');
  return Number.isNaN(at) ? 0 : at;
}

export function eventKey(kind: string, name: string): string {
  return `${kind}/${name}`;
}

export function indexEventsByObject(events: readonly KubeEvent[]): ReadonlyMap<string, KubeEvent[]> {
  const eventsByObject = new Map<string, KubeEvent[]>();
  for (const event of [...events].sort((a, b) => eventTime(b) - eventTime(a))) {
    const { uid, kind, name } = event.involvedObject;
    // An event about no kind or no name is about no object we list: it only shows in :events.
    const byName = kind && name ? [eventKey(kind, name)] : [];
    for (const key of uid ? [uid, ...byName] : byName) {
      const list = eventsByObject.get(key) ?? [];
      list.push(event);
      eventsByObject.set(key, list);
    }
  }
  return eventsByObject;
}

/** A snapshot indexed on its own, with a memo of its own (a store's carry the store's). */
export function indexSnapshot(snapshot: ClusterSnapshot, memo = new Memo()): IndexedSnapshot {
  return {
    ...snapshot,
    memo,
    ...indexWorkloadLookups(snapshot.deployments, snapshot.replicaSets, snapshot.pods),
    eventsByObject: indexEventsByObject(snapshot.events),
  };
}

/** Events about an object, most recent first, matched by uid or by kind and name. */
export function eventsFor(snapshot: IndexedSnapshot, obj: { kind: string; metadata: { uid: string; name: string } }): KubeEvent[] {
  const byUid = snapshot.eventsByObject.get(obj.metadata.uid);
  return byUid ?? snapshot.eventsByObject.get(eventKey(obj.kind, obj.metadata.name)) ?? [];
}
