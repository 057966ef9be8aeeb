// Tells a hung API server (SIGSTOP, a proxy that holds requests) from a quiet one. Watch traffic,
// bookmarks included, proves it alive; when the watches have been quiet for a while a cheap GET
// /version with a short timeout asks. No answer in time = stalled, since the last sign of life.
// Defaults: quiet 5 s + probe timeout 5 s + a check every 2.5 s → stalled shown in ≤ 12.5 s.
import type { Timers } from './backoff.js';
import type { HttpClient } from './httpClient.js';
import { KubeError } from './types.js';
import type { LivenessState } from './types.js';

export interface LivenessOptions {
  /** How often to look at the last sign of life. */
  intervalMs: number;
  /** Quiet for this long → probe. */
  quietMs: number;
  /** A probe with no answer by then means the server is stalled. */
  probeTimeoutMs: number;
}

export const DEFAULT_LIVENESS: LivenessOptions = { intervalMs: 2_500, quietMs: 5_000, probeTimeoutMs: 5_000 };

export interface LivenessMonitor {
  /** A sign of life: any bytes from the server. */
  touch(): void;
  subscribe(listener: (state: LivenessState) => void): () => void;
  stop(): void;
}

export function createLivenessMonitor(client: HttpClient, timers: Timers, now: () => number, options: Partial<LivenessOptions> = {}): LivenessMonitor {
  const { intervalMs, quietMs, probeTimeoutMs } = { ...DEFAULT_LIVENESS, ...options };
  const listeners = new Set<(state: LivenessState) => void>();
  let lastAlive = now();
  let state: LivenessState = { status: 'alive' };
  let probing = false;
  let timer: unknown;
  let running = false;

  const set = (next: LivenessState): void => {
    if (next.status === state.status) return;
    state = next;
    for (const listener of [...listeners]) listener(state);
  };

  const touch = (): void => {
    lastAlive = now();
    set({ status: 'alive' });
  };

  const probe = async (): Promise<void> => {
    probing = true;
    try {
      await client.text({ method: 'GET', path: '/version', timeoutMs: probeTimeoutMs });
      touch();
    } catch (error) {
      if (!(error instanceof KubeError)) return;
      // Any HTTP answer (a 403 for /version, a 503) is a live server; only silence is a stall.
      if (error.status !== 0) touch();
      else if (error.reason === 'KILO_TIMEOUT') set({ status: 'stalled', since: lastAlive });
    } finally {
      probing = false;
    }
  };

  const tick = (): void => {
    if (!running) return;
    if (!probing && now() - lastAlive >= quietMs) void probe();
    timer = timers.setTimeout(tick, intervalMs);
  };

  return {
    touch,
    subscribe(listener) {
      listeners.add(listener);
      if (!running) {
        running = true;
        lastAlive = now();
        timer = timers.setTimeout(tick, intervalMs);
      }
      listener(state);
      return () => {
        listeners.delete(listener);
      };
    },
    stop() {
      running = false;
      if (timer !== undefined) timers.clearTimeout(timer);
      listeners.clear();
    },
  };
}
