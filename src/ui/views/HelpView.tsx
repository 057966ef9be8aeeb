// `?`: every key from keymap.ts, grouped by where it applies; scrolls (j/k, PgUp/PgDn, g/G) when
// the terminal is too small to show them all.
import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { fit } from '../components/columnLayout.js';
import { KEYMAP, matchCommand } from '../keymap.js';
import { movedIndex } from '../movedIndex.js';
import { useTheme } from '../useTheme.js';
import { helpColumns, helpLines, splitColumns } from './helpLayout.js';

export function HelpView({ width, height, active = true }: { width: number; height: number; active?: boolean }) {
  const theme = useTheme();
  const inner = Math.max(0, width - 2);
  const columns = helpColumns(inner);
  const colWidth = Math.floor(inner / columns);
  const byColumn = splitColumns(helpLines(KEYMAP, colWidth), columns);
  const rowsTotal = byColumn[0]?.length ?? 0;
  const rowsVisible = Math.max(1, height - 3);
  const maxScroll = Math.max(0, rowsTotal - rowsVisible);
  const [scroll, setScroll] = useState(0);
  const top = Math.min(scroll, maxScroll);

  useInput(
    (input, key) => {
      const next = movedIndex(matchCommand('describe', input, key), top, rowsVisible, maxScroll);
      if (next !== undefined) setScroll(next);
    },
    { isActive: active },
  );

  const title = maxScroll > 0
    ? `Keys (? or Esc closes · j/k PgUp/PgDn scroll)  ${top + 1}-${Math.min(rowsTotal, top + rowsVisible)} of ${rowsTotal}`
    : 'Keys (? or Esc closes)';
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={theme.accent} overflow="hidden">
      <Text bold color={theme.accent}>{fit(title, inner)}</Text>
      {Array.from({ length: Math.min(rowsTotal, rowsVisible) }, (_, i) => (
        <Text key={top + i} wrap="truncate-end">
          {byColumn.map((lines, col) => {
            const line = lines[top + i];
            return (
              <Text key={col} bold={line?.heading}>
                {fit(line?.text ?? '', colWidth)}
              </Text>
            );
          })}
        </Text>
      ))}
    </Box>
  );
}
