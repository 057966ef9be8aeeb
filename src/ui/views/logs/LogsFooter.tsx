// The bottom line: the filter being typed, or the last notice, or the stream's status and size.
import React from 'react';
import { Box, Text } from 'ink';
import type { LogSessionState } from '../../../logs/logSession.js';
import { useTheme } from '../../useTheme.js';
import type { LogsViewState } from './logsViewState.js';

export function LogsFooter({ state, view, width, shown }: { state: LogSessionState; view: LogsViewState; width: number; shown: number }): React.JSX.Element {
  const theme = useTheme();
  if (view.editingFilter) {
    return (
      <Box width={width} height={1}>
        <Text wrap="truncate-end">
          <Text color={theme.accent}>/</Text>
          {view.filterText}
          <Text inverse> </Text>
        </Text>
      </Box>
    );
  }
  const dropped = state.dropped > 0 ? ` · ${state.dropped} older lines dropped` : '';
  const count = view.filterText ? `${shown}/${state.lineCount} lines` : `${state.lineCount} lines`;
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate-end">
        {view.notice ? <Text color={theme.ok}>{view.notice} · </Text> : null}
        <Text color={state.status.startsWith('following') ? theme.ok : theme.warn}>{state.status}</Text>
        <Text dimColor>
          {' · '}
          {count}
          {dropped}
        </Text>
      </Text>
    </Box>
  );
}
