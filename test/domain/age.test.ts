import { describe, expect, it } from 'vitest';
import { ageOf, formatAge, parseAge } from '../../src/domain/age.js';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;
const y = 365 * d;

describe('formatAge matches kubectl HumanDuration', () => {
  it.each([
    [-5 * s, '<invalid>'],
    [-500, '0s'],
    [0, '0s'],
    [45 * s, '45s'],
    [119 * s, '119s'],
    [2 * m, '2m'],
    [7 * m, '7m'],
    [7 * m + 30 * s, '7m30s'],
    [10 * m + 30 * s, '10m'],
    [179 * m, '179m'],
    [3 * h, '3h'],
    [5 * h + 20 * m, '5h20m'],
    [8 * h + 20 * m, '8h'],
    [17 * h, '17h'],
    [23 * h + 59 * m, '23h'],
    [47 * h, '47h'],
    [2 * d, '2d'],
    [3 * d + 5 * h, '3d5h'],
    [7 * d + 15 * h, '7d15h'],
    [8 * d, '8d'],
    [8 * d + 5 * h, '8d'],
    [400 * d, '400d'],
    [2 * y, '2y'],
    [2 * y + 10 * d, '2y10d'],
    [9 * y + 100 * d, '9y'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });
});

describe('parseAge', () => {
  it('reads compound ages', () => {
    expect(parseAge('7d15h')).toBe(7 * d + 15 * h);
    expect(parseAge('7m30s')).toBe(7 * m + 30 * s);
    expect(parseAge('2y')).toBe(2 * y);
  });
  it('round-trips whatever formatAge prints in whole units', () => {
    for (const text of ['45s', '7m30s', '23h', '3d5h', '8d', '2y10d']) expect(formatAge(parseAge(text))).toBe(text);
  });
  it('rejects text that is not an age', () => {
    expect(() => parseAge('soon')).toThrow(/not an age/);
    expect(() => parseAge('')).toThrow();
  });
});

describe('ageOf', () => {
  it('is now minus the timestamp, 0 when missing', () => {
    expect(ageOf('2026-01-06T11:00:00Z', Date.parse('2026-01-06T12:00:00Z'))).toBe(h);
    expect(ageOf(undefined, 5)).toBe(0);
    expect(ageOf('garbage', 5)).toBe(0);
  });
});
