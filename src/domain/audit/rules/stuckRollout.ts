// CRITICAL: a rollout that cannot finish. The new revision crashes or never becomes ready, so the
// Deployment hangs between two revisions; rolling back to the one still serving is the safe fix.
import { ageOf, formatAge } from '../../age.js';
import { planRolloutUndo } from '../../plans/planRolloutUndo.js';
import { podStatus } from '../../pods.js';
import { currentOfOwned, imageOf, revisionOf } from '../../replicasets.js';
import type { ClusterSnapshot, Deployment, Pod, ReplicaSet } from '../../resources.js';
import { rolloutOfOwned } from '../../rollout.js';
import { snapshotIndex } from '../../snapshotIndex.js';
import { byName, planContextFor } from '../auditContext.js';
import type { AuditLogs, AuditOptions, AuditRule, Finding } from '../types.js';

/** The Deployments whose rollout is stuck, with their new ReplicaSet's pods. */
export function stuckDeployments(snapshot: ClusterSnapshot): { dep: Deployment; reason: string; newPods: Pod[] }[] {
  const index = snapshotIndex(snapshot);
  return [...snapshot.deployments].sort(byName).flatMap((dep) => {
    const owned = index.replicaSetsOf(dep);
    const status = rolloutOfOwned(dep, owned, index.podsOfDeployment(dep), snapshot.now);
    if (status.state !== 'stuck') return [];
    const newRs = currentOfOwned(dep, owned);
    return [{ dep, reason: status.reason ?? 'unknown', newPods: newRs ? index.podsOf(newRs) : [] }];
  });
}

function replicaSetLine(rs: ReplicaSet, snapshot: ClusterSnapshot): string {
  const statuses = snapshotIndex(snapshot).podsOf(rs).map((pod) => podStatus(pod, snapshot.now).reason);
  const state = statuses.length ? [...new Set(statuses)].join(', ') : 'no pods';
  return `  - ${rs.metadata.name} (${imageOf(rs.spec.template)}) - ${state}, age ${formatAge(ageOf(rs.metadata.creationTimestamp, snapshot.now))}`;
}

function podLines(pod: Pod, snapshot: ClusterSnapshot, logs?: AuditLogs): string[] {
  const status = podStatus(pod, snapshot.now);
  const container = pod.status?.containerStatuses?.find((c) => !c.ready) ?? pod.status?.containerStatuses?.[0];
  const exit = container?.state?.terminated?.exitCode ?? container?.lastState?.terminated?.exitCode;
  const rootCause = logs?.rootCauseLines[pod.metadata.uid];
  return [
    `Pod ${pod.metadata.name}: ${status.reason}`,
    ...(rootCause ? [`  ${rootCause}`] : []),
    ...(exit !== undefined ? [`  Exit Code: ${exit}`] : []),
    `  Restart Count: ${status.restarts}`,
  ];
}

function findingFor(dep: Deployment, reason: string, newPods: Pod[], snapshot: ClusterSnapshot, options: AuditOptions, logs?: AuditLogs): Finding {
  const name = dep.metadata.name;
  const owned = snapshotIndex(snapshot).replicaSetsOf(dep);
  const newRs = currentOfOwned(dep, owned);
  const active = owned.filter((rs) => (rs.status?.replicas ?? 0) > 0 || (rs.spec.replicas ?? 0) > 0);
  const serving = owned.find((rs) => rs !== newRs && (rs.status?.availableReplicas ?? rs.status?.readyReplicas ?? 0) > 0);
  const desired = dep.spec.replicas ?? 1;
  const evidence = [
    `Deployment: ${name}`,
    `  Desired Replicas: ${desired}`,
    `  Current Replicas: ${dep.status?.replicas ?? 0}`,
    `  Available Replicas: ${dep.status?.availableReplicas ?? 0}`,
    `  Unavailable Replicas: ${dep.status?.unavailableReplicas ?? Math.max(0, desired - (dep.status?.availableReplicas ?? 0))}`,
    'Active ReplicaSets:',
    ...active.map((rs) => replicaSetLine(rs, snapshot)),
    ...newPods.filter((pod) => podStatus(pod, snapshot.now).problem || reason === 'ProgressDeadlineExceeded').flatMap((pod) => podLines(pod, snapshot, logs)),
  ];
  const undoTarget = serving ? revisionOf(serving) : undefined;
  let plan;
  try {
    plan = planRolloutUndo(dep, snapshot, planContextFor(snapshot, options), undoTarget);
  } catch {
    plan = undefined; // no earlier revision to return to: the advice below still applies
  }
  const rootCause = newPods.map((pod) => logs?.rootCauseLines[pod.metadata.uid]).find((line) => line !== undefined);
  return {
    id: `stuck-rollout/${name}`,
    severity: 'CRITICAL',
    title: serving
      ? `${name} rollout stuck (${reason}); ${imageOf(serving.spec.template)} still serving`
      : `${name} rollout stuck (${reason}); no revision is serving`,
    subjectUids: [dep.metadata.uid, ...(newRs ? [newRs.metadata.uid] : []), ...newPods.map((pod) => pod.metadata.uid)],
    evidence,
    plan,
    advice: [
      ...(rootCause ? [`Root cause: ${rootCause}`] : []),
      ...(newRs ? [`Fix ${imageOf(newRs.spec.template)} and roll out a new image once it starts cleanly`] : []),
    ],
  };
}

export const stuckRollout: AuditRule = (snapshot, options, logs) =>
  stuckDeployments(snapshot).map(({ dep, reason, newPods }) => findingFor(dep, reason, newPods, snapshot, options, logs));
