import { describe, expect, it } from 'vitest';
import { blockHeight, totalHeight, windowBlocks } from '../../src/ui/views/audit/blockWindow.js';
import type { Block } from '../../src/ui/views/audit/findingBlocks.js';

describe('windowBlocks', () => {
  const blocks: Block[] = [
    { type: 'text', lines: ['a', 'b', 'c'] },
    { type: 'table', columns: ['n'], data: [{ n: 1 }, { n: 2 }, { n: 3 }] },
    { type: 'text', lines: ['x', 'y'] },
  ];

  it('counts an ink-table of n rows as 2n + 3 lines', () => {
    expect(blockHeight(blocks[1])).toBe(9);
    expect(totalHeight(blocks)).toBe(14);
  });

  it('slices text and keeps the table rows whose data line is visible', () => {
    expect(windowBlocks(blocks, 0, 4)).toEqual([{ type: 'text', lines: ['a', 'b', 'c'] }]);
    // Lines 3..11: the table's data lines are 6, 8 and 10; then 'x' at 12 is outside.
    expect(windowBlocks(blocks, 5, 7)).toEqual([{ type: 'table', columns: ['n'], data: [{ n: 1 }, { n: 2 }, { n: 3 }] }]);
    expect(windowBlocks(blocks, 7, 7)).toEqual([
      { type: 'table', columns: ['n'], data: [{ n: 2 }, { n: 3 }] },
      { type: 'text', lines: ['x', 'y'] },
    ]);
    expect(windowBlocks(blocks, 20, 5)).toEqual([]);
  });
});
