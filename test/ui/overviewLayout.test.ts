import { describe, expect, it } from 'vitest';
import { deploymentColumns } from '../../src/render/deployments.js';
import type { Row } from '../../src/render/types.js';
import { layoutColumns } from '../../src/ui/components/columnLayout.js';
import { fitColumnsToContent } from '../../src/ui/components/contentWidths.js';
import { wideOverviewLayout } from '../../src/ui/views/overviewLayout.js';

const deploymentRow = (name: string, image: string, status: string): Row => ({
  uid: name,
  problem: false,
  cells: [name, '1/1', '1', '1', image, '9', '2/7', '7d21h', status],
});

describe('wideOverviewLayout', () => {
  it('gives Deployments the full width on top and fills the body exactly', () => {
    const layout = wideOverviewLayout(120, 30, 14);
    expect(layout.deploy.width).toBe(120);
    expect(layout.deploy.height).toBe(13);
    expect(layout.rs.width + layout.pods.width).toBe(120);
    expect(layout.deploy.height + layout.rs.height).toBe(30);
    expect(layout.pods.height + layout.details.height).toBe(layout.rs.height);
    expect(layout.details.height).toBeGreaterThanOrEqual(8);
  });

  it('sizes the Pods table to its rows and gives the logs pane under it the rest', () => {
    const layout = wideOverviewLayout(120, 30, 14, 2);
    expect(layout.pods.height).toBe(6);
    expect(layout.details.height).toBe(layout.rs.height - 6);
    const many = wideOverviewLayout(120, 30, 14, 40);
    expect(many.details.height).toBe(8);
    expect(many.pods.height + many.details.height).toBe(many.rs.height);
  });

  it('shrinks the Deployments pane to its rows when there are few', () => {
    const layout = wideOverviewLayout(160, 40, 2);
    expect(layout.deploy.height).toBe(6);
    expect(layout.rs.height).toBe(34);
  });
});

describe('fitColumnsToContent + layoutColumns at 120 columns', () => {
  const rows = [
    deploymentRow('kilo-library', 'kilo/library_of_truth:latest', 'Available'),
    deploymentRow('kilo-meds', 'kilo-meds:ai-brain-ocr-v2', 'Stuck: CrashLoopBackOff'),
  ];
  const shown = (widths: number[]) => deploymentColumns.filter((_, i) => widths[i] > 0).map((c) => c.header);

  it('keeps NAME, READY, IMAGE and STATUS whole in the wide Deployments pane, dropping UP-TO-DATE first', () => {
    const widths = layoutColumns(fitColumnsToContent(deploymentColumns, rows), 116);
    expect(shown(widths)).toEqual(['NAME', 'READY', 'AVAILABLE', 'IMAGE', 'REVISION', 'RS', 'AGE', 'STATUS']);
    expect(widths[4]).toBeGreaterThanOrEqual('kilo/library_of_truth:latest'.length);
    expect(widths[8]).toBeGreaterThanOrEqual('Stuck: CrashLoopBackOff'.length);
  });

  it('drops IMAGE rather than truncate it at 80 columns, keeping REVISION', () => {
    const widths = layoutColumns(fitColumnsToContent(deploymentColumns, rows), 74);
    expect(shown(widths)).toEqual(['NAME', 'READY', 'REVISION', 'RS', 'AGE', 'STATUS']);
  });

  it('keeps IMAGE at 100 columns, dropping AGE and UP-TO-DATE first', () => {
    const widths = layoutColumns(fitColumnsToContent(deploymentColumns, rows), 94);
    expect(shown(widths)).toEqual(['NAME', 'READY', 'IMAGE', 'REVISION', 'RS', 'STATUS']);
  });

  it('brings back narrower columns that fit once a wide one is dropped', () => {
    const columns = [
      { header: 'A', width: 10, priority: 9 },
      { header: 'NARROW', width: 3, priority: 1 },
      { header: 'WIDE', width: 20, priority: 2 },
    ];
    // Greedy dropping removes NARROW, then WIDE; NARROW fits again afterwards.
    expect(layoutColumns(columns, 16)).toEqual([10, 3, 0]);
  });

  it('sizes a flexible column to its longest cell, not its preferred width', () => {
    const fitted = fitColumnsToContent(deploymentColumns, rows);
    expect(fitted[0].width).toBe('kilo-library'.length);
    expect(fitted[4].width).toBe('kilo/library_of_truth:latest'.length);
    expect(fitted[1]).toBe(deploymentColumns[1]);
  });
});
