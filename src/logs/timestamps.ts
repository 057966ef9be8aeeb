// The API server prefixes each line with an RFC 3339 (nano) timestamp when asked
// (timestamps=true). We always ask, so a dropped stream can resume from the last line's time.

const TIMESTAMP_PREFIX = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})) ?/;

/** Splits `2026-01-06T12:00:00.123456789Z text` into its timestamp and text. */
export function splitTimestamp(line: string): { timestamp?: string; text: string } {
  const match = TIMESTAMP_PREFIX.exec(line);
  if (!match) return { text: line };
  return { timestamp: match[1], text: line.slice(match[0].length) };
}

/** Epoch seconds and nanoseconds, so timestamps with different fraction lengths compare exactly. */
function parts(timestamp: string): [number, number] {
  const fraction = /\.(\d{1,9})/.exec(timestamp);
  const nanos = fraction ? Number(fraction[1].padEnd(9, '0')) : 0;
  const seconds = Math.floor(Date.parse(timestamp.replace(/\.\d+/, '')) / 1000);
  return [seconds, nanos];
}

/** Negative, zero or positive as `a` is before, at or after `b`. */
export function compareTimestamps(a: string, b: string): number {
  const [as, an] = parts(a);
  const [bs, bn] = parts(b);
  return as !== bs ? as - bs : an - bn;
}

/**
 * The timestamp as shown in the logs view: UTC with exactly three fraction digits
 * (`2026-11-26T05:18:19.720Z`), so every line's text starts in the same column. The server trims
 * trailing zeros (`…:32Z`, `…:32.01Z`); the exact text stays in the entry for resuming and dedup.
 * Digits past milliseconds are cut, not rounded, so a shown time is never later than the real one.
 */
export function displayTimestamp(timestamp: string): string {
  const [seconds, nanos] = parts(timestamp);
  if (!Number.isFinite(seconds)) return timestamp;
  return new Date(seconds * 1000 + Math.floor(nanos / 1_000_000)).toISOString();
}
