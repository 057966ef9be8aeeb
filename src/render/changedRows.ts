// Renderers' answers to "which rows can a new snapshot have changed?" (Renderer.changedRows).
import type { IndexedSnapshot } from './clusterIndex.js';

export const NO_ROWS: ReadonlySet<string> = new Set();

/** For rows that read only their own object and the clock: the same objects at the same time read the same. */
export const rowsOfOwnObject = (before: IndexedSnapshot, after: IndexedSnapshot): ReadonlySet<string> | undefined =>
  before.now === after.now ? NO_ROWS : undefined;
