import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoCluster } from '../../src/demo/cluster.js';
import { ManualClock } from '../../src/domain/clock.js';
import { loadFixtures } from '../../src/demo/fixtures.js';
import { revisionOf } from '../../src/domain/replicasets.js';
import type { Deployment, Pod, ReplicaSet } from '../../src/domain/resources.js';
import { NS, T0, webFixture } from './clusterTestFixtures.js';
import { isReady, startCluster, type Harness } from './clusterTestHarness.js';

const REAL_FIXTURES = fileURLToPath(new URL('../../demo-fixtures/kilo-guardian', import.meta.url));

let h: Harness;
afterEach(() => h?.cluster.stop());

describe('createDemoCluster', () => {
  it('loads the fixtures with their uids and creation times, plus the Namespace', () => {
    const fixtures = webFixture();
    h = startCluster(fixtures);
    const rs = fixtures.objects.find((o) => o.kind === 'ReplicaSet')!;
    expect(h.cluster.store.require('ReplicaSet', NS, rs.metadata.name).metadata).toMatchObject({
      uid: rs.metadata.uid, creationTimestamp: rs.metadata.creationTimestamp,
    });
    expect(h.cluster.store.require('Namespace', undefined, NS)).toMatchObject({ status: { phase: 'Active' } });
  });

  it('deleting a ReplicaSet deletes its pods (and the deployment controller replaces the ReplicaSet)', () => {
    h = startCluster(webFixture({ replicas: 2 }));
    const current = h.replicaSets('web')[2];
    const oldPods = h.pods(current.metadata.name).map((p) => p.metadata.uid);
    h.cluster.store.delete('ReplicaSet', NS, current.metadata.name);
    h.clock.advance(30_000);
    const pods = h.cluster.store.list<Pod>('Pod', NS);
    expect(pods.some((p) => oldPods.includes(p.metadata.uid))).toBe(false);
    const replacement = h.cluster.store.require<ReplicaSet>('ReplicaSet', NS, current.metadata.name);
    expect(replacement.metadata.uid).not.toBe(current.metadata.uid);
    expect(pods.filter(isReady)).toHaveLength(2);
  });

  it('deleting a Deployment cascades to its ReplicaSets and pods', () => {
    h = startCluster(webFixture({ replicas: 2 }));
    h.cluster.store.delete('Deployment', NS, 'web');
    h.clock.advance(10_000);
    expect(h.cluster.store.list('ReplicaSet', NS)).toHaveLength(0);
    expect(h.cluster.store.list('Pod', NS)).toHaveLength(0);
  });

  it('stop() clears every timer: nothing changes afterwards', () => {
    h = startCluster(webFixture({ replicas: 1 }));
    h.cluster.store.mutate<Deployment>('Deployment', NS, 'web', (d) => {
      d.spec.replicas = 3;
    });
    h.cluster.stop();
    const version = h.cluster.store.resourceVersion;
    h.clock.advance(60_000);
    expect(h.cluster.store.resourceVersion).toBe(version);
  });
});

describe('the kilo-guardian fixtures', () => {
  it('start as the audit found them: only kilo-meds moves, crash-looping while its old ReplicaSet serves', () => {
    const fixtures = loadFixtures(REAL_FIXTURES, T0);
    const clock = new ManualClock(T0);
    const cluster = createDemoCluster({ fixtures, clock, timeScale: 10 });
    const writes: string[] = [];
    cluster.store.subscribe((e) => writes.push(`${e.type} ${e.kind} ${e.object.metadata.name}`));
    cluster.start();
    clock.advance(25_000); // less than kilo-meds' 30s back-off
    // A real control plane has nothing to do on this state: no object changes at all.
    expect(writes).toEqual([]);
    cluster.stop();

    h = startCluster(loadFixtures(REAL_FIXTURES, T0), 10);
    const store = h.cluster.store;
    const deployments = store.list<Deployment>('Deployment', NS);
    const before = new Map(store.list<ReplicaSet>('ReplicaSet', NS).map((rs) => [rs.metadata.name, rs.spec.replicas]));
    const deploymentVersions = new Map(deployments.map((d) => [d.metadata.name, d.metadata.resourceVersion]));
    h.clock.advance(25_000); // less than kilo-meds' 30s back-off
    expect(store.list('ReplicaSet', NS)).toHaveLength(before.size);
    for (const rs of store.list<ReplicaSet>('ReplicaSet', NS)) expect(rs.spec.replicas).toBe(before.get(rs.metadata.name));
    for (const d of store.list<Deployment>('Deployment', NS)) expect(d.metadata.resourceVersion).toBe(deploymentVersions.get(d.metadata.name));

    const meds = h.replicaSets('kilo-meds');
    const crashing = meds.at(-1)!;
    const [crashPod] = h.pods(crashing.metadata.name);
    expect(crashPod.status?.containerStatuses?.[0].restartCount).toBe(6);
    expect(h.cluster.logs.read(NS, crashPod.metadata.name, { previous: true }).map((l) => l.text).at(-1))
      .toBe("ModuleNotFoundError: No module named 'prometheus_client'");

    h.clock.advance(10_000);
    const restarted = store.require<Pod>('Pod', NS, crashPod.metadata.name).status?.containerStatuses?.[0];
    expect(restarted?.restartCount).toBe(7);
    expect(h.condition('kilo-meds', 'Progressing')).toMatchObject({ reason: 'ProgressDeadlineExceeded' });
    expect(revisionOf(crashing)).toBe(Math.max(...meds.map(revisionOf)));
    const serving = meds.filter((rs) => rs !== crashing && (rs.spec.replicas ?? 0) > 0);
    expect(serving).toHaveLength(1);
    expect(h.pods(serving[0].metadata.name).filter(isReady)).toHaveLength(1);
    expect(h.cluster.logs.read(NS, h.pods(serving[0].metadata.name)[0].metadata.name, {}).length).toBeGreaterThan(0);
  });
});
