// The pane's title: what is shown (pod/container, previous or current, range) and the toggles.
import React from 'react';
import { Box, Text } from 'ink';
import { describeRange } from '../../../logs/logRange.js';
import type { LogSessionState } from '../../../logs/logSession.js';
import { useTheme } from '../../useTheme.js';
import type { LogsViewState } from './logsViewState.js';
import { sanitizeLine } from '../../../text/sanitize.js';

export function LogsTitle({ state, view, width }: { state: LogSessionState; view: LogsViewState; width: number }): React.JSX.Element {
  const theme = useTheme();
  const container = state.container && !state.target.merged ? `/${state.container}` : '';
  const flags = [
    view.autoscroll ? 'auto:on' : 'auto:off',
    `wrap:${view.wrap ? 'on' : 'off'}`,
    `ts:${view.timestamps ? 'on' : 'off'}`,
    view.filterText && !view.editingFilter ? `filter:/${view.filterText}/` : '',
    state.dropped > 0 ? `dropped ${state.dropped}` : '',
  ].filter(Boolean);
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate-end">
        <Text bold color={theme.accent}>
          Logs {sanitizeLine(state.target.title)}
          {container}
        </Text>
        <Text color={state.mode === 'previous' ? theme.warn : theme.ok}> [{state.mode}] </Text>
        <Text>{flags.join(' ')}</Text>
        <Text dimColor> · {describeRange(state.range)}</Text>
      </Text>
    </Box>
  );
}
