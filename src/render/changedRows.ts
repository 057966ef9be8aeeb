// Renderers' answers to "which rows can a new snapshot have changed?" (Renderer.changedRows).
import type { IndexedSnapshot } from './clusterIndex.js';

export const NO_ROWS: ReadonlySet<string> = new Set();

/** For rows that read only their own object (and the clock, which Row.changesAt covers): the same objects read the same. */
export const rowsOfOwnObject = (_before: IndexedSnapshot, _after: IndexedSnapshot): ReadonlySet<string> | undefined => NO_ROWS;
