import { describe, expect, it } from 'vitest';
import { blockWindow, clampBlockOffset, maxBlockStart, pageUpStart } from '../../src/ui/modal/blockWindow.js';
import { clampOffset, scrollWindow } from '../../src/ui/modal/scrollWindow.js';

describe('blockWindow', () => {
  it('matches the one-row window when every item is one row', () => {
    const heights = Array.from({ length: 63 }, () => 1);
    for (const offset of [-3, 0, 5, 43, 44, 70]) {
      expect(blockWindow(offset, heights, 20)).toEqual(scrollWindow(offset, 63, 20));
      expect(clampBlockOffset(offset, heights, 20)).toBe(clampOffset(offset, 63, 20));
    }
  });

  it('fits whole items only, and always shows at least the first one', () => {
    const heights = [1, 2, 1, 2, 2];
    expect(blockWindow(0, heights, 4)).toEqual({ start: 0, end: 3, total: 5 });
    expect(blockWindow(1, heights, 2)).toEqual({ start: 1, end: 2, total: 5 });
    expect(blockWindow(1, heights, 1)).toEqual({ start: 1, end: 2, total: 5 });
    expect(maxBlockStart(heights, 4)).toBe(3);
    expect(maxBlockStart(heights, 1)).toBe(4);
    expect(maxBlockStart([], 4)).toBe(0);
    expect(blockWindow(9, heights, 4)).toEqual({ start: 3, end: 5, total: 5 });
  });

  it('pages up to the window that ends with the item above', () => {
    const heights = [1, 2, 1, 2, 2];
    expect(pageUpStart(heights, 4, 4)).toBe(2);
    expect(pageUpStart(heights, 1, 4)).toBe(0);
    expect(pageUpStart(heights, 3, 1)).toBe(2);
  });
});
