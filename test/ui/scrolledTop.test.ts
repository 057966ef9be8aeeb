import { describe, expect, it } from 'vitest';
import { scrolledTop } from '../../src/ui/scrolledTop.js';

describe('scrolledTop', () => {
  it('moves by a line, a page, or to either end, within 0..maxScroll', () => {
    expect(scrolledTop('down', 3, 10, 20)).toBe(4);
    expect(scrolledTop('up', 0, 10, 20)).toBe(0);
    expect(scrolledTop('pageDown', 15, 10, 20)).toBe(20);
    expect(scrolledTop('pageUp', 5, 10, 20)).toBe(0);
    expect(scrolledTop('top', 7, 10, 20)).toBe(0);
    expect(scrolledTop('bottom', 7, 10, 20)).toBe(20);
  });

  it('leaves other commands to the view', () => {
    expect(scrolledTop('back', 3, 10, 20)).toBeUndefined();
    expect(scrolledTop(undefined, 3, 10, 20)).toBeUndefined();
  });
});
