// A pod's effective status the way `kubectl get pods` computes its STATUS, READY and RESTARTS
// columns: container states override the phase, so a Running pod can read CrashLoopBackOff.
import { formatAge, nextAgeChange } from './age.js';
import { controllerOf } from './replicasets.js';
import type { Pod } from './resources.js';

export interface PodStatusSummary {
  /** What kubectl's STATUS column shows: CrashLoopBackOff, Running, Pending, Completed, Terminating... */
  reason: string;
  /** CrashLoopBackOff, or a container that last terminated non-zero and has restarted repeatedly. */
  crashing: boolean;
  /** "1/1" */
  ready: string;
  readyCount: number;
  containerCount: number;
  restarts: number;
  /** Epoch ms of the most recent container termination that led to a restart. */
  lastRestartAt?: number;
  /** Anything a user should look at: crashing, failed, image pull errors, unready while running. */
  problem: boolean;
}

const REPEATED_RESTARTS = 3;
const HEALTHY_REASONS = new Set(['Running', 'Completed', 'Succeeded', 'Terminating', 'ContainerCreating', 'PodInitializing']);

export function podStatus(pod: Pod, now: number): PodStatusSummary {
  const statuses = pod.status?.containerStatuses ?? [];
  const containerCount = pod.spec.containers.length;
  let reason: string = pod.status?.reason || pod.status?.phase || 'Unknown';
  let readyCount = 0;
  let restarts = 0;
  let lastRestartAt: number | undefined;
  let hasRunning = false;
  let crashing = false;

  // kubectl walks containers last to first so the first container's state wins the STATUS column.
  for (let i = statuses.length - 1; i >= 0; i--) {
    const container = statuses[i];
    restarts += container.restartCount;
    const lastTerminated = container.lastState?.terminated;
    if (lastTerminated?.finishedAt) {
      const finished = Date.parse(lastTerminated.finishedAt);
      if (!Number.isNaN(finished) && finished <= now && (lastRestartAt === undefined || finished > lastRestartAt)) {
        lastRestartAt = finished;
      }
    }
    const state = container.state;
    if (state?.waiting?.reason) {
      reason = state.waiting.reason;
    } else if (state?.terminated?.reason) {
      reason = state.terminated.reason;
    } else if (state?.terminated) {
      reason = `ExitCode:${state.terminated.exitCode}`;
    } else if (container.ready && state?.running) {
      hasRunning = true;
      readyCount++;
    }
    if (state?.waiting?.reason === 'CrashLoopBackOff') crashing = true;
    const lastExit = state?.terminated?.exitCode ?? lastTerminated?.exitCode;
    if (lastExit !== undefined && lastExit !== 0 && container.restartCount >= REPEATED_RESTARTS && !container.ready) {
      crashing = true;
    }
  }

  if (reason === 'Completed' && hasRunning) {
    const podReady = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
    reason = podReady ? 'Running' : 'NotReady';
  }
  const phase = pod.status?.phase;
  if (pod.metadata.deletionTimestamp && pod.status?.reason === 'NodeLost') {
    reason = 'Unknown';
  } else if (pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') {
    reason = 'Terminating';
  }

  const unreadyWhileRunning = reason === 'Running' && readyCount < containerCount;
  // Pending is judged by age below: a pod that just started is not a problem yet.
  const problem = crashing || unreadyWhileRunning || (!HEALTHY_REASONS.has(reason) && reason !== 'Pending');
  return {
    reason,
    crashing,
    ready: `${readyCount}/${containerCount}`,
    readyCount,
    containerCount,
    restarts,
    lastRestartAt,
    problem: problem || isStuckPending(pod, reason, now),
  };
}

// A pod Pending for more than five minutes is not starting on its own.
const PENDING_PATIENCE_MS = 5 * 60 * 1000;
function isStuckPending(pod: Pod, reason: string, now: number): boolean {
  if (reason !== 'Pending') return false;
  const created = Date.parse(pod.metadata.creationTimestamp ?? '');
  return !Number.isNaN(created) && now - created > PENDING_PATIENCE_MS;
}

/**
 * The earliest time at which podStatus(pod, later) can differ from podStatus(pod, now) for the same
 * pod: a restart time still in the future (clock skew) becomes the last restart, a Pending pod
 * runs out of patience. Infinity when nothing depends on the clock.
 */
export function podStatusChangesAt(pod: Pod, now: number): number {
  let at = Infinity;
  for (const container of pod.status?.containerStatuses ?? []) {
    const finished = Date.parse(container.lastState?.terminated?.finishedAt ?? '');
    if (!Number.isNaN(finished) && finished > now) at = Math.min(at, finished);
  }
  const created = Date.parse(pod.metadata.creationTimestamp ?? '');
  const patienceEnds = created + PENDING_PATIENCE_MS + 1;
  if (!Number.isNaN(created) && patienceEnds > now) at = Math.min(at, patienceEnds);
  return at;
}

/** When formatRestarts' text for the same summary next changes (its "ago"). */
export function restartsChangeAt(summary: PodStatusSummary, now: number): number {
  if (summary.restarts === 0 || summary.lastRestartAt === undefined) return Infinity;
  return summary.lastRestartAt + nextAgeChange(now - summary.lastRestartAt);
}

/** The name of the ReplicaSet controlling the pod, if any. */
export function ownerReplicaSetName(pod: Pod): string | undefined {
  const owner = controllerOf(pod);
  return owner?.kind === 'ReplicaSet' ? owner.name : undefined;
}

/** kubectl's RESTARTS column: `6 (2m ago)` when a restart time is known, else the count. */
export function formatRestarts(summary: PodStatusSummary, now: number): string {
  if (summary.restarts === 0 || summary.lastRestartAt === undefined) return String(summary.restarts);
  return `${summary.restarts} (${formatAge(now - summary.lastRestartAt)} ago)`;
}
