import { describe, expect, it } from 'vitest';
import { formatRestarts, ownerReplicaSetName, podStatus } from '../../src/domain/pods.js';
import type { Pod } from '../../src/domain/resources.js';
import { HOUR, MINUTE, NOW, ago, deployment, pod, replicaSet } from './builders.js';

const rs = replicaSet({ owner: deployment({ name: 'kilo-meds', revision: 9 }), revision: 9, replicas: 1 });

describe('podStatus', () => {
  it('reports a healthy pod as Running 1/1', () => {
    const status = podStatus(pod({ owner: rs }), NOW);
    expect(status).toMatchObject({ reason: 'Running', ready: '1/1', restarts: 0, crashing: false, problem: false });
  });
  it('shows CrashLoopBackOff from the waiting container over the Running phase', () => {
    const status = podStatus(pod({ owner: rs, health: 'crashloop', restarts: 6, lastRestartAgo: 2 * MINUTE }), NOW);
    expect(status).toMatchObject({ reason: 'CrashLoopBackOff', ready: '0/1', restarts: 6, crashing: true, problem: true });
    expect(status.lastRestartAt).toBe(NOW - 2 * MINUTE);
    expect(formatRestarts(status, NOW)).toBe('6 (2m ago)');
  });
  it('does not call a pod that restarted often but runs ready now crashing', () => {
    const status = podStatus(pod({ owner: rs, health: 'running', restarts: 11, lastRestartAgo: 3 * 24 * HOUR }), NOW);
    expect(status).toMatchObject({ reason: 'Running', crashing: false, problem: false, restarts: 11 });
  });
  it('calls repeated non-zero exits crashing even between back-offs', () => {
    const p = pod({ owner: rs, health: 'running', restarts: 4 });
    const cs = p.status!.containerStatuses![0];
    cs.ready = false;
    cs.state = { terminated: { exitCode: 1, reason: 'Error' } };
    cs.lastState = { terminated: { exitCode: 1, reason: 'Error' } };
    expect(podStatus(p, NOW)).toMatchObject({ reason: 'Error', crashing: true, problem: true });
  });
  it('shows ExitCode:n when the terminated state has no reason', () => {
    const p = pod({ owner: rs });
    p.status!.containerStatuses![0].state = { terminated: { exitCode: 2 } };
    expect(podStatus(p, NOW).reason).toBe('ExitCode:2');
  });
  it('shows image pull errors as problems, Completed as not', () => {
    expect(podStatus(pod({ owner: rs, health: 'imagepull' }), NOW)).toMatchObject({ reason: 'ImagePullBackOff', problem: true });
    expect(podStatus(pod({ owner: rs, health: 'completed' }), NOW)).toMatchObject({ reason: 'Completed', problem: false });
  });
  it('shows Terminating for a pod being deleted', () => {
    expect(podStatus(pod({ owner: rs, deleting: true }), NOW).reason).toBe('Terminating');
  });
  it('treats a long Pending pod as a problem and a fresh one as not', () => {
    expect(podStatus(pod({ owner: rs, health: 'pending', createdAgo: MINUTE }), NOW)).toMatchObject({ reason: 'Pending', problem: false });
    expect(podStatus(pod({ owner: rs, health: 'pending', createdAgo: HOUR }), NOW)).toMatchObject({ reason: 'Pending', problem: true });
  });
  it('counts ready containers and sums restarts across containers; the first container wins STATUS', () => {
    const p: Pod = pod({ owner: rs });
    p.spec.containers.push({ name: 'sidecar', image: 'envoy:1' });
    p.status!.containerStatuses!.push({
      name: 'sidecar', image: 'envoy:1', ready: false, restartCount: 2,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: { terminated: { exitCode: 1, finishedAt: ago(MINUTE) } },
    });
    p.status!.containerStatuses![0].restartCount = 1;
    const status = podStatus(p, NOW);
    expect(status).toMatchObject({ ready: '1/2', restarts: 3, reason: 'CrashLoopBackOff', crashing: true });
  });
});

describe('ownerReplicaSetName', () => {
  it('names the controlling ReplicaSet', () => {
    expect(ownerReplicaSetName(pod({ owner: rs }))).toBe(rs.metadata.name);
    expect(ownerReplicaSetName(pod({}))).toBeUndefined();
  });
});
