// Two lines: where we are and how the connection is; what is in the namespace and what is marked.
import { Box, Text } from 'ink';
import { useShallow } from 'zustand/react/shallow';
import type { ConnectionState, WatchedKind } from '../../kube/types.js';
import { sanitizeForTerminal } from '../../render/sanitize.js';
import { selectConnectionSummary, selectHeaderCounts } from '../../store/selectors.js';
import { useClusterStore } from '../StoreContext.js';
import { useTheme } from '../useTheme.js';
import { fit } from './columnLayout.js';

const PLURAL: Record<WatchedKind, string> = { Deployment: 'deployments', ReplicaSet: 'replicasets', Pod: 'pods', Service: 'services', Event: 'events' };

export function connectionText(state: ConnectionState, kind: WatchedKind | undefined): string {
  switch (state.status) {
    case 'connected': return 'connected';
    case 'connecting': return 'connecting…';
    case 'reconnecting': return `reconnecting (attempt ${state.attempt}, last error ${sanitizeForTerminal(state.lastError)})`;
    case 'forbidden': return `forbidden: cannot watch ${kind ? PLURAL[kind] : 'resources'}`;
  }
}

const MINUTE_MS = 60_000;

export function Header({ width, readonly }: { width: number; readonly: boolean }) {
  const theme = useTheme();
  const cluster = useClusterStore((state) => state.cluster);
  // Minutes: a clock with seconds would redraw a static screen every second.
  const minute = useClusterStore((state) => Math.floor(state.now / MINUTE_MS));
  const counts = useClusterStore(useShallow(selectHeaderCounts));
  const connection = useClusterStore(useShallow(selectConnectionSummary));
  const status = connectionText(connection.state, connection.kind);
  const statusColour = connection.state.status === 'connected' ? theme.ok : connection.state.status === 'forbidden' ? theme.danger : theme.warn;
  const time = new Date(minute * MINUTE_MS).toISOString().slice(11, 16);
  const where = sanitizeForTerminal(`kilo-tui  ctx ${cluster.context}  ns ${cluster.namespace}  ${cluster.server}${readonly ? '  [readonly]' : ''}`);
  const countsText =
    `${counts.deployments} deploy · ${counts.replicaSets} rs (${counts.staleReplicaSets} stale) · ` +
    `${counts.pods} pods (${counts.crashingPods} crashing)` + (counts.marked > 0 ? ` · ${counts.marked} marked` : '');
  const rightOfFirst = `${status}  ${time}UTC`;
  return (
    <Box flexDirection="column" width={width} height={2} overflowY="hidden">
      <Text wrap="truncate-end">
        <Text bold>{fit(where, Math.max(0, width - rightOfFirst.length - 1))}</Text> <Text color={statusColour}>{status}</Text>
        {`  ${time}UTC`}
      </Text>
      <Text wrap="truncate-end">
        {countsText}
        {connection.stale ? <Text color={theme.stale} bold>{'  [stale data]'}</Text> : null}
      </Text>
    </Box>
  );
}
