// Applies a batch of watch changes to the normalized maps in one pass, copying each touched kind
// once, so a burst of events costs one store update and one re-render.
import type { WatchedKind } from '../kube/types.js';
import type { ObjectOfKind, ResourceChange, ResourceMaps } from './types.js';

type MutableMaps = { [K in WatchedKind]: Record<string, ObjectOfKind[K]> };

export function applyChanges(resources: ResourceMaps, changes: readonly ResourceChange[]): ResourceMaps {
  if (changes.length === 0) return resources;
  const next = { ...resources } as MutableMaps;
  const copied = new Set<WatchedKind>();
  const writable = (kind: WatchedKind): Record<string, ObjectOfKind[WatchedKind]> => {
    if (!copied.has(kind)) {
      next[kind] = { ...next[kind] } as never;
      copied.add(kind);
    }
    return next[kind];
  };
  for (const change of changes) {
    if (change.type === 'sync') {
      const replaced: Record<string, ObjectOfKind[WatchedKind]> = {};
      for (const item of change.items) replaced[item.metadata.uid] = item;
      next[change.kind] = replaced as never;
      copied.add(change.kind);
    } else if (change.type === 'DELETED') {
      delete writable(change.kind)[change.object.metadata.uid];
    } else {
      writable(change.kind)[change.object.metadata.uid] = change.object;
    }
  }
  return next;
}

/** Drops marks whose object no longer exists in any kind. */
export function pruneMarks(marks: Readonly<Record<string, true>>, resources: ResourceMaps): Readonly<Record<string, true>> {
  const uids = Object.keys(marks);
  if (uids.length === 0) return marks;
  const alive = uids.filter((uid) => Object.values(resources).some((byUid) => uid in byUid));
  if (alive.length === uids.length) return marks;
  return Object.fromEntries(alive.map((uid) => [uid, true as const]));
}
