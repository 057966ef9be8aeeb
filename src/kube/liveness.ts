// Tells a hung API server (SIGSTOP, a proxy that holds requests) from a quiet one. Watch traffic,
// bookmarks included, proves it alive; when the watches have been quiet for a while a cheap GET
// /version with a short timeout asks. No answer in time = stalled, since the last sign of life.
// A real apiserver sends an idle watch little more than a bookmark a minute, hence the probe.
//
// One timer, armed for the moment the quiet period would end: traffic only moves `lastAlive`, and
// the timer, when it fires early, re-arms for the rest. So a quiet, healthy server costs one probe
// per quietMs and no other wake-up (a battery-powered host idles), and a stall shows within
// quietMs + probeTimeoutMs (defaults: 10 s + 5 s).
import type { Timers } from './backoff.js';
import type { HttpClient } from './httpClient.js';
import { KubeError } from './types.js';
import type { LivenessState } from './types.js';

export interface LivenessOptions {
  /** While stalled, the pause between one unanswered probe and the next. */
  intervalMs: number;
  /** Quiet for this long → probe. */
  quietMs: number;
  /** A probe with no answer by then means the server is stalled. */
  probeTimeoutMs: number;
}

export const DEFAULT_LIVENESS: LivenessOptions = { intervalMs: 2_500, quietMs: 10_000, probeTimeoutMs: 5_000 };

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

  const arm = (ms: number): void => {
    if (!running) return;
    timer = timers.setTimeout(check, Math.max(0, ms));
  };

  const probe = async (): Promise<void> => {
    try {
      await client.text({ method: 'GET', path: '/version', timeoutMs: probeTimeoutMs });
      touch();
    } catch (error) {
      if (!(error instanceof KubeError)) return;
      // Any HTTP answer (a 403 for /version, a 503) is a live server; only silence is a stall.
      if (error.status !== 0) touch();
      else if (error.reason === 'KILO_TIMEOUT') set({ status: 'stalled', since: lastAlive });
    }
  };

  // Fires when the quiet period may have ended: traffic since then re-arms for the remainder.
  const check = (): void => {
    timer = undefined;
    if (!running) return;
    const quietFor = now() - lastAlive;
    if (quietFor < quietMs) return arm(quietMs - quietFor);
    void probe().finally(() => {
      const sinceAlive = now() - lastAlive;
      arm(sinceAlive < quietMs ? quietMs - sinceAlive : intervalMs);
    });
  };

  return {
    touch,
    subscribe(listener) {
      listeners.add(listener);
      if (!running) {
        running = true;
        lastAlive = now();
        arm(quietMs);
      }
      listener(state);
      return () => {
        listeners.delete(listener);
      };
    },
    stop() {
      running = false;
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      listeners.clear();
    },
  };
}
