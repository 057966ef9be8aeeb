import { describe, expect, it } from 'vitest';
import { LineRing } from '../../src/logs/ringBuffer.js';

describe('LineRing', () => {
  it('keeps the newest lines up to capacity and counts the dropped ones', () => {
    const ring = new LineRing<number>(3);
    ring.push([1, 2]);
    expect(ring.toArray()).toEqual([1, 2]);
    expect(ring.dropped).toBe(0);
    ring.push([3, 4, 5]);
    expect(ring.toArray()).toEqual([3, 4, 5]);
    expect(ring.length).toBe(3);
    expect(ring.dropped).toBe(2);
  });

  it('numbers lines so a window can be read by sequence after older lines fall off', () => {
    const ring = new LineRing<string>(4);
    ring.push(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ring.firstSeq).toBe(2);
    expect(ring.endSeq).toBe(6);
    expect(ring.at(1)).toBeUndefined();
    expect(ring.at(2)).toBe('c');
    expect(ring.slice(3, 5)).toEqual(['d', 'e']);
    expect(ring.slice(0, 100)).toEqual(['c', 'd', 'e', 'f']);
  });

  it('handles a single push larger than the ring without copying the overflow', () => {
    const ring = new LineRing<number>(2);
    ring.push([0]);
    ring.push(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(ring.toArray()).toEqual([9, 10]);
    expect(ring.dropped).toBe(9);
    expect(ring.firstSeq).toBe(9);
  });

  it('counts lines discarded upstream without disturbing the numbering', () => {
    const ring = new LineRing<number>(2);
    ring.push([1, 2]);
    ring.noteDropped(5);
    expect(ring.dropped).toBe(5);
    expect(ring.at(ring.firstSeq)).toBe(1);
  });

  it('clears back to empty', () => {
    const ring = new LineRing<number>(2);
    ring.push([1, 2, 3]);
    ring.clear();
    expect(ring.toArray()).toEqual([]);
    expect(ring.dropped).toBe(0);
    expect(ring.endSeq).toBe(0);
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => new LineRing(0)).toThrow(/positive integer/);
  });
});
