// One pod's log stream: previous logs read once, or current logs followed across container
// restarts (separator line, then the new instance) and dropped connections (resume with
// sinceTime, repeats skipped) until the pod is gone.
import type { Clock } from '../domain/clock.js';
import type { Pod } from '../domain/resources.js';
import { KubeError, type ClusterGateway, type LogOptions } from '../kube/types.js';
import { LineSplitter } from './lineSplitter.js';
import type { LogEntry, LogMode, LogRange } from './logEntry.js';
import { rangeOptions } from './logRange.js';
import { ResumeDedup } from './resumeDedup.js';
import { RECONNECT_POLICY, RESTART_POLL_POLICY, retryDelay } from './retryDelay.js';
import { sanitizeLine } from '../text/sanitize.js';
import { containerStatusOf, describeTermination, restartSeparator, terminationSummary } from './termination.js';
import { splitTimestamp } from './timestamps.js';

export type PodStreamPhase = 'loading' | 'following' | 'reconnecting' | 'waiting' | 'previous' | 'deleted' | 'error';

export interface PodStreamStatus {
  phase: PodStreamPhase;
  text: string;
}

export interface PodLogStreamOptions {
  gateway: ClusterGateway;
  clock: Clock;
  pod: string;
  container: string;
  mode: LogMode;
  range: LogRange;
  maxLineLength: number;
  onEntries(entries: LogEntry[]): void;
  onStatus(status: PodStreamStatus): void;
  onPod(pod: Pod): void;
}

type PodLookup = { pod: Pod } | { gone: true } | { error: unknown };

export class PodLogStream {
  private stopped = false;
  private cancelFollow: (() => void) | undefined;
  private streamId = 0;
  private timer: unknown;
  private checking = false;
  private splitter = new LineSplitter();
  private readonly dedup = new ResumeDedup();
  private followedRestartCount = 0;
  private followedContainerId: string | undefined;
  private reconnectAttempt = 0;
  private pollAttempt = 0;

  constructor(private readonly options: PodLogStreamOptions) {}

  start(known?: Pod): void {
    void this.begin(known);
  }

  stop(): void {
    this.stopped = true;
    this.cancelFollow?.();
    this.cancelFollow = undefined;
    this.clearTimer();
  }

  /** A newer pod object (e.g. from the store's watch): checks for the next instance right away. */
  onPodUpdate(pod: Pod): void {
    if (this.stopped) return;
    this.options.onPod(pod);
    if (this.options.mode === 'current' && !this.cancelFollow && this.timer !== undefined) {
      this.clearTimer();
      void this.check(pod);
    }
  }

  onPodDeleted(): void {
    if (this.stopped) return;
    this.stop();
    this.options.onStatus({ phase: 'deleted', text: 'pod deleted' });
  }

  private async begin(known?: Pod): Promise<void> {
    this.options.onStatus({ phase: 'loading', text: 'loading…' });
    const lookup: PodLookup = known ? { pod: known } : await this.lookup();
    if (this.stopped) return;
    if ('gone' in lookup) return this.onPodDeleted();
    if ('error' in lookup) {
      this.options.onStatus({ phase: 'error', text: `cannot read pod: ${messageOf(lookup.error)}` });
      return this.schedule(() => this.begin(), retryDelay(++this.reconnectAttempt, RECONNECT_POLICY));
    }
    this.options.onPod(lookup.pod);
    if (this.options.mode === 'previous') return this.readPrevious(lookup.pod);
    this.follow(lookup.pod, 'range');
  }

  private async readPrevious(pod: Pod): Promise<void> {
    const { gateway, container, range } = this.options;
    try {
      const text = await gateway.readLogs(this.options.pod, { container, previous: true, timestamps: true, ...rangeOptions(range) });
      if (this.stopped) return;
      this.acceptLines(splitAll(text));
      const summary = terminationSummary(pod, container);
      const detail = summary ? describeTermination(summary, this.options.clock.now()) : '';
      this.options.onStatus({ phase: 'previous', text: detail ? `previous container (${detail})` : 'previous container' });
    } catch (error) {
      if (this.stopped) return;
      if (error instanceof KubeError && error.status === 404) return this.onPodDeleted();
      const text = error instanceof KubeError && error.status === 400 ? 'no previous container' : `cannot read logs: ${messageOf(error)}`;
      this.options.onStatus({ phase: 'error', text });
    }
  }

  /** `range`: the first follow; `resume`: same instance after a drop; `instance`: a new instance from its start. */
  private follow(pod: Pod, from: 'range' | 'resume' | 'instance'): void {
    const status = containerStatusOf(pod, this.options.container);
    this.followedRestartCount = status?.restartCount ?? 0;
    this.followedContainerId = status?.containerID;
    this.pollAttempt = 0;
    const request: LogOptions = { container: this.options.container, timestamps: true };
    if (from === 'resume' && this.dedup.resumeTimestamp) {
      this.dedup.beginResume();
      request.sinceTime = this.dedup.resumeTimestamp;
    } else if (from === 'instance') {
      this.dedup.reset();
    } else if (from === 'range' || !this.dedup.resumeTimestamp) {
      // Nothing seen yet, so the same range again cannot repeat anything.
      Object.assign(request, rangeOptions(this.options.range));
    }
    this.splitter = new LineSplitter();
    const id = ++this.streamId;
    this.options.onStatus({ phase: 'following', text: 'following' });
    const cancel = this.options.gateway.followLogs(
      this.options.pod,
      request,
      (text) => {
        if (id !== this.streamId || this.stopped) return;
        this.reconnectAttempt = 0;
        this.acceptLines(this.splitter.push(text));
      },
      (error) => this.onStreamEnd(id, error),
    );
    // followLogs may end synchronously (a refused request): onStreamEnd has then moved streamId on.
    if (id === this.streamId && !this.stopped) this.cancelFollow = cancel;
  }

