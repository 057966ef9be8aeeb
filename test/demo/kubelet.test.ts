import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/demo/apiErrors.js';
import { crashLoopDelayMs, goDuration } from '../../src/demo/kubelet/backoff.js';
import type { LogLine } from '../../src/demo/logSource.js';
import type { StoreEvent as StoreEventLike } from '../../src/demo/objectStore.js';
import type { Pod } from '../../src/domain/resources.js';
import { NS, TRACEBACK, behaviours, deployment, replicaSet, stuckFixture, webFixture } from './clusterTestFixtures.js';
import { startCluster, type Harness } from './clusterTestHarness.js';

let h: Harness;
afterEach(() => h?.cluster.stop());

const statusOf = (pod: Pod) => pod.status!.containerStatuses![0];
const texts = (lines: LogLine[]) => lines.map((l) => l.text);

function apiError(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('kubelet', () => {
  it('computes crash-loop back-off doubling from 10s to a 5 minute cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(crashLoopDelayMs)).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
    expect(goDuration(300_000)).toBe('5m0s');
    expect(goDuration(80_000)).toBe('1m20s');
  });

  it('restarts the crash-looping fixture pod after its back-off, counting restart 7, with the traceback as previous logs', () => {
    h = startCluster(stuckFixture(), 10);
    const [, bad] = h.replicaSets('meds');
    const podName = h.pods(bad.metadata.name)[0].metadata.name;
    const pod = () => h.cluster.store.require<Pod>('Pod', NS, podName);
    expect(texts(h.cluster.logs.read(NS, podName, { previous: true }))).toEqual(TRACEBACK);
    // While waiting, the current logs are those of the last terminated instance, as on a real kubelet.
    expect(texts(h.cluster.logs.read(NS, podName, {}))).toEqual(TRACEBACK);

    h.clock.advance(29_000); // 5m back-off / timeScale 10 = 30s
    expect(statusOf(pod()).state?.waiting?.reason).toBe('CrashLoopBackOff');
    expect(statusOf(pod()).restartCount).toBe(6);

    h.clock.advance(1_100);
    expect(statusOf(pod()).state?.running).toBeDefined();
    expect(statusOf(pod()).ready).toBe(false);

    h.clock.advance(3_000);
    const status = statusOf(pod());
    expect(status.restartCount).toBe(7);
    expect(status.state?.waiting).toMatchObject({ reason: 'CrashLoopBackOff' });
    expect(status.state?.waiting?.message).toBe(`back-off 5m0s restarting failed container=meds pod=${podName}_${NS}(${pod().metadata.uid})`);
    expect(status.lastState?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
    const previous = h.cluster.logs.read(NS, podName, { previous: true });
    expect(texts(previous)).toEqual(TRACEBACK);
    expect(previous[0].time).toBeGreaterThan(Date.parse('2026-01-06T12:00:29Z'));
    expect(h.events('BackOff')[0]).toMatchObject({ type: 'Warning', involvedObject: { kind: 'Pod', name: podName } });
    // The old ReplicaSet keeps serving throughout.
    expect(h.deployment('meds').status).toMatchObject({ availableReplicas: 1, unavailableReplicas: 1 });
  });

  it('doubles the back-off between restarts of a new crashing pod', () => {
    const d = deployment('crash', 'web:bad', { replicas: 1 });
    h = startCluster({ namespace: NS, objects: [d], behaviours });
    const starts: number[] = [];
    const backOffs: string[] = [];
    h.cluster.store.subscribe((event: StoreEventLike) => {
      if (event.kind !== 'Pod') return;
      const state = (event.object as Pod).status?.containerStatuses?.[0]?.state;
      if (state?.running && starts.at(-1) !== Date.parse(state.running.startedAt!)) starts.push(Date.parse(state.running.startedAt!));
      const message = state?.waiting?.message;
      if (message && backOffs.at(-1) !== message) backOffs.push(message);
    });
    h.clock.advance(120_000);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]);
    // Each instance lives 2s, then waits 10s, 20s, 40s from its exit.
    expect(gaps.slice(0, 3)).toEqual([12_000, 22_000, 42_000]);
    expect(backOffs.slice(0, 3).map((m) => m.split(' ')[1])).toEqual(['10s', '20s', '40s']);
  });

  it('serves logs with tail and since filters, and explains what it cannot serve', () => {
    h = startCluster(webFixture({ replicas: 1 }));
    const podName = h.pods()[0].metadata.name;
    const lines = h.cluster.logs.read(NS, podName, {});
    expect(texts(lines)[0]).toBe('web v2 starting');
    expect(texts(lines).slice(1, 3)).toEqual(['GET /health 200', 'GET /health 200']);
    expect(lines.length).toBeLessThanOrEqual(201);
    expect(h.cluster.logs.read(NS, podName, { tailLines: 3 })).toHaveLength(3);
    expect(h.cluster.logs.read(NS, podName, { sinceSeconds: 12 })).toHaveLength(2);
    expect(apiError(() => h.cluster.logs.read(NS, 'nope', {})).code).toBe(404);
    expect(apiError(() => h.cluster.logs.read(NS, podName, { container: 'sidecar' })).code).toBe(400);
    expect(apiError(() => h.cluster.logs.read(NS, podName, { previous: true })).message).toContain('previous terminated container');
  });

  it('follow delivers new lines and ends when the pod is deleted', () => {
    h = startCluster(webFixture({ replicas: 1 }));
    const podName = h.pods()[0].metadata.name;
    const seen: string[] = [];
    let ended = 0;
    h.cluster.logs.follow(NS, podName, undefined, (line) => seen.push(line.text), () => ended++);
    h.clock.advance(15_000); // lines fall 100ms after each 5s mark since the fixture's start
    expect(seen).toEqual(['GET /health 200', 'GET /health 200', 'GET /health 200']);
    h.cluster.store.delete('Pod', NS, podName);
    expect(ended).toBe(1);
    h.clock.advance(16_000);
    expect(seen).toHaveLength(3);
    expect(h.events('Killing')[0]).toMatchObject({ message: 'Stopping container web', involvedObject: { name: podName } });
  });

  it('starts a new pod: Pending, then Running and Ready with startup lines', () => {
    const d = deployment('fresh', 'web:v1', { replicas: 1 });
    const rs = replicaSet(d, 'web:v1', 1, 1, 0);
    rs.status = {};
    h = startCluster({ namespace: NS, objects: [d, rs], behaviours });
    h.clock.advance(300);
    const pod = h.pods(rs.metadata.name)[0];
    expect(pod.status?.phase).toBe('Pending');
    expect(pod.spec.nodeName).toBe('kilo-tablet');
    h.clock.advance(5_000);
    const running = h.cluster.store.require<Pod>('Pod', NS, pod.metadata.name);
    expect(running.status?.phase).toBe('Running');
    expect(statusOf(running)).toMatchObject({ ready: true, started: true, restartCount: 0, image: 'docker.io/library/web:v1' });
    expect(running.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(texts(h.cluster.logs.read(NS, pod.metadata.name, {}))).toEqual(['web v1 starting', 'listening on :8080']);
    expect(h.events('Scheduled')).toHaveLength(1);
    expect(h.events('Started')).toHaveLength(1);
  });
});
