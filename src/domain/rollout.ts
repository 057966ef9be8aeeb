// Where a Deployment's rollout stands. "Stuck" means the new revision cannot become available on
// its own (its pods crash or cannot pull, or the progress deadline passed); the user must act.
import { podStatus, podStatusChangesAt } from './pods.js';
import { controllerOf, currentOfOwned, currentReplicaSet, replicaSetsOf } from './replicasets.js';
import type { Deployment, Pod, ReplicaSet } from './resources.js';

export type RolloutState = 'available' | 'progressing' | 'stuck' | 'paused' | 'scaled-to-zero';

export interface RolloutStatus {
  state: RolloutState;
  /** Why it is stuck: CrashLoopBackOff, ImagePullBackOff, ProgressDeadlineExceeded... */
  reason?: string;
  /** Available, Progressing, Stuck: <reason>, Paused, Scaled to 0 */
  text: string;
}

/** Kubernetes' default when spec.progressDeadlineSeconds is unset. */
export const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

// Waiting reasons that will not resolve without a change to the pod template or the registry.
const BLOCKING_POD_REASONS = new Set([
  'CrashLoopBackOff',
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

/** The pods controlled by a ReplicaSet (matched by uid). */
export function podsOf(rs: ReplicaSet, pods: readonly Pod[]): Pod[] {
  return pods.filter((pod) => controllerOf(pod)?.uid === rs.metadata.uid);
}

function stuck(reason: string): RolloutStatus {
  return { state: 'stuck', reason, text: `Stuck: ${reason}` };
}

export function rolloutStatus(dep: Deployment, replicaSets: ReplicaSet[], pods: Pod[], now: number): RolloutStatus {
  return rolloutOfOwned(dep, replicaSetsOf(dep, replicaSets), pods, now);
}

/**
 * rolloutStatus when the caller already holds the Deployment's ReplicaSets, newest first (as
 * replicaSetsOf returns them): the explorer re-derives hundreds of rollouts per watch burst, and
 * filtering and sorting the whole ReplicaSet list for each was most of that cost.
 */
export function rolloutOfOwned(dep: Deployment, owned: readonly ReplicaSet[], pods: readonly Pod[], now: number): RolloutStatus {
  // A paused rollout is waiting for the user by design, so it is never reported as stuck.
  if (dep.spec.paused) return { state: 'paused', text: 'Paused' };
  const desired = dep.spec.replicas ?? 1;
  if (desired === 0) {
    const draining = owned.some((rs) => (rs.status?.replicas ?? 0) > 0);
    return draining ? { state: 'progressing', text: 'Progressing' } : { state: 'scaled-to-zero', text: 'Scaled to 0' };
  }

  const newRs = currentOfOwned(dep, owned);
  const newPods = newRs ? podsOf(newRs, pods) : [];
  const newStatuses = newPods.map((pod) => podStatus(pod, now));
  const crashing = newStatuses.find((status) => status.crashing);
  if (crashing) return stuck(BLOCKING_POD_REASONS.has(crashing.reason) ? crashing.reason : 'CrashLoopBackOff');
  const blocked = newStatuses.find((status) => BLOCKING_POD_REASONS.has(status.reason));
  if (blocked) return stuck(blocked.reason);
  // The pods' own reason (above) says more than the controller's deadline condition, so it wins.
  const progressing = dep.status?.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.status === 'False' && progressing.reason === 'ProgressDeadlineExceeded') {
    return stuck('ProgressDeadlineExceeded');
  }

  const newReady = newRs?.status?.availableReplicas ?? newStatuses.filter((s) => s.readyCount === s.containerCount && s.reason === 'Running').length;
  const oldServing = owned.some((rs) => rs !== newRs && (rs.status?.replicas ?? 0) > 0);
  if (newRs && newReady >= desired && !oldServing) return { state: 'available', text: 'Available' };

  // Without a Progressing condition (or with a stale one), judge the deadline from the new RS's age.
  const deadlineMs = (dep.spec.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE_SECONDS) * 1000;
  const startedAt = Date.parse(newRs?.metadata.creationTimestamp ?? '');
  if (newRs && !Number.isNaN(startedAt) && now - startedAt > deadlineMs) return stuck('ProgressDeadlineExceeded');
  return { state: 'progressing', text: 'Progressing' };
}

/**
 * The earliest time at which rolloutOfOwned can read differently for the same objects: its new
 * pods' statuses, or the progress deadline judged from the new ReplicaSet's age. Infinity when the
 * clock plays no part.
 */
export function rolloutChangesAt(dep: Deployment, owned: readonly ReplicaSet[], pods: readonly Pod[], now: number): number {
  if (dep.spec.paused || (dep.spec.replicas ?? 1) === 0) return Infinity;
  const newRs = currentOfOwned(dep, owned);
  if (!newRs) return Infinity;
  let at = Infinity;
  for (const pod of podsOf(newRs, pods)) at = Math.min(at, podStatusChangesAt(pod, now));
  const deadlineMs = (dep.spec.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE_SECONDS) * 1000;
  const startedAt = Date.parse(newRs.metadata.creationTimestamp ?? '');
  const deadlinePassesAt = startedAt + deadlineMs + 1;
  if (!Number.isNaN(startedAt) && deadlinePassesAt > now) at = Math.min(at, deadlinePassesAt);
  return at;
}

/** True when `rs` is the ReplicaSet of the Deployment's current revision. */
export function isNewReplicaSetOf(dep: Deployment, rs: ReplicaSet, replicaSets: ReplicaSet[]): boolean {
  return currentReplicaSet(dep, replicaSets)?.metadata.uid === rs.metadata.uid;
}
