// The demo server's fault mode as data: which requests (method, path glob, watch or not) get which
// failure, and how often. Parsed from `demo-server --faults <spec>` or built by tests.

export type FaultType =
  | 'status'
  | 'reset-before'
  | 'reset-after'
  | 'slow'
  | 'stall'
  | 'truncate'
  | 'watch-end'
  | 'watch-expire'
  | 'invalid-items';

export interface FaultRule {
  /** Upper-case HTTP method; undefined matches any. */
  method?: string;
  /** Glob on the URL path: `*` stays within a segment, `**` crosses them. Undefined matches any. */
  path?: string;
  /** true: only watch requests; false: only the others; undefined: both. */
  watch?: boolean;
  fault: FaultType;
  /** For `status`: the HTTP code (403, 429, 500, 503, …). */
  code?: number;
  /** For `status` 429/503: the Retry-After header and Status details, in seconds. */
  retryAfterSeconds?: number;
  /** For `slow`: added delay in milliseconds. */
  delayMs?: number;
  /** Matching requests let through before the fault starts. */
  skip?: number;
  /** How many matching requests get the fault; undefined = all of them. */
  times?: number;
}

export class FaultSpecError extends Error {}

const NAMED_FAULTS: readonly FaultType[] = ['reset-before', 'reset-after', 'slow', 'stall', 'truncate', 'watch-end', 'watch-expire', 'invalid-items'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

const wholeNumber = (key: string, text: string): number => {
  if (!/^\d+$/.test(text)) throw new FaultSpecError(`--faults: ${key} needs a whole number, got '${text}'`);
  return Number(text);
};

/**
 * Parses `rule;rule;…`, each rule `key=value,…` with keys fault (a status code or a named fault),
 * method, path, watch, retry-after, ms, skip and times. Example:
 * `fault=429,retry-after=2,method=DELETE,times=1;fault=stall,path=/version`.
 */
export function parseFaultSpec(spec: string): FaultRule[] {
  const rules: FaultRule[] = [];
  for (const text of spec.split(';').map((part) => part.trim()).filter(Boolean)) {
    const fields = new Map<string, string>();
    for (const pair of text.split(',')) {
      const at = pair.indexOf('=');
      if (at <= 0) throw new FaultSpecError(`--faults: expected key=value, got '${pair.trim()}'`);
      fields.set(pair.slice(0, at).trim().toLowerCase(), pair.slice(at + 1).trim());
    }
    const faultText = fields.get('fault');
    if (!faultText) throw new FaultSpecError(`--faults: rule '${text}' has no fault=`);
    const rule: FaultRule = /^\d{3}$/.test(faultText)
      ? { fault: 'status', code: Number(faultText) }
      : NAMED_FAULTS.includes(faultText as FaultType)
        ? { fault: faultText as FaultType }
        : (() => {
            throw new FaultSpecError(`--faults: unknown fault '${faultText}' (a status code or one of ${NAMED_FAULTS.join(', ')})`);
          })();
    if (rule.code !== undefined && (rule.code < 400 || rule.code > 599)) throw new FaultSpecError(`--faults: status ${rule.code} is not an error status`);
    for (const [key, value] of fields) {
      switch (key) {
        case 'fault':
          break;
        case 'method':
          if (value !== '*' && !METHODS.includes(value.toUpperCase())) throw new FaultSpecError(`--faults: unknown method '${value}'`);
          if (value !== '*') rule.method = value.toUpperCase();
          break;
        case 'path':
          if (!value.startsWith('/')) throw new FaultSpecError(`--faults: path must start with /, got '${value}'`);
          rule.path = value;
          break;
        case 'watch':
          if (value !== 'true' && value !== 'false') throw new FaultSpecError(`--faults: watch must be true or false, got '${value}'`);
          rule.watch = value === 'true';
          break;
        case 'retry-after':
          rule.retryAfterSeconds = wholeNumber(key, value);
          break;
        case 'ms':
          rule.delayMs = wholeNumber(key, value);
          break;
        case 'skip':
          rule.skip = wholeNumber(key, value);
          break;
        case 'times':
          rule.times = wholeNumber(key, value);
          break;
        default:
          throw new FaultSpecError(`--faults: unknown key '${key}' (fault, method, path, watch, retry-after, ms, skip, times)`);
      }
    }
    if (rule.fault === 'slow' && rule.delayMs === undefined) rule.delayMs = 2000;
    rules.push(rule);
  }
  return rules;
}

/** `*` within one path segment, `**` across segments. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('**')
    .map((part) => part.split('*').map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${body}$`);
}
