// One table line. The cursor row gets a `>` gutter, marked rows a `*` and the marked colour; the cursor row is inverse;
// stale rows are dim; a tone colours one cell (or the row), and cellTones single cells (usage past a threshold).
import { Text } from 'ink';
import { memo } from 'react';
import type { Row } from '../../render/types.js';
import { toneColour, type Theme } from '../theme.js';
import { fit } from './columnLayout.js';

export interface TableRowProps {
  row: Row;
  widths: readonly number[];
  width: number;
  /** The cursor row: a `>` gutter always, inverse when the table has focus. */
  cursor: boolean;
  selected: boolean;
  marked: boolean;
  theme: Theme;
}

export const TableRow = memo(function TableRow({ row, widths, width, cursor, selected, marked, theme }: TableRowProps) {
  const gutter = `${cursor ? '>' : ' '}${marked ? '*' : ' '}`;
  const tone = toneColour(theme, row.tone);
  const shown = row.cells.flatMap((cell, i) => (widths[i] > 0 ? [{ text: fit(cell, widths[i]), colour: i === row.toneCell ? tone : toneColour(theme, row.cellTones?.[i]) }] : []));
  // fit makes each cell exactly its column's width in cells, whatever its characters.
  const used = gutter.length + widths.reduce((sum, w) => sum + Math.max(0, w), 0) + Math.max(0, shown.length - 1);
  // Only the inverse cursor row needs its trailing spaces drawn; other rows leave them to the blank
  // frame, which saves Ink tokenizing them on every frame.
  const last = shown.at(-1);
  if (!selected && last) last.text = last.text.trimEnd();
  const fill = selected ? Math.max(0, width - used) : 0;
  const rowColour = marked ? theme.marked : row.toneCell === undefined ? tone : undefined;
  return (
    <Text wrap="truncate-end" inverse={selected} dimColor={row.dim} color={rowColour} bold={marked}>
      {gutter}
      {shown.map((cell, i) => (
        <Text key={i} color={marked ? undefined : cell.colour}>
          {i > 0 ? ' ' : ''}
          {cell.text}
        </Text>
      ))}
      {fill > 0 ? ' '.repeat(fill) : null}
    </Text>
  );
});
