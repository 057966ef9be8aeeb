// A node's % of allocatable as `kubectl top nodes` prints it (read off the demo: 953477259n of a
// 4-core allocatable prints 954m and 23 %, not 24 %).
import { describe, expect, it } from 'vitest';
import { nodePercentOf } from '../../../src/domain/metrics/quantity.js';

describe('nodePercentOf', () => {
  it('rounds CPU up to millicores and truncates the percentage, as kubectl top nodes does', () => {
    expect(nodePercentOf(953_477_259, 4e9, 'cpu')).toBe(23);
    expect(nodePercentOf(1_570_943_929, 4e9, 'cpu')).toBe(39);
    expect(nodePercentOf(3_999_000_001, 4e9, 'cpu')).toBe(100);
  });

  it('truncates memory percentages and has no base without allocatable', () => {
    expect(nodePercentOf(6_308_424 * 1024, 7_857_980 * 1024, 'memory')).toBe(80);
    expect(nodePercentOf(0.899 * 2 ** 30, 2 ** 30, 'memory')).toBe(89);
    expect(nodePercentOf(1, undefined, 'memory')).toBeUndefined();
    expect(nodePercentOf(1, 0, 'cpu')).toBeUndefined();
  });
});
