// Doubling delays for re-following a dropped stream and polling for a container's next
// instance. No jitter: one pane retrying alone cannot stampede a server, and tests stay exact.

export interface RetryPolicy {
  initialMs: number;
  maxMs: number;
}

export const RECONNECT_POLICY: RetryPolicy = { initialMs: 500, maxMs: 10_000 };
export const RESTART_POLL_POLICY: RetryPolicy = { initialMs: 1_000, maxMs: 10_000 };

/** Delay before attempt number `attempt` (1-based). */
export function retryDelay(attempt: number, policy: RetryPolicy): number {
  return Math.min(policy.maxMs, policy.initialMs * 2 ** Math.min(Math.max(0, attempt - 1), 20));
}
