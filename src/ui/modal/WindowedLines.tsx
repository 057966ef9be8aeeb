// A fixed-height list of pre-formatted lines with the window's position below it, so nothing is
// ever dropped silently: either a line is drawn or the count says it is off screen. A line may
// carry a detail drawn on the row below it; the window and its count go by whole lines.
import React from 'react';
import { Box, Text } from 'ink';
import { blockWindow } from './blockWindow.js';
import { windowLabel } from './scrollWindow.js';
import { sanitizeLine } from '../../text/sanitize.js';

export interface StyledLine {
  text: string;
  color?: string;
  dim?: boolean;
  /** Drawn on its own row under this line (e.g. an operation's impact), scrolled with it. */
  detail?: Omit<StyledLine, 'detail'>;
}

/** Rows each line takes: one, plus one for its detail. */
export function lineHeights(lines: readonly StyledLine[]): number[] {
  return lines.map((line) => (line.detail ? 2 : 1));
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
  const heights = lineHeights(lines);
  const window = blockWindow(offset, heights, height);
  const visible = lines.slice(window.start, window.end);
  const scrollable = window.end - window.start < lines.length;
  return (
    <Box flexDirection="column">
      <Box flexDirection="column" height={Math.max(1, height)} overflowY="hidden">
        {visible.map((line, i) => (
          <React.Fragment key={window.start + i}>
            <Text wrap="truncate-end" color={line.color} dimColor={line.dim}>
              {sanitizeLine(line.text)}
            </Text>
            {line.detail ? (
              <Text wrap="truncate-end" color={line.detail.color} dimColor={line.detail.dim}>
                {sanitizeLine(line.detail.text)}
              </Text>
            ) : null}
          </React.Fragment>
        ))}
      </Box>
      <Text dimColor wrap="truncate-end">
        {windowLabel(window, noun)}
        {scrollable && hint ? ` · ${hint}` : ''}
      </Text>
    </Box>
  );
}
