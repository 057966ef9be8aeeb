// The visible rows only (already windowed and cut to width), each segment in its style.
import React from 'react';
import { Box, Text } from 'ink';
import type { LogRow } from './layoutWindow.js';
import type { Segment } from './rowSegments.js';

function SegmentText({ segment }: { segment: Segment }): React.JSX.Element {
  switch (segment.style) {
    case 'prefix':
      return <Text color={segment.colour}>{segment.text}</Text>;
    case 'timestamp':
      return <Text dimColor>{segment.text}</Text>;
    case 'match':
      return <Text inverse>{segment.text}</Text>;
    case 'currentMatch':
      return (
        <Text inverse color="yellow">
          {segment.text}
        </Text>
      );
    case 'separator':
      return <Text color="yellow">{segment.text}</Text>;
    case 'notice':
      return <Text italic>{segment.text}</Text>;
    case 'text':
      return <Text>{segment.text}</Text>;
  }
}

export function LogRows({ rows, height, width, emptyText }: { rows: LogRow[]; height: number; width: number; emptyText: string }): React.JSX.Element {
  return (
    <Box flexDirection="column" height={height} width={width} overflowY="hidden">
      {rows.length === 0 ? (
        <Text dimColor wrap="truncate-end">
          {emptyText}
        </Text>
      ) : (
        rows.map((row) => (
          <Text key={row.key} wrap="truncate-end">
            {row.segments.length === 0 ? ' ' : row.segments.map((segment, index) => <SegmentText key={index} segment={segment} />)}
          </Text>
        ))
      )}
    </Box>
  );
}
