// `?`: the keys of the screen it was opened on, from keymap.ts (exactly that screen's rows of the
// table); scrolls (j/k, PgUp/PgDn, g/G) when the terminal is too small to show them all.
import { Box, Text } from 'ink';
import { useState } from 'react';
import { fit } from '../components/columnLayout.js';
import { bindingsFor, SCREEN_TITLES, type Screen } from '../keymap.js';
import { MOVE_IDS, movedIndex } from '../movedIndex.js';
import { handlersFor, useKeys } from '../useKeys.js';
import { useTheme } from '../useTheme.js';
import { helpColumns, helpLines, splitColumns } from './helpLayout.js';

export interface HelpViewProps {
  /** The screen whose keys are listed. */
  screen: Screen;
  width: number;
  height: number;
  active?: boolean;
}

export function HelpView({ screen, width, height, active = true }: HelpViewProps) {
  const theme = useTheme();
  const inner = Math.max(0, width - 2);
  const columns = helpColumns(inner);
  const colWidth = Math.floor(inner / columns);
  const byColumn = splitColumns(helpLines(bindingsFor(screen), colWidth), columns);
  const rowsTotal = byColumn[0]?.length ?? 0;
  const rowsVisible = Math.max(1, height - 3);
  const maxScroll = Math.max(0, rowsTotal - rowsVisible);
  const [scroll, setScroll] = useState(0);
  const top = Math.min(scroll, maxScroll);

  useKeys(
    'help',
    handlersFor(MOVE_IDS, (command) => {
      const next = movedIndex(command, top, rowsVisible, maxScroll);
      if (next !== undefined) setScroll(next);
    }),
    { isActive: active },
  );

  const heading = `Keys: ${SCREEN_TITLES[screen]}`;
  const title = maxScroll > 0
    ? `${heading} (? or Esc closes · j/k PgUp/PgDn scroll)  ${top + 1}-${Math.min(rowsTotal, top + rowsVisible)} of ${rowsTotal}`
    : `${heading} (? or Esc closes)`;
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
