// uid → index of a list of objects, computed once per list array. A list made from another by
// replacing elements in place (same uids in the same order) shares the other's positions, so a
// burst that patches a 5,000-pod list, and the sorted orders made from it, does not index it again.
import { memoSlot, type Memo } from '../domain/memo.js';
import type { KubeObject } from '../domain/resources.js';

// In the store's memo, beside the lists it indexes.
const POSITIONS = memoSlot<readonly KubeObject[], ReadonlyMap<string, number>>('list positions');

export function positionsOf(memo: Memo, list: readonly KubeObject[]): ReadonlyMap<string, number> {
  const known = memo.of(POSITIONS);
  let positions = known.get(list);
  if (!positions) known.set(list, (positions = new Map(list.map((obj, i) => [obj.metadata.uid, i]))));
  return positions;
}

/** Records that `next` holds the same uids at the same indexes as `previous`. */
export function samePositions(memo: Memo, previous: readonly KubeObject[], next: readonly KubeObject[]): void {
  const known = memo.of(POSITIONS);
  const positions = known.get(previous);
  if (positions) known.set(next, positions);
}
