// Two lines: where we are and how the connection is; what is in the namespace and what is marked.
import { Box, Text } from 'ink';
import { useShallow } from 'zustand/react/shallow';
import type { ConnectionState, WatchedKind } from '../../kube/types.js';
import { KINDS } from '../../domain/kinds.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { selectConnectionSummary, selectHeaderCounts } from '../../store/selectors.js';
import { useClockWakeup } from '../clockWakeups.js';
import { useClusterStore } from '../StoreContext.js';
import { useTheme } from '../useTheme.js';
import { clip, fit } from './columnLayout.js';
import { displayWidth } from '../../render/displayWidth.js';


export function connectionText(state: ConnectionState, kind: WatchedKind | undefined): string {
  switch (state.status) {
    case 'connected': return 'connected';
    case 'connecting': return 'connecting…';
    // The retry time before the error: a long error is what the header cuts.
    case 'reconnecting': return `reconnecting (attempt ${state.attempt}${state.retryIn ? `, retry in ${state.retryIn}` : ''}, last error ${sanitizeLine(state.lastError)})`;
    case 'forbidden': return `forbidden: cannot watch ${kind ? KINDS[kind].plural : 'resources'}`;
  }
}

const MINUTE_MS = 60_000;
const HEADER_CLOCK = Symbol('header');

/** The API server stopped answering (SIGSTOP, a hung proxy): for how long, in whole seconds. */
export function stalledText(ms: number): string {
  return `stalled: no answer for ${Math.max(0, Math.round(ms / 1000))}s`;
}

export function Header({ width, readonly }: { width: number; readonly: boolean }) {
  const theme = useTheme();
  const cluster = useClusterStore((state) => state.cluster);
  // Minutes: a clock with seconds would redraw a static screen every second.
  const minute = useClusterStore((state) => Math.floor(state.now / MINUTE_MS));
  const counts = useClusterStore(useShallow(selectHeaderCounts));
  const connection = useClusterStore(useShallow(selectConnectionSummary));
  const loaded = useClusterStore((state) => state.loaded);
  const skipped = useClusterStore((state) => Object.values(state.skipped).reduce((sum, n) => sum + (n ?? 0), 0));
  const namespaceMissing = useClusterStore((state) => state.namespaceMissing === true);
  // Said once, here; the usage columns only read n/a.
  const metricsReason = useClusterStore((state) => (state.metrics.status.state === 'unavailable' ? state.metrics.status.reason : undefined));
  const stalled = connection.stalledSince !== undefined;
  // While stalled the header counts seconds, so it asks the clock for each one; otherwise minutes.
  const now = useClusterStore((state) => (stalled ? state.now : minute * MINUTE_MS));
  useClockWakeup(HEADER_CLOCK, stalled ? now + 1000 : Infinity);
  const status = namespaceMissing
    ? `namespace "${sanitizeLine(cluster.namespace)}" does not exist`
    : stalled
      ? stalledText(now - connection.stalledSince!)
      : connectionText(connection.state, connection.kind);
  const statusColour = namespaceMissing || stalled ? theme.danger : connection.state.status === 'connected' ? theme.ok : connection.state.status === 'forbidden' ? theme.danger : theme.warn;
  const time = `  ${new Date(minute * MINUTE_MS).toISOString().slice(11, 16)}UTC`;
  // Where we are comes first: a long error line is cut so that the context and namespace stay.
  const essential = sanitizeLine(`kilo-tui  ctx ${cluster.context}  ns ${cluster.allNamespaces ? 'all' : cluster.namespace}`);
  // The k3s host fallback says which file it read, so nobody wonders whose cluster this is.
  const source = cluster.source ? `  [${sanitizeLine(cluster.source)}]` : '';
  const where = `${essential}${source}  ${sanitizeLine(cluster.server)}${readonly ? '  [readonly]' : ''}`;
  // One cell for the space before the status, one for the ellipsis that cuts the server off.
  const shownStatus = clip(status, Math.max(12, width - displayWidth(essential) - time.length - 2));
  const count = (kind: WatchedKind, text: string, label: string) => (loaded[kind] ? text : `${label} not loaded`);
  const countsText =
    `${count('Deployment', `${counts.deployments} deploy`, 'deploy')} · ` +
    `${count('ReplicaSet', `${counts.replicaSets} rs (${counts.staleReplicaSets} stale)`, 'rs')} · ` +
    `${count('Pod', `${counts.pods} pods (${counts.crashingPods} crashing)`, 'pods')}` +
    (counts.marked > 0 ? ` · ${counts.marked} marked` : '');
  return (
    <Box flexDirection="column" width={width} height={2} overflowY="hidden">
      <Text wrap="truncate-end">
        <Text bold>{fit(where, Math.max(0, width - displayWidth(shownStatus) - time.length - 1))}</Text> <Text color={statusColour}>{shownStatus}</Text>
        {time}
      </Text>
      <Text wrap="truncate-end">
        {countsText}
        {skipped > 0 ? <Text color={theme.warn}>{`  ${skipped} invalid ${skipped === 1 ? 'object' : 'objects'} skipped`}</Text> : null}
        {connection.stale ? <Text color={theme.stale} bold>{'  [stale data]'}</Text> : null}
        {metricsReason !== undefined ? <Text color={theme.muted}>{`  metrics: unavailable (${sanitizeLine(metricsReason)})`}</Text> : null}
      </Text>
    </Box>
  );
}
