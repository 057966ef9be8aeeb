// The wide overview's fourth pane: the selected pod's logs, following the pod cursor (debounced).
// Keys reach it only when it has focus (Tab); Esc gives focus back to the pods, `f` opens the
// same pod full screen.
import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { Pod } from '../../domain/resources.js';
import type { LogTarget } from '../../logs/logEntry.js';
import { clip } from '../components/columnLayout.js';
import { useLogsEnvironment } from '../logs/LogsContext.js';
import { useLogSession } from '../logs/useLogSession.js';
import { useMutators } from '../StoreContext.js';
import { useTheme } from '../useTheme.js';
import { LogsView } from './LogsView.js';

export const DEFAULT_FOLLOW_DEBOUNCE_MS = 250;

export interface LogsPaneProps {
  pod?: Pod;
  width: number;
  height: number;
  focused: boolean;
  /** Focused, on the top view and no prompt open. */
  active: boolean;
}

export function LogsPane({ pod, width, height, focused, active }: LogsPaneProps) {
  const theme = useTheme();
  const mutators = useMutators();
  const environment = useLogsEnvironment();
  const name = pod?.metadata.name;
  const target = useMemo<LogTarget | undefined>(() => (name ? { title: name, pods: [name], merged: false } : undefined), [name]);
  const session = useLogSession(target, environment?.followDebounceMs ?? DEFAULT_FOLLOW_DEBOUNCE_MS);
  const inner = Math.max(0, width - 2);
  const body = Math.max(0, height - 2);
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="single" borderColor={focused ? theme.accent : theme.muted} overflow="hidden">
      {session ? (
        <LogsView
          key={name}
          session={session}
          width={inner}
          height={body}
          isActive={active}
          onClose={() => mutators.setFocus('pods')}
          onToggleFullScreen={() => pod && mutators.pushView({ type: 'logs', kind: 'Pod', uid: pod.metadata.uid })}
          onCaptureKeys={(capturing) => mutators.setKeysCaptured(capturing)}
          stateHome={environment?.stateHome}
          screen="logsPane"
        />
      ) : (
        <Text bold={focused} color={focused ? theme.accent : undefined} wrap="truncate-end">
          {clip(`${focused ? '▶ ' : '  '}Logs ${name ? `${name} …` : '(no pod selected)'}`, inner)}
        </Text>
      )}
    </Box>
  );
}
