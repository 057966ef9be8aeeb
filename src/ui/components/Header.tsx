// Two lines: where we are and how the connection is; what is in the namespace and what is marked.
import { Box, Text } from 'ink';
import { useShallow } from 'zustand/react/shallow';
import type { ConnectionState, WatchedKind } from '../../kube/types.js';
import { KINDS } from '../../domain/kinds.js';
import { sanitizeForTerminal } from '../../render/sanitize.js';
import { selectConnectionSummary, selectHeaderCounts } from '../../store/selectors.js';
import { useClusterStore } from '../StoreContext.js';
import { useTheme } from '../useTheme.js';
import { fit } from './columnLayout.js';


export function connectionText(state: ConnectionState, kind: WatchedKind | undefined): string {
  switch (state.status) {
    case 'connected': return 'connected';
    case 'connecting': return 'connecting…';
    case 'reconnecting': return `reconnecting (attempt ${state.attempt}, last error ${sanitizeForTerminal(state.lastError)})`;
    case 'forbidden': return `forbidden: cannot watch ${kind ? KINDS[kind].plural : 'resources'}`;
  }
}

export function Header({ width, readonly }: { width: number; readonly: boolean }) {
  const theme = useTheme();
  const cluster = useClusterStore((state) => state.cluster);
  const now = useClusterStore((state) => state.now);
  const counts = useClusterStore(useShallow(selectHeaderCounts));
  const connection = useClusterStore(useShallow(selectConnectionSummary));
  const status = connectionText(connection.state, connection.kind);
  const statusColour = connection.state.status === 'connected' ? theme.ok : connection.state.status === 'forbidden' ? theme.danger : theme.warn;
  const time = new Date(now).toISOString().slice(11, 19);
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
