// The visible rows only (already windowed and cut to width), each segment in its style.
import React from 'react';
import { Box, Text } from 'ink';
import { podColour, type Theme } from '../../theme.js';
import { useTheme } from '../../useTheme.js';
import type { LogRow } from './layoutWindow.js';
import type { Segment } from './rowSegments.js';

function SegmentText({ segment, theme }: { segment: Segment; theme: Theme }): React.JSX.Element {
  switch (segment.style) {
    case 'prefix':
      return <Text color={podColour(theme, segment.colourIndex)}>{segment.text}</Text>;
    case 'timestamp':
      return <Text dimColor>{segment.text}</Text>;
    case 'match':
      return <Text inverse>{segment.text}</Text>;
    case 'currentMatch':
      return (
        <Text inverse color={theme.warn}>
          {segment.text}
        </Text>
      );
    case 'separator':
      return <Text color={theme.warn}>{segment.text}</Text>;
    case 'notice':
      return <Text italic>{segment.text}</Text>;
    case 'text':
      return <Text>{segment.text}</Text>;
  }
}

export function LogRows({ rows, height, width, emptyText }: { rows: LogRow[]; height: number; width: number; emptyText: string }): React.JSX.Element {
  const theme = useTheme();
  return (
    <Box flexDirection="column" height={height} width={width} overflowY="hidden">
      {rows.length === 0 ? (
        <Text dimColor wrap="truncate-end">
          {emptyText}
        </Text>
      ) : (
        rows.map((row) => (
          <Text key={row.key} wrap="truncate-end">
            {row.segments.length === 0 ? ' ' : row.segments.map((segment, index) => <SegmentText key={index} segment={segment} theme={theme} />)}
          </Text>
        ))
      )}
    </Box>
  );
}
