// MEDIUM: containers that restart often but are not part of a stuck rollout (those are already
// CRITICAL) nor killed for memory (memoryLimits explains those, with a fix). A high count on a pod
// that runs now still points at an unstable service.
import { ageOf, formatAge } from '../../age.js';
import { podStatus } from '../../pods.js';
import { byName } from '../auditContext.js';
import { DEFAULT_RESTART_THRESHOLD, type AuditRule, type Finding } from '../types.js';
import { oomKilledPodUids } from './memoryLimits.js';
import { stuckDeployments } from './stuckRollout.js';

export const restartingContainers: AuditRule = (snapshot, options) => {
  const threshold = options.restartThreshold ?? DEFAULT_RESTART_THRESHOLD;
  const covered = new Set([...stuckDeployments(snapshot).flatMap(({ newPods }) => newPods.map((pod) => pod.metadata.uid)), ...oomKilledPodUids(snapshot)]);
  return [...snapshot.pods].sort(byName).flatMap((pod): Finding[] => {
    if (covered.has(pod.metadata.uid)) return [];
    const status = podStatus(pod, snapshot.now);
    if (status.restarts < threshold) return [];
    const last = pod.status?.containerStatuses
      ?.map((c) => c.lastState?.terminated)
      .find((t) => t !== undefined);
    const lastRestart = status.lastRestartAt !== undefined ? `, last ${formatAge(snapshot.now - status.lastRestartAt)} ago` : '';
    return [
      {
        id: `restarts/${pod.metadata.name}`,
        severity: 'MEDIUM',
        title: `${pod.metadata.name} restarted ${status.restarts} times`,
        subjectUids: [pod.metadata.uid],
        evidence: [
          `Pod ${pod.metadata.name}: ${status.reason} ${status.ready}, age ${formatAge(ageOf(pod.metadata.creationTimestamp, snapshot.now))}`,
          `  Restarts: ${status.restarts}${lastRestart}`,
          ...(last ? [`  Last termination: ${last.reason ?? 'exit'} (exit code ${last.exitCode})`] : []),
          ...(status.crashing ? ['  Still crashing'] : ['  Running now (stable since the last restart)']),
        ],
        advice: ['Read the previous container log (kubectl logs --previous) to see why it exited.'],
      },
    ];
  });
};
