// `R` on a Deployment, and after any action that starts a rollout: follows the rollout live,
// like `kubectl rollout status` with the whole picture, and guards it: a new ReplicaSet whose pods
// crash-loop or cannot pull, or a passed deadline, is shown with its root cause and `u` previews
// the rollback at once. `p` previews `kubectl rollout pause` (or resume when paused).
import { Box, Text } from 'ink';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Deployment } from '../../domain/resources.js';
import { rolloutProgress } from '../../domain/rolloutProgress.js';
import { selectNow, selectSnapshot } from '../../store/selectors.js';
import { useActionFlowContext } from '../actions/ActionFlowContext.js';
import { useOpenLogs } from '../logs/useOpenLogs.js';
import { useMutators, useClusterStore } from '../StoreContext.js';
import { useKeys } from '../useKeys.js';
import { useTheme } from '../useTheme.js';
import { useRootCauseCache } from './audit/ReadLogsContext.js';
import { rolloutLines, type Tone } from './rollout/rolloutLines.js';

export interface RolloutViewProps {
  uid: string;
  width: number;
  height: number;
  active: boolean;
}

const noSubscription = () => () => {};
const NO_LINES = () => undefined;

export function RolloutView({ uid, width, height, active }: RolloutViewProps) {
  const theme = useTheme();
  const mutators = useMutators();
  const flow = useActionFlowContext();
  const openLogs = useOpenLogs();
  const snapshot = useClusterStore(selectSnapshot);
  const now = useClusterStore(selectNow);
  const deployment = snapshot.deployments.find((d): d is Deployment => d.metadata.uid === uid);
  const progress = useMemo(() => (deployment ? rolloutProgress(deployment, snapshot.replicaSets, snapshot.pods, now) : undefined), [deployment, snapshot.replicaSets, snapshot.pods, now]);

  // The crashed container's last error line, read once per restart through the shared cache.
  const cache = useRootCauseCache();
  const failure = progress?.verdict.state === 'failed' ? progress.verdict.failure : undefined;
  const crashPod = failure?.type === 'crashLoop' ? failure.pod : undefined;
  const crashContainer = failure?.type === 'crashLoop' ? failure.container : undefined;
  const crashTarget = useMemo(() => (crashPod && crashContainer ? { pod: crashPod, container: crashContainer, previous: (crashPod.status?.containerStatuses?.find((c) => c.name === crashContainer)?.restartCount ?? 0) > 0 } : undefined), [crashPod, crashContainer]);
  useEffect(() => {
    if (crashTarget) cache?.update([crashTarget]);
  }, [cache, crashTarget]);
  const logs = useSyncExternalStore(cache?.subscribe ?? noSubscription, cache?.current ?? NO_LINES, cache?.current ?? NO_LINES);
  const rootCause = crashTarget ? logs?.rootCauseLines[crashTarget.pod.metadata.uid] : undefined;

  useKeys(
    'rollout',
    {
      back: () => mutators.popView(),
      undo: () => flow?.controller.request({ action: 'rolloutUndo', uids: [uid], toPrevious: true }),
      pauseResume: () => flow?.controller.request({ action: deployment?.spec.paused ? 'rolloutResume' : 'rolloutPause', uids: [uid] }),
      logs: () => (failure && failure.type !== 'deadline' ? openLogs(failure.pod) : deployment ? openLogs(deployment) : undefined),
    },
    { isActive: active },
  );

  const colour = (tone: Tone): string | undefined => (tone === 'ok' ? theme.ok : tone === 'danger' ? theme.danger : tone === 'warn' ? theme.warn : undefined);
  const lines = progress ? rolloutLines(progress, now, rootCause, width - 4) : [{ text: 'This Deployment is gone (deleted while the rollout view was open).', tone: 'danger' as Tone }];
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden" borderStyle="single" borderColor={theme.accent} paddingX={1}>
      <Text bold wrap="truncate-end">{`Rollout · ${deployment?.metadata.name ?? '(gone)'}`}</Text>
      {lines.slice(0, Math.max(0, height - 3)).map((l, i) => (
        <Text key={i} wrap="truncate-end" color={colour(l.tone)} dimColor={l.tone === 'dim'} bold={l.tone === 'bold'}>
          {l.text || ' '}
        </Text>
      ))}
    </Box>
  );
}
