import { describe, expect, it } from 'vitest';
import {
  controllerOf,
  currentReplicaSet,
  imageOf,
  isStale,
  replicaSetsOf,
  revisionOf,
} from '../../src/domain/replicasets.js';
import { deployment, deploymentWithHistory, replicaSet } from './builders.js';

describe('revisionOf and controllerOf', () => {
  it('reads the revision annotation, 0 when absent or malformed', () => {
    expect(revisionOf(deployment({ name: 'a', revision: 9 }))).toBe(9);
    expect(revisionOf(deployment({ name: 'a' }))).toBe(0);
    const bad = deployment({ name: 'a', revision: 1 });
    bad.metadata.annotations = { 'deployment.kubernetes.io/revision': 'x' };
    expect(revisionOf(bad)).toBe(0);
  });
  it('finds the controller owner only', () => {
    const dep = deployment({ name: 'a', revision: 1 });
    const rs = replicaSet({ owner: dep, revision: 1 });
    expect(controllerOf(rs)?.uid).toBe(dep.metadata.uid);
    rs.metadata.ownerReferences = [{ ...rs.metadata.ownerReferences![0], controller: false }];
    expect(controllerOf(rs)).toBeUndefined();
  });
});

describe('replicaSetsOf / currentReplicaSet', () => {
  it('returns the owned ReplicaSets newest first, ignoring others', () => {
    const { dep, replicaSets } = deploymentWithHistory('kilo-cam', 3);
    const other = deploymentWithHistory('kilo-voice', 2);
    const owned = replicaSetsOf(dep, [...other.replicaSets, ...replicaSets]);
    expect(owned.map(revisionOf)).toEqual([4, 3, 2, 1]);
  });
  it('picks the revision the Deployment names, even if a newer one exists', () => {
    const dep = deployment({ name: 'a', revision: 2 });
    const r2 = replicaSet({ owner: dep, revision: 2, replicas: 1 });
    const r3 = replicaSet({ owner: dep, revision: 3 });
    expect(currentReplicaSet(dep, [r2, r3])).toBe(r2);
  });
  it('falls back to the newest when the Deployment has no revision', () => {
    const dep = deployment({ name: 'a' });
    const r1 = replicaSet({ owner: dep, revision: 1 });
    const r2 = replicaSet({ owner: dep, revision: 2 });
    expect(currentReplicaSet(dep, [r1, r2])).toBe(r2);
    expect(currentReplicaSet(dep, [])).toBeUndefined();
  });
});

describe('isStale', () => {
  it('flags scaled-down history of an existing Deployment', () => {
    const { dep, old, live } = deploymentWithHistory('kilo-frontend', 2);
    expect(old.map((rs) => isStale(rs, [dep]))).toEqual([true, true]);
    expect(isStale(live, [dep])).toBe(false);
  });
  it('never flags a ReplicaSet without an owner', () => {
    const rs = replicaSet({ replicas: 0, revision: 1 });
    expect(isStale(rs, [])).toBe(false);
  });
  it('does not flag history whose Deployment no longer exists', () => {
    const { old } = deploymentWithHistory('gone', 1);
    expect(isStale(old[0], [])).toBe(false);
  });
  it('does not flag a ReplicaSet that still has pods or is the current revision at zero', () => {
    const dep = deployment({ name: 'a', revision: 2, replicas: 0 });
    const draining = replicaSet({ owner: dep, revision: 1, replicas: 0 });
    draining.status = { replicas: 1 };
    const current = replicaSet({ owner: dep, revision: 2, replicas: 0 });
    expect(isStale(draining, [dep])).toBe(false);
    expect(isStale(current, [dep])).toBe(false);
  });
  it('finds nothing stale for a Deployment with a single ReplicaSet', () => {
    const { dep, replicaSets } = deploymentWithHistory('kilo-socketio', 0);
    expect(replicaSets.filter((rs) => isStale(rs, [dep]))).toEqual([]);
  });
});

describe('imageOf', () => {
  it('joins several container images with commas', () => {
    expect(imageOf(deployment({ name: 'a', image: 'kilo/cam:latest' }).spec.template)).toBe('kilo/cam:latest');
    expect(imageOf(deployment({ name: 'a', images: ['x:1', 'y:2'] }).spec.template)).toBe('x:1,y:2');
  });
});
