import { describe, expect, it } from 'vitest';
import { deploymentColumns } from '../../src/render/deployments.js';
import { fit, layoutColumns } from '../../src/ui/components/columnLayout.js';

const sum = (widths: number[]) => widths.reduce((a, b) => a + b, 0) + widths.filter((w) => w > 0).length - 1;

describe('layoutColumns', () => {
  it('uses every column and fills the width when there is room', () => {
    const widths = layoutColumns(deploymentColumns, 160);
    expect(widths.every((w) => w > 0)).toBe(true);
    expect(sum(widths)).toBe(160);
  });

  it('drops the lowest-priority columns first and never exceeds the width', () => {
    const widths = layoutColumns(deploymentColumns, 56);
    expect(sum(widths)).toBeLessThanOrEqual(56);
    const shown = deploymentColumns.filter((_, i) => widths[i] > 0).map((c) => c.header);
    expect(shown).toContain('NAME');
    expect(shown).toContain('STATUS');
    expect(shown).not.toContain('UP-TO-DATE');
    expect(widths[8]).toBeGreaterThanOrEqual(23);
  });

  it('fit pads and truncates to an exact width', () => {
    expect(fit('abc', 5)).toBe('abc  ');
    expect(fit('abcdef', 4)).toBe('abc…');
  });
});
