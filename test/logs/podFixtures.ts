// Pods as the API returns them for log tests: a healthy one and the kilo-meds crash loop.
import type { ContainerStatus, Pod } from '../../src/domain/resources.js';

export function podWith(name: string, status: Partial<ContainerStatus>, containers = ['app']): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'kilo-guardian', uid: `uid-${name}` },
    spec: { containers: containers.map((c) => ({ name: c, image: `kilo/${c}:latest` })) },
    status: {
      phase: 'Running',
      containerStatuses: containers.map((c, index) => ({
        name: c,
        image: `kilo/${c}:latest`,
        ready: true,
        restartCount: 0,
        state: { running: { startedAt: '2026-01-06T11:00:00Z' } },
        ...(index === 0 ? status : {}),
      })),
    },
  };
}

export const runningPod = (name: string, restartCount = 0, containerID = `containerd://${name}-${restartCount}`): Pod =>
  podWith(name, {
    restartCount,
    containerID,
    state: { running: { startedAt: '2026-01-06T11:59:00Z' } },
    ...(restartCount > 0
      ? { lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2026-01-06T11:58:50Z' } } }
      : {}),
  });

export const crashLoopingPod = (name: string, restartCount: number): Pod =>
  podWith(name, {
    restartCount,
    ready: false,
    containerID: `containerd://${name}-${restartCount}`,
    state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' } },
    lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2026-01-06T11:58:00Z' } },
  });
