// Watch data is untrusted: a list may hold `42` or `{"metadata":null}`, an event an object that
// breaks the shape its kind promises. Every change is admitted here before it reaches the store;
// what cannot be admitted is skipped and counted per kind, so the header can say so.
import { admitList, admitObject } from '../domain/admitObject.js';
import type { WatchedKind } from '../kube/types.js';
import type { ObjectOfKind, ResourceChange } from './types.js';


function uidOf(raw: unknown): string | undefined {
  const uid = (raw as { metadata?: { uid?: unknown } } | null)?.metadata?.uid;
  return typeof uid === 'string' ? uid : undefined;
}

/** Tracks, per kind, the objects currently skipped: by uid when they have one, else as a count since the last list. */
export class InvalidObjects {
  private readonly byKind = new Map<WatchedKind, { uids: Set<string>; anonymous: number }>();

  private entry(kind: WatchedKind) {
    let entry = this.byKind.get(kind);
    if (!entry) this.byKind.set(kind, (entry = { uids: new Set(), anonymous: 0 }));
    return entry;
  }

  count(kind: WatchedKind): number {
    const entry = this.byKind.get(kind);
    return entry ? entry.uids.size + entry.anonymous : 0;
  }

  /**
   * The change as the store may apply it, or undefined. A MODIFIED that breaks an object removes
   * it (its last good version would be a lie) and counts it as skipped until it is fixed or deleted.
   */
  admit(kind: WatchedKind, change: { type: 'sync'; items: readonly unknown[] } | { type: 'ADDED' | 'MODIFIED' | 'DELETED'; object: unknown }): ResourceChange | undefined {
    const entry = this.entry(kind);
    if (change.type === 'sync') {
      const { items: admitted } = admitList<ObjectOfKind[WatchedKind]>(kind, change.items);
      entry.uids.clear();
      entry.anonymous = 0;
      if (admitted.length !== change.items.length) {
        const good = new Set<unknown>(admitted);
        for (const item of change.items) {
          if (good.has(item)) continue;
          const uid = uidOf(item);
          if (uid === undefined) entry.anonymous++;
          else entry.uids.add(uid);
        }
      }
      return { type: 'sync', kind, items: admitted };
    }
    const uid = uidOf(change.object);
    const object = admitObject<ObjectOfKind[WatchedKind]>(kind, change.object);
    if (object) {
      entry.uids.delete(object.metadata.uid);
      return { type: change.type, kind, object };
    }
    if (uid === undefined) {
      if (change.type !== 'DELETED') entry.anonymous++;
      return undefined;
    }
    if (change.type === 'DELETED') entry.uids.delete(uid);
    else entry.uids.add(uid);
    // Only the uid is read to remove an object from the store.
    return { type: 'DELETED', kind, object: { metadata: { uid, name: '' } } as ObjectOfKind[WatchedKind] };
  }

  get counts(): Partial<Record<WatchedKind, number>> {
    const counts: Partial<Record<WatchedKind, number>> = {};
    for (const kind of this.byKind.keys()) counts[kind] = this.count(kind);
    return counts;
  }
}