  private onStreamEnd(id: number, _error?: Error): void {
    if (id !== this.streamId || this.stopped) return;
    this.streamId++;
    this.cancelFollow = undefined;
    this.acceptLines(this.splitter.flush());
    void this.check();
  }

  /** After a stream ends: the pod is gone, the same instance is still running, or it exited. */
  private async check(pushed?: Pod): Promise<void> {
    if (this.stopped || this.cancelFollow || this.checking) return;
    this.checking = true;
    let lookup: PodLookup;
    try {
      lookup = pushed ? { pod: pushed } : await this.lookup();
    } finally {
      this.checking = false;
    }
    if (this.stopped || this.cancelFollow) return;
    if ('gone' in lookup) return this.onPodDeleted();
    if ('error' in lookup) {
      const attempt = ++this.reconnectAttempt;
      this.options.onStatus({ phase: 'reconnecting', text: `reconnecting… (${messageOf(lookup.error)})` });
      return this.schedule(() => this.check(), retryDelay(attempt, RECONNECT_POLICY));
    }
    const pod = lookup.pod;
    if (!pushed) this.options.onPod(pod);
    const status = containerStatusOf(pod, this.options.container);
    const restarted = status !== undefined && status.restartCount > this.followedRestartCount;
    if (restarted) {
      const exitCode = status.lastState?.terminated?.exitCode;
      this.options.onEntries([{ kind: 'separator', pod: this.options.pod, text: restartSeparator(exitCode, status.restartCount) }]);
      if (!status.state?.waiting) return this.follow(pod, 'instance');
      // A crash-looping instance can start and die between two looks; its log is now "previous".
      await this.readMissedInstance();
      if (this.stopped || this.cancelFollow) return;
      this.followedRestartCount = status.restartCount;
      this.followedContainerId = status.containerID;
    }
    const sameInstanceRunning =
      !restarted && status?.state?.running !== undefined && (!status.containerID || !this.followedContainerId || status.containerID === this.followedContainerId);
    if (sameInstanceRunning) {
      const attempt = ++this.reconnectAttempt;
      if (attempt === 1) return this.follow(pod, 'resume');
      this.options.onStatus({ phase: 'reconnecting', text: 'reconnecting…' });
      return this.schedule(() => this.resumeIfStillRunning(), retryDelay(attempt - 1, RECONNECT_POLICY));
    }
    const exit = status?.state?.terminated?.exitCode ?? status?.lastState?.terminated?.exitCode;
    const why = status?.state?.waiting?.reason ? `${status.state.waiting.reason}, ` : '';
    const exited = exit === undefined ? 'container not running' : `container exited (exit ${exit})`;
    this.options.onStatus({ phase: 'waiting', text: `${exited}; ${why}waiting for restart…` });
    this.schedule(() => this.check(), retryDelay(++this.pollAttempt, RESTART_POLL_POLICY));
  }

  private async readMissedInstance(): Promise<void> {
    try {
      const text = await this.options.gateway.readLogs(this.options.pod, { container: this.options.container, previous: true, timestamps: true });
      if (this.stopped) return;
      this.dedup.reset();
      this.acceptLines(splitAll(text));
    } catch {
      // Gone already (another restart): the separator still records that it happened.
    }
  }

  private async resumeIfStillRunning(): Promise<void> {
    const lookup = await this.lookup();
    if (this.stopped || this.cancelFollow) return;
    if ('pod' in lookup) {
      const status = containerStatusOf(lookup.pod, this.options.container);
      if (status?.state?.running && status.restartCount === this.followedRestartCount) return this.follow(lookup.pod, 'resume');
    }
    return this.check('pod' in lookup ? lookup.pod : undefined);
  }

  private acceptLines(raw: string[]): void {
    const entries: LogEntry[] = [];
    for (const line of raw) {
      const { timestamp, text } = splitTimestamp(line);
      if (!this.dedup.accept(timestamp, text)) continue;
      entries.push({ kind: 'line', pod: this.options.pod, timestamp, text: sanitizeLine(text, { keepSgr: false, maxLength: this.options.maxLineLength, tabWidth: 8 }) });
    }
    if (entries.length > 0) this.options.onEntries(entries);
  }

  private async lookup(): Promise<PodLookup> {
    try {
      return { pod: await this.options.gateway.get<Pod>('Pod', this.options.pod) };
    } catch (error) {
      if (error instanceof KubeError && error.status === 404) return { gone: true };
      return { error };
    }
  }

  private schedule(fn: () => unknown, ms: number): void {
    this.clearTimer();
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = undefined;
      void fn();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}

function splitAll(text: string): string[] {
  const splitter = new LineSplitter();
  return [...splitter.push(text), ...splitter.flush()];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
