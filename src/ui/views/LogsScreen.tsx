// The full-screen logs view on the view stack (`l` on a Pod, Deployment or ReplicaSet). The target
// is fixed when the view opens: a Deployment's pods are those it had then.
import { Box, Text } from 'ink';
import { useKeys } from '../useKeys.js';
import { useEffect, useState } from 'react';
import { logTargetFor } from '../../logs/logTarget.js';
import type { ClusterStore } from '../../store/clusterStore.js';
import { useLogsEnvironment } from '../logs/LogsContext.js';
import { useLogSession } from '../logs/useLogSession.js';
import { useMutators, useStoreApi } from '../StoreContext.js';
import { LogsView } from './LogsView.js';

export interface LogsScreenProps {
  kind: 'Pod' | 'Deployment' | 'ReplicaSet';
  uid: string;
  zoomed: boolean;
  width: number;
  height: number;
  active: boolean;
}

export function LogsScreen({ kind, uid, zoomed, width, height, active }: LogsScreenProps) {
  const store = useStoreApi();
  const mutators = useMutators();
  const environment = useLogsEnvironment();
  const [target] = useState(() => targetOf(store, kind, uid));
  const session = useLogSession(target);
  // Never leave the global keys switched off behind a closed view.
  useEffect(() => () => mutators.setKeysCaptured(false), [mutators]);
  useKeys('logs', { back: () => mutators.popView() }, { isActive: active && !session });

  if (!session) {
    const why = !environment ? 'logs need a cluster connection' : target ? 'opening…' : `no pods to show logs for (${kind})`;
    return (
      <Box width={width} height={height} flexDirection="column">
        <Text>{why}</Text>
        <Text dimColor>Esc back</Text>
      </Box>
    );
  }
  return (
    <LogsView
      session={session}
      width={width}
      height={height}
      isActive={active}
      onClose={() => mutators.popView()}
      onToggleFullScreen={() => mutators.updateTopView({ zoomed: !zoomed })}
      onCaptureKeys={(capturing) => mutators.setKeysCaptured(capturing)}
      stateHome={environment?.stateHome}
    />
  );
}

function targetOf(store: ClusterStore, kind: LogsScreenProps['kind'], uid: string) {
  const { resources } = store.getState();
  const subject = resources[kind].get(uid);
  if (!subject) return undefined;
  const target = logTargetFor(subject, [...resources.ReplicaSet.values()], [...resources.Pod.values()]);
  return target.pods.length > 0 ? target : undefined;
}
