// Marks select objects (by uid) for the batch actions; the UI passes the visible row order so
// ranges and "all visible" mean what the user sees.
import type { ClusterState } from './types.js';

export interface MarksMutators {
  toggleMark(uid: string): void;
  /** Marks every uid between the anchor (last toggled) and `toUid` in `orderedUids`, inclusive. */
  markRange(orderedUids: readonly string[], toUid: string): void;
  markAll(uids: readonly string[]): void;
  clearMarks(): void;
}

type Set = (partial: Partial<ClusterState>) => void;
type Get = () => ClusterState;

export function createMarksMutators(set: Set, get: Get): MarksMutators {
  return {
    toggleMark(uid) {
      const marks = { ...get().marks };
      if (marks[uid]) delete marks[uid];
      else marks[uid] = true;
      set({ marks, markAnchor: uid });
    },
    markRange(orderedUids, toUid) {
      const { markAnchor } = get();
      const to = orderedUids.indexOf(toUid);
      if (to < 0) return;
      const anchorIndex = markAnchor === undefined ? -1 : orderedUids.indexOf(markAnchor);
      const from = anchorIndex < 0 ? to : anchorIndex;
      const [low, high] = from <= to ? [from, to] : [to, from];
      const marks = { ...get().marks };
      for (const uid of orderedUids.slice(low, high + 1)) marks[uid] = true;
      set({ marks, markAnchor: toUid });
    },
    markAll(uids) {
      const marks = { ...get().marks };
      for (const uid of uids) marks[uid] = true;
      set({ marks });
    },
    clearMarks() {
      set({ marks: {}, markAnchor: undefined });
    },
  };
}
