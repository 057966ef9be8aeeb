// A window of `size` rows over `total` rows, kept inside bounds; used by every scrollable list in
// the modal so "lines 1–20 of 63" always agrees with what is drawn.

export interface ScrollWindow {
  /** First visible row, 0-based. */
  start: number;
  /** One past the last visible row. */
  end: number;
  total: number;
}

export function clampOffset(offset: number, total: number, size: number): number {
  const maxStart = Math.max(0, total - Math.max(1, size));
  return Math.min(Math.max(0, offset), maxStart);
}

export function scrollWindow(offset: number, total: number, size: number): ScrollWindow {
  const start = clampOffset(offset, total, size);
  return { start, end: Math.min(total, start + Math.max(1, size)), total };
}

/** "lines 1–20 of 63"; an empty list reads "no lines". */
export function windowLabel(window: ScrollWindow, noun = 'lines'): string {
  if (window.total === 0) return `no ${noun}`;
  return `${noun} ${window.start + 1}–${window.end} of ${window.total}`;
}

/** The offset that keeps row `index` visible, moving the window as little as possible. */
export function offsetShowing(index: number, offset: number, size: number): number {
  if (index < offset) return index;
  if (index >= offset + size) return index - size + 1;
  return offset;
}
