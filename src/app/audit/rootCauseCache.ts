// Root-cause log lines for the live audit. Each target pod's log is read once per restart count:
// a new crash may print a new cause, while re-reading on every tick would hammer the API server.
// Lives outside the pure domain because it does I/O (through the injected readLogs).
import { rootCauseLine } from '../../domain/audit/rootCause.js';
import type { RootCauseTarget } from '../../domain/audit/rootCauseTargets.js';
import type { AuditLogs } from '../../domain/audit/types.js';
import type { LogOptions } from '../../kube/types.js';

export type ReadLogs = (pod: string, options: LogOptions) => Promise<string>;

/** The cache key: the pod and how often its container has restarted. */
export function rootCauseKey({ pod, container }: RootCauseTarget): string {
  const restarts = pod.status?.containerStatuses?.find((c) => c.name === container)?.restartCount ?? 0;
  return `${pod.metadata.uid}:${container}:${restarts}`;
}

export class RootCauseCache {
  private readonly done = new Set<string>();
  private readonly inFlight = new Set<string>();
  private lines: Record<string, string> = {};
  private logs: AuditLogs = { rootCauseLines: this.lines };
  private closed = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly readLogs: ReadLogs) {}

  /** For useSyncExternalStore: called when a new line arrives. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts a read for every target not read at its current restart count. */
  update(targets: readonly RootCauseTarget[]): void {
    for (const target of targets) {
      const key = rootCauseKey(target);
      if (this.done.has(key) || this.inFlight.has(key)) continue;
      this.inFlight.add(key);
      void this.read(target, key);
    }
  }

  /** The same object until a new line arrives, so memoized audits are not recomputed. */
  current = (): AuditLogs => this.logs;

  /** Ignore reads that finish after the App is gone. */
  close(): void {
    this.closed = true;
  }

  private async read({ pod, container, previous }: RootCauseTarget, key: string): Promise<void> {
    let line: string | undefined;
    try {
      // The pod's own namespace: with every namespace shown (-A) the gateway has none of its own.
      line = rootCauseLine(await this.readLogs(pod.metadata.name, { container, previous, tailLines: 200, ...(pod.metadata.namespace ? { namespace: pod.metadata.namespace } : {}) }));
    } catch {
      // Evidence, not a requirement: the finding stands without its log line.
    }
    this.inFlight.delete(key);
    this.done.add(key);
    if (this.closed || line === undefined || this.lines[pod.metadata.uid] === line) return;
    // A new object each time, so the memoized audit sees the change.
    this.lines = { ...this.lines, [pod.metadata.uid]: line };
    this.logs = { rootCauseLines: this.lines };
    for (const listener of [...this.listeners]) listener();
  }
}
