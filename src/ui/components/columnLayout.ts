// Fits columns into a width. When even the narrowest layout does not fit, the lowest-priority
// columns are dropped (width 0); flexible columns then shrink towards their minimum or share any
// spare width. Pure, so it is tested without Ink.
import { displayWidth, sliceToWidth } from '../../render/displayWidth.js';
import type { Column } from '../../render/types.js';

const GAP = 1;
const DEFAULT_MIN = 10;

const minWidth = (column: Column): number => (column.flex ? Math.min(column.width, column.min ?? DEFAULT_MIN) : column.width);

export function layoutColumns(columns: readonly Column[], width: number): number[] {
  const shown = columns.map(() => true);
  const total = (widthOf: (i: number) => number) => {
    const visible = columns.flatMap((_, i) => (shown[i] ? [widthOf(i)] : []));
    return visible.reduce((sum, w) => sum + w, 0) + GAP * Math.max(0, visible.length - 1);
  };
  while (total((i) => minWidth(columns[i])) > width && shown.filter(Boolean).length > 1) {
    let drop = -1;
    columns.forEach((column, i) => {
      if (shown[i] && (drop < 0 || (column.priority ?? 1) <= (columns[drop].priority ?? 1))) drop = i;
    });
    shown[drop] = false;
  }
  // Dropping is greedy: a wide column may have gone only after narrower ones that now fit again.
  const dropped = columns.flatMap((column, i) => (shown[i] ? [] : [i])).sort((a, b) => (columns[b].priority ?? 1) - (columns[a].priority ?? 1) || a - b);
  for (const i of dropped) {
    shown[i] = true;
    if (total((j) => minWidth(columns[j])) > width) shown[i] = false;
  }
  const widths = columns.map((column, i) => (shown[i] ? column.width : 0));
  const flex = columns.flatMap((column, i) => (shown[i] && column.flex ? [i] : []));
  let spare = width - total((i) => widths[i]);
  // Shrink flexible columns one cell at a time, lowest priority (then widest) first, until the row fits.
  const rank = (i: number) => (columns[i].priority ?? 1) * 1000 - widths[i];
  while (spare < 0) {
    const candidates = flex.filter((i) => widths[i] > minWidth(columns[i]));
    if (candidates.length === 0) break;
    const first = candidates.reduce((a, b) => (rank(b) < rank(a) ? b : a));
    widths[first]--;
    spare++;
  }
  if (spare < 0) {
    // Only one column is left and it is wider than the space: truncate it.
    const only = widths.findIndex((w) => w > 0);
    if (only >= 0) widths[only] = Math.max(0, widths[only] + spare);
  }
  for (let n = 0; spare > 0 && flex.length > 0; n++, spare--) widths[flex[n % flex.length]]++;
  return widths;
}

/** Pads or truncates (with …) to exactly `width` cells. Cells are single-width after sanitizing. */
export function fit(text: string, width: number): string {
  const clipped = clip(text, width);
  return clipped + ' '.repeat(Math.max(0, width - displayWidth(clipped)));
}

/**
 * `fit` without the padding, for lines drawn on nothing: Ink's frame starts as spaces, and every
 * padding space costs it as much as a letter (it tokenizes each character of every frame).
 * Widths are terminal cells: a CJK character or an emoji takes two and is never cut in half.
 */
export function clip(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  return width === 1 ? '…' : `${sliceToWidth(text, width - 1)}…`;
}

/** The cells laid out as one line; zero-width columns are left out. */
export function formatCells(cells: readonly string[], widths: readonly number[]): string[] {
  return cells.flatMap((cell, i) => (widths[i] > 0 ? [fit(cell, widths[i])] : []));
}
