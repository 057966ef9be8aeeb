// Which pods' logs the audit wants, so the caller (which does the I/O) fetches only those: the
// failing pods of stuck rollouts and pods that restart often. Their previous container's log holds
// the crash; pass each through rootCauseLine() and into runAudit's logs.
import { podStatus } from '../pods.js';
import type { ClusterSnapshot, Pod } from '../resources.js';
import { stuckDeployments } from './rules/stuckRollout.js';
import { DEFAULT_RESTART_THRESHOLD, type AuditOptions } from './types.js';

export interface RootCauseTarget {
  pod: Pod;
  /** The container to read (the first one not ready, else the first). */
  container: string;
  /** Read the previous instance's log: the current one may not have crashed yet. */
  previous: boolean;
}

export function rootCauseTargets(snapshot: ClusterSnapshot, options: AuditOptions): RootCauseTarget[] {
  const threshold = options.restartThreshold ?? DEFAULT_RESTART_THRESHOLD;
  const stuckPods = stuckDeployments(snapshot).flatMap(({ newPods }) => newPods.filter((pod) => podStatus(pod, snapshot.now).problem));
  const restarting = snapshot.pods.filter((pod) => podStatus(pod, snapshot.now).restarts >= threshold);
  const seen = new Set<string>();
  return [...stuckPods, ...restarting].flatMap((pod) => {
    if (seen.has(pod.metadata.uid)) return [];
    seen.add(pod.metadata.uid);
    const statuses = pod.status?.containerStatuses ?? [];
    const failing = statuses.find((c) => !c.ready) ?? statuses[0];
    return [{ pod, container: failing?.name ?? pod.spec.containers[0].name, previous: (failing?.restartCount ?? 0) > 0 }];
  });
}
