// What the simulated kubelet knows about one container of a pod: its current state, its last
// termination, and the logs of the instances those refer to.
import { createHash } from 'node:crypto';
import type { ContainerState, ContainerStateTerminated, ContainerStatus } from '../../domain/resources.js';
import type { Behaviour } from '../fixtureTypes.js';
import { LogBuffer } from './logBuffer.js';

export interface InstanceRef {
  containerID: string;
  startedAt: number;
  log: LogBuffer;
  /** When its memory began to leak (its start; for an instance the fixtures describe, the demo's start). */
  leakFrom?: number;
}

export interface ContainerRecord {
  name: string;
  image: string;
  /** The fully qualified image and its digest, as the runtime reports them in containerStatuses. */
  imageRef: string;
  imageID: string;
  behaviour: Behaviour;
  /** resources.limits.memory in bytes: where a leaking instance is OOM-killed. */
  memoryLimitBytes?: number;
  /** The restart count at which the crash-loop back-off last started over (after a long run). */
  backOffFrom?: number;
  restartCount: number;
  ready: boolean;
  /** Present while running, and while briefly terminated before back-off. */
  instance?: InstanceRef;
  state: ContainerState;
  lastState: ContainerState;
  /** Logs of the instance lastState.terminated describes. */
  lastLog?: LogBuffer;
  /** Cancels the timers of the current instance (lines, readiness, exit, restart). */
  timers: (() => void)[];
}

export const toTimestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** "kilo-meds:cb1" → "docker.io/library/kilo-meds:cb1", as containerd names images without a registry. */
export function qualifiedImage(image: string): string {
  const first = image.split('/')[0];
  if (image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) return image;
  return image.includes('/') ? `docker.io/${image}` : `docker.io/library/${image}`;
}

export function imageDigestRef(image: string): string {
  const repository = qualifiedImage(image).replace(/:[^/:]+$/, '');
  return `${repository}@sha256:${createHash('sha256').update(image).digest('hex')}`;
}

export function genericBehaviour(image: string): Behaviour {
  return {
    image,
    startup: [`Starting ${image}`, 'Listening for requests'],
    every: { intervalSeconds: 5, lines: ['heartbeat: ok'] },
  };
}

export function containerStatusOf(record: ContainerRecord): ContainerStatus {
  const containerID = record.state.running || record.state.terminated ? record.instance?.containerID : undefined;
  return {
    name: record.name,
    image: record.imageRef,
    imageID: record.imageID,
    ...(containerID ? { containerID } : {}),
    ready: record.ready,
    started: Boolean(record.state.running),
    restartCount: record.restartCount,
    state: record.state,
    lastState: record.lastState,
  };
}

export function terminatedState(instance: InstanceRef, exitCode: number, reason: string, finishedAt: number): ContainerStateTerminated {
  return {
    exitCode,
    reason,
    startedAt: toTimestamp(instance.startedAt),
    finishedAt: toTimestamp(finishedAt),
    containerID: instance.containerID,
  };
}
