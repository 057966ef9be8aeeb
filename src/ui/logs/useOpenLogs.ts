// `l` on a table row: opens the full-screen logs of a Pod, or of a Deployment's / ReplicaSet's
// pods merged; other kinds, a row without pods, or no cluster connection only say why not.
import type { KubeObject } from '../../domain/resources.js';
import { logTargetFor } from '../../logs/logTarget.js';
import { useActions, useStoreApi } from '../StoreContext.js';
import { useLogsEnvironment } from './LogsContext.js';

export function useOpenLogs(): (subject: KubeObject) => void {
  const store = useStoreApi();
  const actions = useActions();
  const environment = useLogsEnvironment();
  return (subject) => {
    if (subject.kind !== 'Pod' && subject.kind !== 'Deployment' && subject.kind !== 'ReplicaSet') {
      return actions.setFlash(`no logs for a ${subject.kind}: pick a Pod, ReplicaSet or Deployment`);
    }
    if (!environment) return actions.setFlash('logs need a cluster connection');
    const { resources } = store.getState();
    const target = logTargetFor(subject, [...resources.ReplicaSet.values()], [...resources.Pod.values()]);
    if (target.pods.length === 0) return actions.setFlash(`${target.title} has no pods`);
    actions.pushView({ type: 'logs', kind: subject.kind, uid: subject.metadata.uid });
  };
}
