// A fixed-height list of pre-formatted lines with the window's position below it, so nothing is
// ever dropped silently: either a line is drawn or the count says it is off screen.
import React from 'react';
import { Box, Text } from 'ink';
import { scrollWindow, windowLabel } from './scrollWindow.js';

export interface StyledLine {
  text: string;
  color?: string;
  dim?: boolean;
}

export function WindowedLines({
  lines,
  offset,
  height,
  noun = 'lines',
  hint,
}: {
  lines: readonly StyledLine[];
  offset: number;
  /** Rows for the lines themselves; one more row is used for the position label. */
  height: number;
  noun?: string;
  hint?: string;
}) {
  const window = scrollWindow(offset, lines.length, height);
  const visible = lines.slice(window.start, window.end);
  const scrollable = lines.length > height;
  return (
    <Box flexDirection="column">
      <Box flexDirection="column" height={Math.max(1, height)}>
        {visible.map((line, i) => (
          <Text key={window.start + i} wrap="truncate-end" color={line.color} dimColor={line.dim}>
            {line.text}
          </Text>
        ))}
      </Box>
      <Text dimColor wrap="truncate-end">
        {windowLabel(window, noun)}
        {scrollable && hint ? ` · ${hint}` : ''}
      </Text>
    </Box>
  );
}
