import { describe, expect, it } from 'vitest';
import { movedIndex } from '../../src/ui/movedIndex.js';

describe('movedIndex', () => {
  it('moves by a line, a page, or to either end, within 0..maxScroll', () => {
    expect(movedIndex('down', 3, 10, 20)).toBe(4);
    expect(movedIndex('up', 0, 10, 20)).toBe(0);
    expect(movedIndex('pageDown', 15, 10, 20)).toBe(20);
    expect(movedIndex('pageUp', 5, 10, 20)).toBe(0);
    expect(movedIndex('top', 7, 10, 20)).toBe(0);
    expect(movedIndex('bottom', 7, 10, 20)).toBe(20);
  });

  it('leaves other commands to the view', () => {
    expect(movedIndex('back', 3, 10, 20)).toBeUndefined();
    expect(movedIndex(undefined, 3, 10, 20)).toBeUndefined();
  });
});
