// The table clips its rows vertically only (a horizontal clip costs Ink a re-slice of every line
// each frame), so every line it draws must already end at the right border, whatever the cells hold.
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { makeRow } from '../../src/render/cells.js';
import { deploymentColumns } from '../../src/render/deployments.js';
import { eventColumns } from '../../src/render/events.js';
import type { Row } from '../../src/render/types.js';
import { Table } from '../../src/ui/components/Table.js';
import { themeFor } from '../../src/ui/theme.js';

const theme = themeFor({ NO_COLOR: '1' });
const long = 'x'.repeat(150);
const rows: Row[] = Array.from({ length: 8 }, (_, i) => ({
  uid: `uid-${i}`,
  cells: [`name-${i}`, '1/1', '1', '1', `image:${long}`, '3', '1/0', '5m', `Stuck: ${long}`],
  tone: 'danger',
  toneCell: 8,
  problem: true,
}));

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

function frameAt(width: number, height: number): string[] {
  const view = render(<Table title={`Deployments [deploy/${long}]`} columns={deploymentColumns} rows={rows} cursorIndex={2} width={width} height={height} focused marks={{ 'uid-1': true }} theme={theme} />);
  unmounts.push(view.unmount);
  return (view.lastFrame() ?? '').split('\n');
}

describe('Table width', () => {
  it.each([3, 4, 12, 40, 97])('at width %i every line, long cells and title included, ends at the right border', (width) => {
    const lines = frameAt(width, 8);
    expect(lines).toHaveLength(8);
    for (const line of lines) expect(line).toHaveLength(width);
    for (const line of lines.slice(1, -1)) expect(line.endsWith('│')).toBe(true);
  });

  it('cuts rows that do not fit below the header at the bottom border', () => {
    const lines = frameAt(60, 6);
    expect(lines).toHaveLength(6);
    expect(lines.filter((line) => line.includes('name-'))).toHaveLength(2);
    expect(lines[5].startsWith('└')).toBe(true);
  });

  it('lines up columns by display width when a cell holds CJK or emoji', () => {
    const events = [
      makeRow('e1', ['5m', 'Warning', 'BackOff', 'pod/kilo-meds', 'Back-off restarting failed container'], { problem: true }),
      makeRow('e2', ['3m', 'Normal', '起動しました🙂', 'pod/日本語-pod', 'コンテナを起動しました 🚀 done'], { problem: false }),
      makeRow('e3', ['1m', 'Normal', 'Pulled', 'pod/kilo-cam', 'ok'], { problem: false }),
    ];
    const view = render(<Table title="Events" columns={eventColumns} rows={events} cursorIndex={1} width={70} height={8} focused marks={{}} theme={theme} />);
    unmounts.push(view.unmount);
    const lines = (view.lastFrame() ?? '').split('\n');
    for (const line of lines) expect(stringWidth(line)).toBe(70);
    const rowsDrawn = lines.filter((line) => line.includes('pod/'));
    expect(rowsDrawn).toHaveLength(3);
    // The OBJECT column starts at the same cell on every row.
    const objectColumn = (line: string) => stringWidth(line.slice(0, line.indexOf('pod/')));
    expect(new Set(rowsDrawn.map(objectColumn)).size).toBe(1);
  });
});
