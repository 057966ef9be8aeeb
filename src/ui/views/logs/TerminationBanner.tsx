// Leads the pane for a restarted or crash-looping container: why and when it last died, so the
// traceback below is read with its exit code in mind.
import React from 'react';
import { Box, Text } from 'ink';
import type { TerminationSummary } from '../../../logs/logEntry.js';
import { describeTermination } from '../../../logs/termination.js';
import { useTheme } from '../../useTheme.js';

export function TerminationBanner({ summary, now, width }: { summary: TerminationSummary; now: number; width: number }): React.JSX.Element {
  const theme = useTheme();
  const parts = [
    `Last termination: ${summary.reason ?? 'unknown reason'}`,
    describeTermination(summary, now),
    `restarts ${summary.restartCount}`,
    summary.waitingReason ?? '',
    summary.finishedAt ? `at ${summary.finishedAt}` : '',
  ].filter(Boolean);
  return (
    <Box width={width} height={1}>
      <Text color={theme.danger} bold wrap="truncate-end">
        {parts.join(' · ')}
      </Text>
    </Box>
  );
}
