// uid → index of a list of objects, computed once per list array. A list made from another by
// replacing elements in place (same uids in the same order) shares the other's positions, so a
// burst that patches a 5,000-pod list, and the sorted orders made from it, does not index it again.
import type { KubeObject } from '../domain/resources.js';

const known = new WeakMap<readonly KubeObject[], ReadonlyMap<string, number>>();

export function positionsOf(list: readonly KubeObject[]): ReadonlyMap<string, number> {
  let positions = known.get(list);
  if (!positions) known.set(list, (positions = new Map(list.map((obj, i) => [obj.metadata.uid, i]))));
  return positions;
}

/** Records that `next` holds the same uids at the same indexes as `previous`. */
export function samePositions(previous: readonly KubeObject[], next: readonly KubeObject[]): void {
  const positions = known.get(previous);
  if (positions) known.set(next, positions);
}
