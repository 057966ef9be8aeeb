// Reads a pod's container status for what the logs pane leads with after a crash: the last
// termination, and whether the previous instance's logs are the ones worth seeing first.
import { formatAge } from '../domain/age.js';
import type { ContainerStatus, Pod } from '../domain/resources.js';
import type { LogMode, TerminationSummary } from './logEntry.js';

export function containerStatusOf(pod: Pod, container: string): ContainerStatus | undefined {
  return pod.status?.containerStatuses?.find((status) => status.name === container);
}

export function containerNames(pod: Pod): string[] {
  return pod.spec.containers.map((container) => container.name);
}

/** The last termination of a container that has restarted or is down; undefined for a healthy one. */
export function terminationSummary(pod: Pod, container: string): TerminationSummary | undefined {
  const status = containerStatusOf(pod, container);
  if (!status) return undefined;
  const waitingReason = status.state?.waiting?.reason;
  const terminated = status.state?.terminated ?? status.lastState?.terminated;
  if (status.restartCount === 0 && !terminated && waitingReason !== 'CrashLoopBackOff') return undefined;
  return {
    container,
    reason: terminated?.reason,
    exitCode: terminated?.exitCode,
    finishedAt: terminated?.finishedAt,
    restartCount: status.restartCount,
    waitingReason,
  };
}

/** Restarted or crash-looping containers open on the previous instance: that is where the traceback is. */
export function initialMode(pod: Pod, container: string): LogMode {
  const status = containerStatusOf(pod, container);
  if (!status) return 'current';
  const crashLooping = status.state?.waiting?.reason === 'CrashLoopBackOff';
  return status.restartCount > 0 || crashLooping ? 'previous' : 'current';
}

/** `exit 1, 2m ago` */
export function describeTermination(summary: TerminationSummary, now: number): string {
  const parts: string[] = [];
  if (summary.exitCode !== undefined) parts.push(`exit ${summary.exitCode}`);
  const finished = summary.finishedAt ? Date.parse(summary.finishedAt) : NaN;
  if (!Number.isNaN(finished)) parts.push(`${formatAge(now - finished)} ago`);
  return parts.join(', ');
}

/** The line between two instances of a followed container. */
export function restartSeparator(exitCode: number | undefined, restartCount: number): string {
  const exit = exitCode === undefined ? 'exit ?' : `exit ${exitCode}`;
  return `── restarted: ${exit}, restart #${restartCount} ──`;
}
