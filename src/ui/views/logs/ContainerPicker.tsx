// `c` on a multi-container pod: choose the container whose logs to show.
import React from 'react';
import { Box, Text } from 'ink';

export function ContainerPicker({ containers, current, index, height }: { containers: readonly string[]; current?: string; index: number; height: number }): React.JSX.Element {
  const visible = containers.slice(Math.max(0, index - height + 2), Math.max(0, index - height + 2) + height - 1);
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text bold>Container (enter selects, esc cancels):</Text>
      {visible.map((name) => (
        <Text key={name} inverse={name === containers[index]} wrap="truncate-end">
          {name === current ? '● ' : '  '}
          {name}
        </Text>
      ))}
    </Box>
  );
}
