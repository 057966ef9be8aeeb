// k9s log range keys: 0 the whole buffer's worth of tail, 1 head (from the start), 2-6 since
// 1m / 5m / 15m / 30m / 1h. Translated to the API's tailLines / sinceSeconds.
import type { LogOptions } from '../kube/types.js';
import type { LogRange } from './logEntry.js';

export const SINCE_KEYS: Record<string, number> = { '2': 60, '3': 300, '4': 900, '5': 1800, '6': 3600 };

/** The range for a digit key, given the ring capacity (the most lines worth asking for). */
export function rangeForKey(key: string, capacity: number): LogRange | 'head' | undefined {
  if (key === '0') return { kind: 'tail', lines: capacity };
  if (key === '1') return 'head';
  const seconds = SINCE_KEYS[key];
  return seconds === undefined ? undefined : { kind: 'since', seconds };
}

export function rangeOptions(range: LogRange): Pick<LogOptions, 'tailLines' | 'sinceSeconds'> {
  return range.kind === 'tail' ? { tailLines: range.lines } : { sinceSeconds: range.seconds };
}

export function describeRange(range: LogRange): string {
  if (range.kind === 'tail') return `tail ${range.lines}`;
  return range.seconds >= 3600 ? `since ${range.seconds / 3600}h` : `since ${range.seconds / 60}m`;
}
