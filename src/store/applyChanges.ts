// Applies a batch of watch changes to the normalized maps in one pass, copying each touched kind
// once, so a burst of events costs one store update and one re-render.
import type { WatchedKind } from '../kube/types.js';
import { recordReplacements } from '../render/mapDeltas.js';
import type { Memo } from '../domain/memo.js';
import type { ObjectOfKind } from '../domain/resources.js';
import type { ResourceChange, ResourceMaps } from './types.js';

type MutableMaps = { [K in WatchedKind]: Map<string, ObjectOfKind[K]> };

/** `memo` is the store's: the replacements recorded there let its derivations patch instead of rebuild. */
export function applyChanges(resources: ResourceMaps, changes: readonly ResourceChange[], memo: Memo): ResourceMaps {
  if (changes.length === 0) return resources;
  const next = { ...resources } as MutableMaps;
  const copied = new Set<WatchedKind>();
  // Per copied kind, the uids replaced in place; a kind whose keys changed (sync, add, delete) is
  // dropped from here, and selectors rebuild what they derive from it.
  const replaced = new Map<WatchedKind, Set<string>>();
  const writable = (kind: WatchedKind): Map<string, ObjectOfKind[WatchedKind]> => {
    if (!copied.has(kind)) {
      next[kind] = new Map<string, ObjectOfKind[WatchedKind]>(next[kind]) as never;
      copied.add(kind);
      replaced.set(kind, new Set());
    }
    return next[kind];
  };
  for (const change of changes) {
    if (change.type === 'sync') {
      const byUid = new Map<string, ObjectOfKind[WatchedKind]>();
      for (const item of change.items) byUid.set(item.metadata.uid, item);
      next[change.kind] = byUid as never;
      copied.add(change.kind);
      replaced.delete(change.kind);
      continue;
    }
    const byUid = writable(change.kind);
    const uid = change.object.metadata.uid;
    if (change.type !== 'DELETED' && byUid.has(uid)) replaced.get(change.kind)?.add(uid);
    else replaced.delete(change.kind);
    if (change.type === 'DELETED') byUid.delete(uid);
    else byUid.set(uid, change.object);
  }
  for (const [kind, uids] of replaced) recordReplacements(memo, resources[kind], next[kind], uids);
  return next;
}

/** Drops marks whose object no longer exists in any kind. */
export function pruneMarks(marks: Readonly<Record<string, true>>, resources: ResourceMaps): Readonly<Record<string, true>> {
  const uids = Object.keys(marks);
  if (uids.length === 0) return marks;
  const alive = uids.filter((uid) => Object.values(resources).some((byUid) => byUid.has(uid)));
  if (alive.length === uids.length) return marks;
  return Object.fromEntries(alive.map((uid) => [uid, true as const]));
}
