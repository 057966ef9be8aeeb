// One container's life under the simulated kubelet: start, print its behaviour's lines, become
// ready or exit, then crash-loop back-off and restart — all on the injected clock.
import { randomBytes } from 'node:crypto';
import type { ContainerStatus } from '../../domain/resources.js';
import type { Scheduler } from '../controllers/scheduler.js';
import { crashLoopDelayMs, goDuration } from './backoff.js';
import { terminatedState, toTimestamp, type ContainerRecord, type InstanceRef } from './containerRecord.js';
import { LogBuffer } from './logBuffer.js';
import { DEFAULT_USAGE, simulatedMsUntilLimit } from './usageModel.js';

/** Simulated time from start until a container without an exit behaviour reports ready. */
export const READY_DELAY_MS = 2_000;
/** A container that ran this long (simulated) before failing restarts after the first back-off step again, as the kubelet resets it. */
const BACK_OFF_RESET_MS = 600_000;
/** Simulated time a terminated container shows state.terminated before CrashLoopBackOff. */
const TERMINATED_SHOWN_MS = 1_000;
/** How many periodic lines of an already-running fixture container are synthesized. */
const SYNTHESIZED_EVERY_LINES = 200;
const DEFAULT_STARTUP_INTERVAL_MS = 100;

export interface LifecycleContext {
  scheduler: Scheduler;
  podName: string;
  podNamespace: string;
  podUid: string;
  /** The pod status must be rewritten from the records. */
  changed(): void;
  event(type: 'Normal' | 'Warning', reason: string, message: string): void;
}

const newContainerID = (): string => `containerd://${randomBytes(32).toString('hex')}`;

export class ContainerLifecycle {
  constructor(
    readonly record: ContainerRecord,
    private readonly ctx: LifecycleContext,
  ) {}

  private get now(): number {
    return this.ctx.scheduler.clock.now();
  }

  private get startupIntervalMs(): number {
    return this.record.behaviour.startupIntervalMs ?? DEFAULT_STARTUP_INTERVAL_MS;
  }

  /** Starts a fresh instance now. */
  start(): void {
    const instance: InstanceRef = { containerID: newContainerID(), startedAt: this.now, log: new LogBuffer(), leakFrom: this.now };
    this.record.instance = instance;
    this.record.state = { running: { startedAt: toTimestamp(instance.startedAt) } };
    this.record.ready = false;
    this.ctx.event('Normal', 'Created', `Created container: ${this.record.name}`);
    this.ctx.event('Normal', 'Started', `Started container ${this.record.name}`);
    this.ctx.changed();
    this.runInstance(instance, true);
  }

  /** Takes over a container the fixtures describe, reproducing the logs it would already have. */
  adopt(status: ContainerStatus): void {
    const record = this.record;
    record.restartCount = status.restartCount;
    record.imageRef = status.image || record.imageRef;
    record.imageID = status.imageID || record.imageID;
    record.ready = status.ready;
    record.state = status.state ?? {};
    record.lastState = status.lastState ?? {};
    const last = record.lastState.terminated;
    if (last?.startedAt) {
      // A terminated instance printed all its startup lines (the traceback) whatever its recorded finish time.
      record.lastLog = this.synthesizedLog(Date.parse(last.startedAt), Number.POSITIVE_INFINITY);
      record.lastLog.end();
    }
    const running = record.state.running;
    if (running) {
      const startedAt = Date.parse(running.startedAt ?? '') || this.now;
      // Its leak starts with the demo: the recorded instance may have run for days.
      const instance: InstanceRef = { containerID: status.containerID ?? newContainerID(), startedAt, log: this.synthesizedLog(startedAt, this.now), leakFrom: this.now };
      record.instance = instance;
      this.runInstance(instance, false);
    } else if (record.state.waiting?.reason === 'CrashLoopBackOff') {
      this.scheduleRestart();
    } else if (record.state.terminated) {
      this.enterBackOff(record.state.terminated.exitCode);
    } else {
      this.start();
    }
  }

  /** A waiting state other than a crash (the image cannot be pulled): not ready, nothing running. */
  setWaiting(reason: string, message: string): void {
    this.record.ready = false;
    this.record.state = { waiting: { reason, message } };
    this.ctx.changed();
  }

  /** A kubelet delay (divided by the time scale) owned by this container: stop() cancels it. */
  schedule(ms: number, fn: () => void): void {
    this.timer(ms, fn);
  }

  /**
   * Takes over a container of a pod that has finished (phase Succeeded or Failed: a Job's pod): the
   * kubelet never restarts it, and its log is what the finished instance printed.
   */
  adoptFinished(status: ContainerStatus): void {
    const record = this.record;
    record.restartCount = status.restartCount;
    record.imageRef = status.image || record.imageRef;
    record.imageID = status.imageID || record.imageID;
    record.ready = false;
    record.state = status.state ?? {};
    record.lastState = status.lastState ?? {};
    const finished = record.state.terminated;
    const startedAt = Date.parse(finished?.startedAt ?? '');
    if (Number.isNaN(startedAt)) return;
    const log = this.synthesizedLog(startedAt, Date.parse(finished?.finishedAt ?? '') || Number.POSITIVE_INFINITY);
    log.end();
    record.instance = { containerID: status.containerID ?? finished?.containerID ?? newContainerID(), startedAt, log };
  }

  stop(): void {
    for (const cancel of this.record.timers.splice(0)) cancel();
    this.record.instance?.log.end();
  }

