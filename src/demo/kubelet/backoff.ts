// The kubelet's crash-loop back-off: 10s after the first failure, doubling to a 5 minute cap.

const INITIAL_MS = 10_000;
const CAP_MS = 300_000;

/** Back-off before the next restart once a container has failed `restartCount` times. */
export function crashLoopDelayMs(restartCount: number): number {
  const failures = Math.max(1, restartCount);
  return Math.min(CAP_MS, INITIAL_MS * 2 ** Math.min(failures - 1, 20));
}

/** A duration the way Go prints it in kubelet messages: 10s, 1m20s, 5m0s. */
export function goDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h${minutes % 60}m${seconds % 60}s`;
}
