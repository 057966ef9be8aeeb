import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/domain/resources.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { LISTS, type ListKind } from '../../src/render/registry.js';
import { rolloutStatus } from '../../src/domain/rollout.js';
import { DAY, HOUR, MINUTE, NOW, deployment, deploymentWithHistory, pod, replicaSet, snapshot } from './builders.js';

function stuckMeds(options: { paused?: boolean } = {}) {
  const dep = deployment({ name: 'kilo-meds', revision: 10, replicas: 1, paused: options.paused, status: {
    replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1,
  } });
  const stable = replicaSet({ owner: dep, revision: 9, replicas: 1, image: 'kilo-meds:cb1', createdAgo: 23 * HOUR });
  const broken = replicaSet({ owner: dep, revision: 10, replicas: 1, image: 'kilo-meds:ai-brain-ocr-v2', createdAgo: 7 * MINUTE });
  broken.status = { replicas: 1, readyReplicas: 0, availableReplicas: 0 };
  const pods = [pod({ owner: stable }), pod({ owner: broken, health: 'crashloop', restarts: 6 })];
  return { dep, stable, broken, pods, replicaSets: [stable, broken] };
}

describe('rolloutStatus', () => {
  it('is Available when the current revision serves all replicas', () => {
    const { dep, replicaSets, pods } = deploymentWithHistory('kilo-cam', 3);
    expect(rolloutStatus(dep, replicaSets, pods, NOW)).toEqual({ state: 'available', text: 'Available' });
  });
  it('is Stuck: CrashLoopBackOff when the new ReplicaSet crash-loops', () => {
    const { dep, replicaSets, pods } = stuckMeds();
    expect(rolloutStatus(dep, replicaSets, pods, NOW)).toEqual({ state: 'stuck', reason: 'CrashLoopBackOff', text: 'Stuck: CrashLoopBackOff' });
  });
  it('names the crash loop rather than the deadline condition when both apply', () => {
    const { dep, replicaSets, pods } = stuckMeds();
    dep.status!.conditions = [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }];
    expect(rolloutStatus(dep, replicaSets, pods, NOW).text).toBe('Stuck: CrashLoopBackOff');
  });
  it('is never stuck when paused', () => {
    const { dep, replicaSets, pods } = stuckMeds({ paused: true });
    expect(rolloutStatus(dep, replicaSets, pods, NOW)).toEqual({ state: 'paused', text: 'Paused' });
  });
  it('honours the ProgressDeadlineExceeded condition', () => {
    const { dep, replicaSets, pods } = deploymentWithHistory('kilo-gateway', 1);
    dep.status!.conditions = [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }];
    expect(rolloutStatus(dep, replicaSets, pods, NOW).text).toBe('Stuck: ProgressDeadlineExceeded');
  });
  it('is Progressing while a new ReplicaSet is starting within the deadline, Stuck after it', () => {
    const dep = deployment({ name: 'kilo-habits', revision: 2, progressDeadlineSeconds: 600 });
    const old = replicaSet({ owner: dep, revision: 1, replicas: 1, createdAgo: DAY });
    const fresh = replicaSet({ owner: dep, revision: 2, replicas: 1, createdAgo: MINUTE });
    fresh.status = { replicas: 1, availableReplicas: 0 };
    const pods = [pod({ owner: old }), pod({ owner: fresh, health: 'pending', createdAgo: MINUTE })];
    expect(rolloutStatus(dep, [old, fresh], pods, NOW).state).toBe('progressing');
    expect(rolloutStatus(dep, [old, fresh], pods, NOW + 20 * MINUTE).text).toBe('Stuck: ProgressDeadlineExceeded');
  });
  it('reports image pull failures of the new revision', () => {
    const dep = deployment({ name: 'x', revision: 2 });
    const old = replicaSet({ owner: dep, revision: 1, replicas: 1 });
    const fresh = replicaSet({ owner: dep, revision: 2, replicas: 1, createdAgo: MINUTE });
    const pods = [pod({ owner: old }), pod({ owner: fresh, health: 'imagepull' })];
    expect(rolloutStatus(dep, [old, fresh], pods, NOW).text).toBe('Stuck: ImagePullBackOff');
  });
  it('is scaled-to-zero for a Deployment with replicas 0', () => {
    const dep = deployment({ name: 'z', revision: 1, replicas: 0 });
    const rs = replicaSet({ owner: dep, revision: 1, replicas: 0 });
    expect(rolloutStatus(dep, [rs], [], NOW).state).toBe('scaled-to-zero');
  });
});

describe('problem rows (what Ctrl-z keeps)', () => {
  it('flag stuck deployments, stale ReplicaSets and crashing pods only', () => {
    const meds = stuckMeds();
    const cam = deploymentWithHistory('kilo-cam', 2);
    const snap = indexSnapshot(snapshot({
      deployments: [meds.dep, cam.dep],
      replicaSets: [...meds.replicaSets, ...cam.replicaSets],
      pods: [...meds.pods, ...cam.pods],
    }));
    const problem = (pane: ListKind, obj: KubeObject) => LISTS[pane].renderer.toRow(obj, snap, snap.now).problem;
    expect(problem('deploy', meds.dep)).toBe(true);
    expect(problem('deploy', cam.dep)).toBe(false);
    expect(problem('rs', cam.old[0])).toBe(true);
    expect(problem('rs', cam.live)).toBe(false);
    expect(problem('rs', meds.stable)).toBe(false);
    expect(problem('pods', meds.pods[1])).toBe(true);
    expect(problem('pods', meds.pods[0])).toBe(false);
  });
});
