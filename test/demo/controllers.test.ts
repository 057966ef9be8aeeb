import { afterEach, describe, expect, it } from 'vitest';
import { revisionOf } from '../../src/domain/replicasets.js';
import type { Deployment } from '../../src/domain/resources.js';
import { NS, stuckFixture, template, webFixture } from './clusterTestFixtures.js';
import { isReady, startCluster, type Harness } from './clusterTestHarness.js';

let h: Harness;
afterEach(() => h?.cluster.stop());

const setImage = (image: string, name = 'web') =>
  h.cluster.store.mutate<Deployment>('Deployment', NS, name, (d) => {
    d.spec.template.spec.containers[0].image = image;
  });

describe('deployment controller', () => {
  it('leaves a settled fixture untouched at start', () => {
    h = startCluster(webFixture());
    const before = h.cluster.store.resourceVersion;
    h.clock.advance(60_000);
    expect(h.cluster.store.resourceVersion).toBe(before);
    expect(h.replicaSets('web')).toHaveLength(3);
  });

  it('creates ReplicaSet revision N+1 for a new template and rolls it out without losing availability', () => {
    h = startCluster(webFixture({ replicas: 2, history: 2 }));
    setImage('web:v3');
    let minReady = Infinity;
    for (let t = 0; t < 60_000; t += 100) {
      h.clock.advance(100);
      minReady = Math.min(minReady, h.pods().filter(isReady).length);
    }
    const sets = h.replicaSets('web');
    const newest = sets[sets.length - 1];
    expect(sets).toHaveLength(4);
    expect(revisionOf(newest)).toBe(4);
    expect(newest.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{9,10}$/);
    expect(newest.metadata.labels?.['pod-template-hash']).toBe(newest.metadata.name.slice('web-'.length));
    expect(newest.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Deployment', name: 'web', controller: true, blockOwnerDeletion: true });
    expect(newest.spec.replicas).toBe(2);
    expect(sets.slice(0, 3).map((rs) => rs.spec.replicas)).toEqual([0, 0, 0]);
    // maxUnavailable 25% of 2 rounds down to 0: two pods stay ready throughout.
    expect(minReady).toBe(2);
    const d = h.deployment('web');
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('4');
    expect(d.status).toMatchObject({ replicas: 2, updatedReplicas: 2, readyReplicas: 2, availableReplicas: 2, observedGeneration: d.metadata.generation });
    expect(h.condition('web', 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    expect(h.pods(newest.metadata.name)).toHaveLength(2);
    expect(h.events('ScalingReplicaSet').map((e) => e.message)).toContain(`Scaled up replica set ${newest.metadata.name} from 0 to 1`);
  });

  it('stalls a crash-looping rollout with the old ReplicaSet serving, then reports ProgressDeadlineExceeded', () => {
    h = startCluster(webFixture({ replicas: 2 }));
    const oldName = h.replicaSets('web')[2].metadata.name;
    setImage('web:bad');
    h.clock.advance(5 * 60_000);
    const newest = h.replicaSets('web')[3];
    expect(newest.spec.replicas).toBe(1); // one surge pod, never available
    expect(h.cluster.store.require('ReplicaSet', NS, oldName)).toMatchObject({ spec: { replicas: 2 } });
    expect(h.pods(oldName).filter(isReady)).toHaveLength(2);
    expect(h.condition('web', 'Progressing')).toMatchObject({ status: 'True' });
    expect(h.deployment('web').status).toMatchObject({ replicas: 3, updatedReplicas: 1, availableReplicas: 2, unavailableReplicas: 1 });
    h.clock.advance(6 * 60_000);
    expect(h.condition('web', 'Progressing')).toMatchObject({
      status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${newest.metadata.name}" has timed out progressing.`,
    });
    expect(h.condition('web', 'Available')).toMatchObject({ status: 'True' });
    expect(h.pods(oldName).filter(isReady)).toHaveLength(2);
  });

  it('undo to an old template reuses its ReplicaSet with a new revision and removes the crashing pod', () => {
    h = startCluster(stuckFixture(), 10);
    const [good, bad] = h.replicaSets('meds');
    expect(h.pods(bad.metadata.name)).toHaveLength(1);
    h.cluster.store.mutate<Deployment>('Deployment', NS, 'meds', (d) => {
      d.spec.template = template('web:v1', 'meds');
    });
    h.clock.advance(10_000);
    const sets = h.replicaSets('meds');
    expect(sets.map((rs) => rs.metadata.name)).toEqual([bad.metadata.name, good.metadata.name]);
    const reused = h.cluster.store.require<typeof good>('ReplicaSet', NS, good.metadata.name);
    expect(reused.metadata.annotations).toMatchObject({
      'deployment.kubernetes.io/revision': '3',
      'deployment.kubernetes.io/revision-history': '1',
    });
    expect(h.cluster.store.require<typeof bad>('ReplicaSet', NS, bad.metadata.name).spec.replicas).toBe(0);
    expect(h.pods(bad.metadata.name)).toHaveLength(0);
    expect(h.pods(good.metadata.name).filter(isReady)).toHaveLength(1);
    expect(h.deployment('meds').metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(h.condition('meds', 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
  });

  it('keeps fixture history within the default limit and prunes to revisionHistoryLimit, oldest first', () => {
    h = startCluster(webFixture({ history: 10 }));
    h.clock.advance(10_000);
    expect(h.replicaSets('web')).toHaveLength(11);
    h.cluster.store.mutate<Deployment>('Deployment', NS, 'web', (d) => {
      d.spec.revisionHistoryLimit = 3;
    });
    h.clock.advance(10_000);
    expect(h.replicaSets('web').map(revisionOf)).toEqual([8, 9, 10, 11]);
  });

  it('scales the current ReplicaSet up and down', () => {
    h = startCluster(webFixture({ replicas: 2 }));
    const current = h.replicaSets('web')[2].metadata.name;
    h.cluster.store.mutate<Deployment>('Deployment', NS, 'web', (d) => {
      d.spec.replicas = 4;
    });
    h.clock.advance(10_000);
    expect(h.pods(current).filter(isReady)).toHaveLength(4);
    expect(h.deployment('web').status).toMatchObject({ replicas: 4, availableReplicas: 4 });
    h.cluster.store.mutate<Deployment>('Deployment', NS, 'web', (d) => {
      d.spec.replicas = 1;
    });
    h.clock.advance(10_000);
    expect(h.pods(current)).toHaveLength(1);
    expect(h.replicaSets('web')).toHaveLength(3);
    expect(h.deployment('web').status).toMatchObject({ replicas: 1, availableReplicas: 1, updatedReplicas: 1 });
    // Newest pods go first, so the survivor is one of the fixture's original pods.
    expect(h.events('SuccessfulDelete')).toHaveLength(3);
    expect(h.pods(current)[0].metadata.name).toMatch(/-p[01]$/);
  });

  it('rollout restart (restartedAt annotation) creates a new ReplicaSet and replaces the pods', () => {
    h = startCluster(webFixture({ replicas: 2 }));
    const oldPods = h.pods().map((p) => p.metadata.name);
    h.cluster.store.mutate<Deployment>('Deployment', NS, 'web', (d) => {
      d.spec.template.metadata = { ...d.spec.template.metadata, annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-06T12:00:00Z' } };
    });
    h.clock.advance(60_000);
    const sets = h.replicaSets('web');
    expect(sets).toHaveLength(4);
    expect(revisionOf(sets[3])).toBe(4);
    expect(sets[3].spec.template.spec.containers[0].image).toBe('web:v2');
    const pods = h.pods();
    expect(pods).toHaveLength(2);
    expect(pods.some((p) => oldPods.includes(p.metadata.name))).toBe(false);
    expect(pods.every((p) => p.metadata.annotations?.['kubectl.kubernetes.io/restartedAt'] === '2026-01-06T12:00:00Z')).toBe(true);
  });

  it('Recreate scales the old ReplicaSet to zero before the new one gets pods', () => {
    h = startCluster(webFixture({ replicas: 2 }));
    h.cluster.store.mutate<Deployment>('Deployment', NS, 'web', (d) => {
      d.spec.strategy = { type: 'Recreate' };
      d.spec.template.spec.containers[0].image = 'web:v3';
    });
    let overlap = false;
    for (let t = 0; t < 30_000; t += 100) {
      h.clock.advance(100);
      const images = new Set(h.pods().map((p) => p.spec.containers[0].image));
      if (images.size > 1) overlap = true;
    }
    expect(overlap).toBe(false);
    expect(h.pods().filter(isReady).map((p) => p.spec.containers[0].image)).toEqual(['web:v3', 'web:v3']);
  });

  it('replaces a pod deleted from a ReplicaSet', () => {
    h = startCluster(webFixture({ replicas: 2 }));
    const [victim] = h.pods();
    h.cluster.store.delete('Pod', NS, victim.metadata.name);
    h.clock.advance(10_000);
    const pods = h.pods();
    expect(pods).toHaveLength(2);
    expect(pods.map((p) => p.metadata.name)).not.toContain(victim.metadata.name);
    expect(pods.filter(isReady)).toHaveLength(2);
  });

  it('does not roll a paused deployment', () => {
    h = startCluster(webFixture());
    h.cluster.store.mutate<Deployment>('Deployment', NS, 'web', (d) => {
      d.spec.paused = true;
      d.spec.template.spec.containers[0].image = 'web:v9';
    });
    h.clock.advance(30_000);
    expect(h.replicaSets('web')).toHaveLength(3);
    expect(h.condition('web', 'Progressing')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused' });
  });
});
