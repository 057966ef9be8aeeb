// A scroll window over items that take one or more rows each (a kubectl line plus its impact
// line). Offsets and counts are in items, so a window always starts at a whole item and its label
// ("lines 3–9 of 63") counts commands, whatever rows their details take.
import type { ScrollWindow } from './scrollWindow.js';

/** The last start from which every remaining item fits in `size` rows (at least the last item). */
export function maxBlockStart(heights: readonly number[], size: number): number {
  const rows = Math.max(1, size);
  let used = 0;
  let start = heights.length;
  while (start > 0 && used + heights[start - 1] <= rows) used += heights[--start];
  return Math.max(0, Math.min(start, heights.length - 1));
}

export function clampBlockOffset(offset: number, heights: readonly number[], size: number): number {
  return Math.min(Math.max(0, offset), maxBlockStart(heights, size));
}

/** Whole items from the clamped offset while they fit; the first is always included. */
export function blockWindow(offset: number, heights: readonly number[], size: number): ScrollWindow {
  const rows = Math.max(1, size);
  const start = clampBlockOffset(offset, heights, size);
  let end = start;
  let used = 0;
  while (end < heights.length && (end === start || used + heights[end] <= rows)) used += heights[end++];
  return { start, end, total: heights.length };
}

/** The start one page up: the window that ends with the item just above `start`, whole. */
export function pageUpStart(heights: readonly number[], start: number, size: number): number {
  const rows = Math.max(1, size);
  let used = 0;
  let next = start;
  while (next > 0 && (next === start || used + heights[next - 1] <= rows)) used += heights[--next];
  return next;
}
