// `l` on a table row: opens the full-screen logs of a Pod, or of a Deployment's / ReplicaSet's
// pods merged; other kinds, a row without pods, or no cluster connection only say why not.
import type { KubeObject } from '../../domain/resources.js';
import { logTargetFor } from '../../logs/logTarget.js';
import { useMutators, useStoreApi } from '../StoreContext.js';
import { useLogsEnvironment } from './LogsContext.js';

export function useOpenLogs(): (subject: KubeObject) => void {
  const store = useStoreApi();
  const mutators = useMutators();
  const environment = useLogsEnvironment();
  return (subject) => {
    if (subject.kind !== 'Pod' && subject.kind !== 'Deployment' && subject.kind !== 'ReplicaSet') {
      return mutators.setFlash(`no logs for a ${subject.kind}: pick a Pod, ReplicaSet or Deployment`);
    }
    if (!environment) return mutators.setFlash('logs need a cluster connection');
    const { resources } = store.getState();
    const target = logTargetFor(subject, [...resources.ReplicaSet.values()], [...resources.Pod.values()]);
    if (target.pods.length === 0) return mutators.setFlash(`${target.title} has no pods`);
    mutators.pushView({ type: 'logs', kind: subject.kind, uid: subject.metadata.uid });
  };
}
