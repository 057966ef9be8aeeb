// Every timer of the simulated cluster goes through here, so stop() can clear them all and
// timeScale shortens simulated delays in one place.
import type { Clock } from '../../domain/clock.js';

export class Scheduler {
  private readonly handles = new Set<unknown>();
  private stopped = true;

  constructor(
    readonly clock: Clock,
    /** Divides delays passed to `after`; `afterRealTime` ignores it. */
    readonly timeScale: number,
  ) {}

  get running(): boolean {
    return !this.stopped;
  }

  start(): void {
    this.stopped = false;
  }

  stop(): void {
    this.stopped = true;
    for (const handle of this.handles) this.clock.clearTimeout(handle);
    this.handles.clear();
  }

  /** Runs `fn` after a simulated delay (divided by timeScale). Returns a cancel function. */
  after(simulatedMs: number, fn: () => void): () => void {
    return this.afterRealTime(simulatedMs / this.timeScale, fn);
  }

  /** Runs `fn` after `ms` of clock time, not scaled (log intervals, deadlines from spec fields). */
  afterRealTime(ms: number, fn: () => void): () => void {
    if (this.stopped) return () => {};
    const handle = this.clock.setTimeout(() => {
      this.handles.delete(handle);
      if (!this.stopped) fn();
    }, Math.max(0, ms));
    this.handles.add(handle);
    return () => {
      if (this.handles.delete(handle)) this.clock.clearTimeout(handle);
    };
  }
}

/**
 * Collects keys to reconcile and processes them together after a short delay; reacting in a
 * timer rather than inside a store listener keeps writes from nesting inside other writes.
 */
export class WorkQueue {
  private readonly pending = new Set<string>();
  private flushScheduled = false;

  constructor(
    private readonly scheduler: Scheduler,
    private readonly delayMs: number,
    private readonly process: (key: string) => void,
  ) {}

  add(key: string): void {
    this.pending.add(key);
    if (this.flushScheduled || !this.scheduler.running) return;
    this.flushScheduled = true;
    this.scheduler.after(this.delayMs, () => this.flush());
  }

  /** Schedules processing of keys added while the scheduler was stopped. */
  kick(): void {
    this.flushScheduled = false;
    if (this.pending.size) this.add([...this.pending][0]);
  }

  private flush(): void {
    this.flushScheduled = false;
    const keys = [...this.pending];
    this.pending.clear();
    for (const key of keys) this.process(key);
  }
}
