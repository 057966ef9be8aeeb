// The logs pane's model, independent of the store and of React: one pod (or a Deployment /
// ReplicaSet's pods merged) streamed into a bounded ring, appends batched per frame, and a small
// subscribable state for the view. Settings changes (mode, range, container) restart the streams.
import { realClock, type Clock } from '../domain/clock.js';
import type { Pod } from '../domain/resources.js';
import type { ClusterGateway } from '../kube/types.js';
import type { LogEntry, LogMode, LogRange, LogTarget, TerminationSummary } from './logEntry.js';
import { PodLogStream, type PodStreamStatus } from './podLogStream.js';
import { LineRing } from './ringBuffer.js';
import { summarizeStatuses } from './sessionStatus.js';
import { containerNames, initialMode, terminationSummary } from './termination.js';

export const DEFAULT_LOG_LINES = 10_000;
export const DEFAULT_MAX_LINE_LENGTH = 4_096;
/**
 * A chatty pod's lines reach the screen at most once per interval: one render per 333 ms however
 * many lines arrive. Each such frame re-renders every scrolled line of the logs pane (its whole
 * height moves), so the frame rate is most of a firehose's cost: at 200 lines/s, 3 frames/s
 * instead of 5 took the pane's CPU from 8.8-9.0 % to 7.1-8.1 % of a core on the bench VM, and a
 * stream too fast to read stays as readable. A line after a quiet interval is shown at once
 * (leading edge), so a lone line's latency does not change.
 */
export const FLUSH_INTERVAL_MS = 333;
const DEFAULT_CONTAINER_ANNOTATION = 'kubectl.kubernetes.io/default-container';

export interface LogSessionOptions {
  gateway: ClusterGateway;
  target: LogTarget;
  clock?: Clock;
  /** Ring capacity (`--log-lines N`). */
  capacity?: number;
  maxLineLength?: number;
  container?: string;
  /** Default: previous for a single restarted / crash-looping pod, else current. */
  mode?: LogMode;
  range?: LogRange;
  /** Pod objects already known (from the store), so the first read needs no extra request. */
  knownPods?: Pod[];
}

export interface LogSessionState {
  /** Changes on every flush, status change or restart: a cheap "something changed" signal. */
  version: number;
  /** Changes when the streams restart (mode, range, container) and the ring is cleared. */
  generation: number;
  target: LogTarget;
  container?: string;
  containers: string[];
  mode: LogMode;
  range: LogRange;
  status: string;
  /** For a single pod whose container restarted or is down. */
  termination?: TerminationSummary;
  dropped: number;
  lineCount: number;
}

export class LogSession {
  readonly lines: LineRing<LogEntry>;
  private readonly clock: Clock;
  private readonly listeners = new Set<() => void>();
  private readonly streams = new Map<string, PodLogStream>();
  private readonly statuses = new Map<string, PodStreamStatus>();
  private readonly pods = new Map<string, Pod>();
  private pending: LogEntry[] = [];
  private flushTimer: unknown;
  private lastFlushAt = -Infinity;
  private started = false;
  private state: LogSessionState;

