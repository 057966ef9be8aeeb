// Ages as kubectl prints them (k8s.io/apimachinery duration.HumanDuration), so the AGE column and
// the audit report read the same as `kubectl get`: precision shrinks as the duration grows.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

/** Formats a duration in milliseconds like kubectl: 45s, 7m30s, 23h, 3d5h, 8d, 2y. */
export function formatAge(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  // kubectl tolerates a second of clock skew before calling a negative age invalid.
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;

  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) return withRemainder(minutes, 'm', seconds % 60, 's');
  if (minutes < 180) return `${minutes}m`;

  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) return withRemainder(hours, 'h', minutes % 60, 'm');
  if (hours < 48) return `${hours}h`;

  const days = Math.trunc(hours / 24);
  if (hours < 24 * 8) return withRemainder(days, 'd', hours % 24, 'h');
  if (hours < 24 * 365 * 2) return `${days}d`;

  const years = Math.trunc(days / 365);
  if (hours < 24 * 365 * 8) return withRemainder(years, 'y', days % 365, 'd');
  return `${years}y`;
}

function withRemainder(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0 ? `${major}${majorUnit}` : `${major}${majorUnit}${minor}${minorUnit}`;
}

/**
 * The age at which the text formatAge gives an age of `ms` next changes: the text changes only at
 * whole multiples of its least unit (a second below 10 minutes, then a minute, an hour, a day, a
 * year), so an "8d" changes once a day.
 */
export function nextAgeChange(ms: number): number {
  // Clock skew: a negative age reads '0s' or '<invalid>'; look again a second later.
  if (ms < 0) return Math.min(ms + SECOND, 0);
  const unit = ms < 10 * MINUTE ? SECOND : ms < 8 * HOUR ? MINUTE : ms < 8 * DAY ? HOUR : ms < 8 * YEAR ? DAY : YEAR;
  return (Math.floor(ms / unit) + 1) * unit;
}

/** The time at which the age of an object created at `timestamp` reads differently; Infinity without one. */
export function ageChangesAt(timestamp: string | undefined | null, now: number): number {
  if (!timestamp) return Infinity;
  const at = Date.parse(timestamp);
  return Number.isNaN(at) ? Infinity : at + nextAgeChange(now - at);
}

const UNIT_MS: Record<string, number> = { s: SECOND, m: MINUTE, h: HOUR, d: DAY, y: YEAR };

/** Parses `7d15h`, `23h`, `45s` (the inverse of formatAge for whole units) into milliseconds. */
export function parseAge(text: string): number {
  const trimmed = text.trim();
  if (!/^(\d+[ydhms])+$/.test(trimmed)) throw new Error(`not an age: ${JSON.stringify(text)}`);
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)([ydhms])/g)) {
    total += Number(amount) * UNIT_MS[unit];
  }
  return total;
}

/** Milliseconds since an RFC 3339 timestamp; 0 when the timestamp is missing or unparsable. */
export function ageOf(timestamp: string | undefined | null, now: number): number {
  if (!timestamp) return 0;
  const at = Date.parse(timestamp);
  return Number.isNaN(at) ? 0 : now - at;
}
