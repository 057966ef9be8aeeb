import React from 'react';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { loadInkTable } from '../../src/ui/inkTable/loadInkTable.js';

describe('loadInkTable', () => {
  it('loads the CommonJS ink-table against ESM Ink and renders a table', () => {
    const Table = loadInkTable();
    const { lastFrame } = render(<Table data={[{ service: 'kilo-meds', stale: 7 }, { service: 'kilo-frontend', stale: 10 }]} />);
    const frame = lastFrame() ?? '';
    expect(frame).toMatch(/service\s+│\s+stale/);
    expect(frame).toMatch(/kilo-frontend\s+│\s+10/);
    expect(frame).toContain('┌');
  });
});