  constructor(private readonly options: LogSessionOptions) {
    this.clock = options.clock ?? realClock;
    const capacity = options.capacity ?? DEFAULT_LOG_LINES;
    this.lines = new LineRing<LogEntry>(capacity);
    for (const pod of options.knownPods ?? []) this.pods.set(pod.metadata.name, pod);
    this.state = {
      version: 0,
      generation: 0,
      target: options.target,
      container: options.container,
      containers: [],
      mode: options.mode ?? 'current',
      range: options.range ?? { kind: 'tail', lines: capacity },
      status: 'loading…',
      dropped: 0,
      lineCount: 0,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): LogSessionState => this.state;

  /** The session's clock, so ages in the pane agree with the streams' notion of time. */
  now(): number {
    return this.clock.now();
  }

  /** Resolves the container and mode from the first pod, then opens every pod's stream. */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const first = this.options.target.pods[0];
    let pod = first ? this.pods.get(first) : undefined;
    if (first && !pod) {
      try {
        pod = await this.options.gateway.get<Pod>('Pod', first);
        this.pods.set(first, pod);
      } catch {
        // The stream reports the failure (or the deletion) in its status.
      }
    }
    if (!this.started) return;
    const containers = pod ? containerNames(pod) : [];
    const container = this.options.container ?? pod?.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION] ?? containers[0];
    const mode = this.options.mode ?? (pod && container && !this.options.target.merged ? initialMode(pod, container) : 'current');
    const termination = pod && container && !this.options.target.merged ? terminationSummary(pod, container) : undefined;
    this.update({ containers, container, mode, termination });
    this.openStreams();
  }

  stop(): void {
    this.started = false;
    for (const stream of this.streams.values()) stream.stop();
    this.streams.clear();
    if (this.flushTimer !== undefined) this.clock.clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
  }

  toggleMode(): void {
    this.restartWith({ mode: this.state.mode === 'previous' ? 'current' : 'previous' });
  }
  setMode(mode: LogMode): void {
    this.restartWith({ mode });
  }
  setRange(range: LogRange): void {
    this.restartWith({ range });
  }
  setContainer(container: string): void {
    this.restartWith({ container });
  }

  /** A pod that joined a merged target (a rollout's new pod): its lines are merged in from now on. */
  addPod(pod: Pod): void {
    const { target } = this.state;
    const name = pod.metadata.name;
    if (!target.merged || target.pods.includes(name)) return;
    this.pods.set(name, pod);
    this.update({ target: { ...target, pods: [...target.pods, name] } });
    if (this.started) this.openStream(name);
  }

  /** Pod updates pushed from the store's watch: refresh the summary and wake a waiting stream. */
  onPodUpdate(pod: Pod): void {
    this.rememberPod(pod);
    this.streams.get(pod.metadata.name)?.onPodUpdate(pod);
  }

  onPodDeleted(name: string): void {
    this.streams.get(name)?.onPodDeleted();
  }

  /** Moves pending lines into the ring now (the timer does this every frame). */
  flush(): void {
    if (this.flushTimer !== undefined) this.clock.clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.pending.length === 0) return;
    this.lastFlushAt = this.clock.now();
    const batch = this.pending;
    this.pending = [];
    this.lines.push(batch);
    this.update({});
  }

  private restartWith(change: Partial<Pick<LogSessionState, 'mode' | 'range' | 'container'>>): void {
    for (const stream of this.streams.values()) stream.stop();
    this.streams.clear();
    this.statuses.clear();
    this.pending = [];
    this.lines.clear();
    this.update({ ...change, generation: this.state.generation + 1 });
    if (this.started) this.openStreams();
  }

  private openStreams(): void {
    for (const name of this.state.target.pods) this.openStream(name);
  }

  private openStream(name: string): void {
    const { container, mode, range } = this.state;
    const stream = new PodLogStream({
      gateway: this.options.gateway,
      clock: this.clock,
      pod: name,
      container: container ?? '',
      mode,
      range,
      maxLineLength: this.options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH,
      onEntries: (entries) => this.enqueue(entries),
      onStatus: (status) => {
        this.statuses.set(name, status);
        this.update({ status: summarizeStatuses(this.state.target.pods, this.statuses, this.state.target.merged) });
      },
      onPod: (pod) => this.rememberPod(pod),
    });
    this.streams.set(name, stream);
    stream.start(this.pods.get(name));
  }

  private enqueue(entries: LogEntry[]): void {
    this.pending.push(...entries);
    // A flood between two frames keeps only what the ring could hold anyway.
    const excess = this.pending.length - this.lines.capacity;
    if (excess > 0) {
      this.pending.splice(0, excess);
      this.lines.noteDropped(excess);
    }
    if (this.flushTimer !== undefined) return;
    const wait = Math.max(0, this.lastFlushAt + FLUSH_INTERVAL_MS - this.clock.now());
    this.flushTimer = this.clock.setTimeout(() => this.flush(), wait);
  }

  private rememberPod(pod: Pod): void {
    this.pods.set(pod.metadata.name, pod);
    const first = this.state.target.pods[0];
    if (this.state.target.merged || pod.metadata.name !== first || !this.state.container) return;
    this.update({ termination: terminationSummary(pod, this.state.container) });
  }

  private update(change: Partial<LogSessionState>): void {
    this.state = {
      ...this.state,
      ...change,
      version: this.state.version + 1,
      dropped: this.lines.dropped,
      lineCount: this.lines.length,
    };
    for (const listener of this.listeners) listener();
  }
}
