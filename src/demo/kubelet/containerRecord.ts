// What the simulated kubelet knows about one container of a pod: its current state, its last
// termination, and the logs of the instances those refer to.
import type { ContainerState, ContainerStateTerminated, ContainerStatus } from '../../domain/resources.js';
import type { Behaviour } from '../fixtureTypes.js';
import { LogBuffer } from './logBuffer.js';

export interface InstanceRef {
  containerID: string;
  startedAt: number;
  log: LogBuffer;
}

export interface ContainerRecord {
  name: string;
  image: string;
  behaviour: Behaviour;
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
    image: record.image,
    imageID: `docker.io/library/${record.image}`,
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
