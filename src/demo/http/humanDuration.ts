// Ages as kubectl prints them (k8s.io/apimachinery/pkg/util/duration.HumanDuration), so the
// demo's Table cells read exactly like a real cluster's.

export const humanDuration = (ms: number): string => {
  // Go truncates toward zero, so -1.5s still counts as "now".
  const seconds = Math.trunc(ms / 1000);
  // A little negative skew counts as "now", as upstream tolerates clock differences.
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 120) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes}m` : `${minutes}m${seconds % 60}s`;
  if (minutes < 180) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return minutes % 60 === 0 ? `${hours}h` : `${hours}h${minutes % 60}m`;
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) return hours % 24 === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${hours % 24}h`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  const years = Math.floor(hours / 24 / 365);
  if (hours < 24 * 365 * 8) {
    const days = Math.floor(hours / 24) % 365;
    return days === 0 ? `${years}y` : `${years}y${days}d`;
  }
  return `${years}y`;
};

/** The age of an RFC 3339 timestamp at `now`, or "<unknown>" when it is absent or unparsable. */
export const ageSince = (timestamp: string | undefined, now: number): string => {
  const at = timestamp ? Date.parse(timestamp) : NaN;
  return Number.isNaN(at) ? '<unknown>' : humanDuration(now - at);
};
