// The selected pod's status, last termination and recent events (the logs issue replaces this).
import { Box, Text } from 'ink';
import type { Pod } from '../../domain/resources.js';
import { selectSnapshot } from '../../store/selectors.js';
import { clip } from '../components/columnLayout.js';
import { useClusterStore } from '../StoreContext.js';
import { toneColour } from '../theme.js';
import { useTheme } from '../useTheme.js';
import { podDetailLines } from './detailsLines.js';

export function DetailsPane({ pod, width, height, focused }: { pod?: Pod; width: number; height: number; focused: boolean }) {
  const theme = useTheme();
  const snapshot = useClusterStore(selectSnapshot);
  const inner = Math.max(0, width - 2);
  const body = Math.max(0, height - 3);
  const lines = pod ? podDetailLines(pod, snapshot, inner - 2) : [{ text: 'No pod selected' }];
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={focused ? theme.accent : theme.muted} overflowY="hidden">
      <Text bold={focused} color={focused ? theme.accent : undefined} wrap="truncate-end">{clip(`${focused ? '▶ ' : '  '}Details`, inner)}</Text>
      {lines.slice(0, body).map((line, i) => (
        <Text key={i} wrap="truncate-end" color={toneColour(theme, line.tone)}>
          {clip(`  ${line.text}`, inner)}
        </Text>
      ))}
    </Box>
  );
}
