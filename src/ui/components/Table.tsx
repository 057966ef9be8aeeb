// A bordered, windowed table: only the rows that fit are rendered, and the box has an explicit
// height so the frame never grows past the terminal.
import { Box, Text } from 'ink';
import { useMemo, useRef } from 'react';
import type { Column, Row } from '../../render/types.js';
import type { Theme } from '../theme.js';
import { clip, formatCells, layoutColumns } from './columnLayout.js';
import { fitColumnsToContent } from './contentWidths.js';
import { TableRow } from './TableRow.js';
import { sanitizeLine } from '../../text/sanitize.js';

export interface TableProps {
  title: string;
  columns: readonly Column[];
  rows: readonly Row[];
  cursorIndex: number;
  width: number;
  /** Total lines including the border. */
  height: number;
  focused: boolean;
  marks: Readonly<Record<string, true>>;
  theme: Theme;
}

/** Lines of the border, title and column header around the data rows. */
export const TABLE_CHROME_LINES = 4;
const GUTTER = 2;

/** First visible row: moves only as far as needed to keep the cursor in view. */
export function windowStart(previous: number, cursor: number, visible: number, total: number): number {
  let start = Math.min(previous, Math.max(0, total - visible));
  if (cursor < start) start = cursor;
  if (cursor >= start + visible) start = cursor - visible + 1;
  return Math.max(0, start);
}

const sameNumbers = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

export function Table({ title, columns, rows, cursorIndex, width, height, focused, marks, theme }: TableProps) {
  const visible = Math.max(0, height - TABLE_CHROME_LINES);
  const startRef = useRef(0);
  const start = windowStart(startRef.current, cursorIndex, visible, rows.length);
  startRef.current = start;
  return (
    <WindowedTable
      title={title}
      columns={columns}
      window={rows.slice(start, start + visible)}
      start={start}
      count={rows.length}
      measured={rows}
      cursorIndex={cursorIndex}
      width={width}
      height={height}
      focused={focused}
      marks={marks}
      theme={theme}
    />
  );
}

export interface WindowedTableProps extends Omit<TableProps, 'rows'> {
  /** The rows shown: those from `start` on that fit (windowStart over `count` rows). */
  window: readonly Row[];
  start: number;
  count: number;
  /**
   * The rows whose contents size the flexible columns: the window when absent. A table that
   * derives only its window's rows measures those, so a column may widen as the window moves.
   */
  measured?: readonly Row[];
}

/** A table of `count` rows of which only the window is derived and drawn. */
export function WindowedTable({ title, columns, window, start, count, measured, cursorIndex, width, height, focused, marks, theme }: WindowedTableProps) {
  const inner = Math.max(0, width - 2);
  const visible = Math.max(0, height - TABLE_CHROME_LINES);
  const sized = measured ?? window;
  const laidOut = useMemo(() => layoutColumns(fitColumnsToContent(columns, sized), inner - GUTTER), [columns, sized, inner]);
  // The same widths as last frame are the same array: a metrics poll that changes a few usage cells
  // then re-renders only the rows whose cells changed (TableRow is memo), not every visible row.
  const widthsRef = useRef(laidOut);
  if (!sameNumbers(widthsRef.current, laidOut)) widthsRef.current = laidOut;
  const widths = widthsRef.current;
  const header = clip(`${' '.repeat(GUTTER)}${formatCells(columns.map((c) => c.header), widths).join(' ')}`.trimEnd(), inner);
  const position = count > visible ? ` ${cursorIndex + 1}/${count}` : '';
  // Only rows are clipped: every line is fit and truncated to the inner width already, and a
  // horizontal clip makes Ink re-slice each line's ANSI text on every frame (~3 ms at 10k RS).
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={focused ? theme.accent : theme.muted} overflowY="hidden">
      <Text wrap="truncate-end" bold={focused} color={focused ? theme.accent : undefined}>
        {clip(`${focused ? '▶ ' : '  '}${sanitizeLine(title)}${position}`, inner)}
      </Text>
      {visible > 0 ? <Text wrap="truncate-end" bold>{header}</Text> : null}
      {window.slice(0, visible).map((row, i) => (
        <TableRow
          key={row.uid}
          row={row}
          widths={widths}
          width={inner}
          cursor={start + i === cursorIndex}
          selected={focused && start + i === cursorIndex}
          marked={marks[row.uid] === true}
          theme={theme}
        />
      ))}
      {count === 0 && visible > 0 ? <Text dimColor>{clip('  (none)', inner)}</Text> : null}
    </Box>
  );
}
