// When a pod counts as ready and as available (ready for at least minReadySeconds).
import type { Pod } from '../../domain/resources.js';

export function readySince(pod: Pod): number | undefined {
  const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
  if (ready?.status !== 'True') return undefined;
  const at = Date.parse(ready.lastTransitionTime ?? '');
  return Number.isNaN(at) ? 0 : at;
}

export const isPodReady = (pod: Pod): boolean => readySince(pod) !== undefined;

export function isPodAvailable(pod: Pod, minReadySeconds: number, now: number): boolean {
  const since = readySince(pod);
  return since !== undefined && (minReadySeconds <= 0 || since + minReadySeconds * 1000 <= now);
}

/** When a ready-but-not-yet-available pod becomes available, or undefined if none is waiting. */
export function nextAvailabilityAt(pods: Pod[], minReadySeconds: number, now: number): number | undefined {
  if (minReadySeconds <= 0) return undefined;
  const times = pods
    .map(readySince)
    .filter((since): since is number => since !== undefined && since + minReadySeconds * 1000 > now)
    .map((since) => since + minReadySeconds * 1000);
  return times.length ? Math.min(...times) : undefined;
}
