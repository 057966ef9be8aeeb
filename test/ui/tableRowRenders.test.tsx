// A metrics poll changes a few usage cells of a table whose column widths stay as they were: only
// the rows whose cells changed are rendered again, not every visible row (on an idle overview that
// was a render of every visible row every 15 s).
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Column, Row } from '../../src/render/types.js';
import { Table } from '../../src/ui/components/Table.js';
import { themeFor } from '../../src/ui/theme.js';

// TableRow fits each of its cells with `fit`: counting the calls counts the rows rendered.
const fitCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/ui/components/columnLayout.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ui/components/columnLayout.js')>();
  return {
    ...original,
    fit: (text: string, width: number) => {
      fitCalls.count++;
      return original.fit(text, width);
    },
  };
});

const theme = themeFor({ NO_COLOR: '1' });
const columns: Column[] = [
  { header: 'NAME', width: 20, flex: true },
  { header: 'CPU', width: 6 },
  { header: 'MEM', width: 7 },
];
const rowOf = (i: number, cpu: string): Row => ({ uid: `uid-${i}`, cells: [`kilo-${i}`, cpu, '100Mi'], problem: false });

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

describe('Table re-renders', () => {
  it('renders again only the row whose usage cell changed', () => {
    const rows = Array.from({ length: 10 }, (_, i) => rowOf(i, `${i + 1}m`));
    const table = (shown: Row[]) => <Table title="Deployments" columns={columns} rows={shown} cursorIndex={0} width={60} height={16} focused marks={{}} theme={theme} />;
    const view = render(table(rows));
    unmounts.push(view.unmount);
    expect(view.lastFrame()).toContain('kilo-3');
    // A poll: one row's CPU reading changed, the others are the same objects.
    const polled = rows.map((row, i) => (i === 3 ? rowOf(3, '9m') : row));
    fitCalls.count = 0;
    view.rerender(table(polled));
    expect(view.lastFrame()).toContain('9m');
    expect(fitCalls.count).toBe(columns.length);
  });

  it('renders every row again when the column widths change', () => {
    const rows = Array.from({ length: 10 }, (_, i) => rowOf(i, `${i + 1}m`));
    const table = (width: number) => <Table title="Deployments" columns={columns} rows={rows} cursorIndex={0} width={width} height={16} focused marks={{}} theme={theme} />;
    const view = render(table(60));
    unmounts.push(view.unmount);
    // A narrower terminal narrows the flexible NAME column: every row is laid out anew.
    fitCalls.count = 0;
    view.rerender(table(50));
    expect(fitCalls.count).toBe(columns.length * rows.length);
  });
});