  /** Lines, readiness and exit of a running instance; lines already in its log are not repeated. */
  private runInstance(instance: InstanceRef, fresh: boolean): void {
    const { behaviour } = this.record;
    const elapsed = this.now - instance.startedAt;
    behaviour.startup.forEach((text, i) => {
      const at = i * this.startupIntervalMs;
      if (!fresh && at <= elapsed) return; // already in the synthesized log
      this.timer(at - elapsed, () => instance.log.append({ time: this.now, text }), true);
    });
    const startupEnd = behaviour.startup.length * this.startupIntervalMs;
    if (behaviour.every && behaviour.every.lines.length) {
      const intervalMs = behaviour.every.intervalSeconds * 1000;
      const sinceFirst = elapsed - (startupEnd + intervalMs);
      const index = sinceFirst < 0 ? 0 : Math.floor(sinceFirst / intervalMs) + 1;
      this.every(instance, index, startupEnd + intervalMs * (index + 1) - elapsed);
    }
    // A container that is going to crash never reports ready: its readiness probe would not pass,
    // and a briefly-ready crasher would let the deployment controller retire the old pods.
    if (behaviour.exit) {
      const exit = behaviour.exit;
      this.timer(Math.max(exit.afterSeconds * 1000, startupEnd) - elapsed, () => this.exit(exit.code, exit.reason ?? 'Error'), true);
    } else if (!this.record.ready) {
      this.timer(READY_DELAY_MS, () => {
        this.record.ready = true;
        this.ctx.changed();
      });
    }
    // A leaking container grows until its memory limit; there the kernel's OOM killer ends it.
    const untilLimit = simulatedMsUntilLimit(behaviour.usage ?? DEFAULT_USAGE, this.record.memoryLimitBytes);
    if (untilLimit !== undefined) {
      const leakedFor = (this.now - (instance.leakFrom ?? instance.startedAt)) * this.ctx.scheduler.timeScale;
      this.timer(untilLimit - leakedFor, () => this.exit(137, 'OOMKilled'));
    }
  }

  private every(instance: InstanceRef, index: number, delayMs: number): void {
    const every = this.record.behaviour.every!;
    this.timer(delayMs, () => {
      instance.log.append({ time: this.now, text: every.lines[index % every.lines.length] });
      this.every(instance, index + 1, every.intervalSeconds * 1000);
    }, true);
  }

  private exit(code: number, reason: string): void {
    const instance = this.record.instance!;
    for (const cancel of this.record.timers.splice(0)) cancel();
    instance.log.end();
    if ((this.now - instance.startedAt) * this.ctx.scheduler.timeScale >= BACK_OFF_RESET_MS) this.record.backOffFrom = this.record.restartCount;
    this.record.restartCount += 1;
    this.record.ready = false;
    this.record.state = { terminated: terminatedState(instance, code, reason, this.now) };
    this.ctx.changed();
    // The back-off runs from the exit; the terminated state is shown for part of it.
    this.scheduleRestart();
    this.timer(TERMINATED_SHOWN_MS, () => this.enterBackOff(code, false));
  }

  private enterBackOff(code: number, scheduleRestart = true): void {
    const record = this.record;
    if (record.state.terminated) record.lastState = { terminated: { ...record.state.terminated, exitCode: code } };
    if (record.instance) record.lastLog = record.instance.log;
    record.instance = undefined;
    const delay = goDuration(crashLoopDelayMs(record.restartCount - (record.backOffFrom ?? 0)));
    record.state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${delay} restarting failed container=${record.name} pod=${this.ctx.podName}_${this.ctx.podNamespace}(${this.ctx.podUid})` } };
    this.ctx.event('Warning', 'BackOff', `Back-off restarting failed container ${record.name} in pod ${this.ctx.podName}_${this.ctx.podNamespace}(${this.ctx.podUid})`);
    this.ctx.changed();
    if (scheduleRestart) this.scheduleRestart();
  }

  private scheduleRestart(): void {
    this.timer(crashLoopDelayMs(this.record.restartCount - (this.record.backOffFrom ?? 0)), () => {
      this.ctx.event('Normal', 'Pulled', `Container image "${this.record.image}" already present on machine`);
      this.start();
    });
  }

  /** Startup lines (and periodic lines up to `until`) as an instance started at `startedAt` wrote them. */
  private synthesizedLog(startedAt: number, until: number): LogBuffer {
    const log = new LogBuffer();
    const { startup, every } = this.record.behaviour;
    startup.forEach((text, i) => {
      if (startedAt + i * this.startupIntervalMs <= until) log.append({ time: startedAt + i * this.startupIntervalMs, text });
    });
    if (every && every.lines.length && !this.record.behaviour.exit) {
      const intervalMs = every.intervalSeconds * 1000;
      const first = startedAt + startup.length * this.startupIntervalMs + intervalMs;
      const count = until >= first ? Math.floor((until - first) / intervalMs) + 1 : 0;
      for (let i = Math.max(0, count - SYNTHESIZED_EVERY_LINES); i < count; i++) {
        log.append({ time: first + i * intervalMs, text: every.lines[i % every.lines.length] });
      }
    }
    return log;
  }

  /** `realTime` timers follow the behaviour's own clock; the others are kubelet delays, divided by timeScale. */
  private timer(ms: number, fn: () => void, realTime = false): void {
    const scheduler = this.ctx.scheduler;
    this.record.timers.push(realTime ? scheduler.afterRealTime(ms, fn) : scheduler.after(ms, fn));
  }
}
