// Exponential back-off with jitter for reconnecting watches and retrying writes.

export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  /** Fraction of the delay that is randomised away (0.2 → between 80% and 100%). */
  jitter: number;
}

export const WATCH_BACKOFF: BackoffPolicy = { initialMs: 500, maxMs: 30_000, jitter: 0.2 };

/**
 * Delay before retry number `attempt` (1-based): initial × 2^(attempt-1), capped, minus jitter so
 * that many clients reconnecting at once spread out instead of arriving together.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy = WATCH_BACKOFF, random: () => number = Math.random): number {
  const exponent = Math.max(0, attempt - 1);
  const raw = Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(exponent, 30));
  return Math.round(raw * (1 - policy.jitter * random()));
}

/** The timer functions the watcher uses; tests pass a ManualClock. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const timer = setTimeout(fn, ms);
    // A pending reconnect must not keep the process alive after the UI exits.
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};
