// Remembers, for a collection made from another by replacing some of its values in place
// (applyChanges' map of a kind after a burst of MODIFIED events, the pod list and groupings patched
// after it, a table's sorted objects), which uids were replaced, so whatever was derived from the
// previous one is patched at those uids instead of rebuilt from every entry: a 5,000-pod list, the
// grouping by ReplicaSet and by Deployment, the crash count, a table's order and rows.
import { memoSlot, type Memo } from '../domain/memo.js';

type ByUid = object;

interface Delta {
  // Weak: a strong reference would keep every earlier map (and every pod object it held) alive
  // through the chain of deltas, growing the heap by one map per burst for as long as kilo-tui runs.
  previous: WeakRef<ByUid>;
  /** Uids present before and after whose object was replaced; no key was added or removed. */
  replaced: ReadonlySet<string>;
}

// Keyed by the new map, so a delta lives exactly as long as the map it describes; kept in the
// store's memo, so the deltas of two stores are never mixed.
const DELTAS = memoSlot<ByUid, Delta>('map deltas');

export function recordReplacements(memo: Memo, previous: ByUid, next: ByUid, replaced: ReadonlySet<string>): void {
  memo.of(DELTAS).set(next, { previous: new WeakRef(previous), replaced });
}

/** The collection `next` was made from, and the uids replaced, while that collection is alive. */
export function deltaOf<T extends ByUid>(memo: Memo, next: T): { previous: T; replaced: ReadonlySet<string> } | undefined {
  const delta = memo.of(DELTAS).get(next);
  const previous = delta?.previous.deref() as T | undefined;
  return previous && delta ? { previous, replaced: delta.replaced } : undefined;
}

/**
 * The uids whose objects differ between `previous` and `next` when `next` was made from exactly
 * `previous` by replacing existing entries (same keys, same order); undefined when that is not
 * known, and the caller rebuilds.
 */
export function replacedSince(memo: Memo, previous: ByUid, next: ByUid): ReadonlySet<string> | undefined {
  const delta = deltaOf(memo, next);
  return delta?.previous === previous ? delta.replaced : undefined;
}
