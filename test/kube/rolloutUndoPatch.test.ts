import { describe, expect, it } from 'vitest';
import type { Deployment } from '../../src/domain/resources.js';
import { replicaSetForRevision, rollbackAnnotations, templatesEqualIgnoringHash } from '../../src/kube/rolloutUndoPatch.js';
import { deployment, replicaSet } from './objects.js';

describe('kubectl rollback helpers', () => {
  it('compares templates ignoring pod-template-hash and key order', () => {
    const a = { metadata: { labels: { app: 'x', 'pod-template-hash': 'abc' } }, spec: { containers: [{ name: 'c', image: 'i' }] } };
    const b = { spec: { containers: [{ image: 'i', name: 'c' }] }, metadata: { labels: { app: 'x' } } };
    expect(templatesEqualIgnoringHash(a, b)).toBe(true);
    expect(templatesEqualIgnoringHash(a, { ...b, spec: { containers: [{ name: 'c', image: 'j' }] } })).toBe(false);
  });

  it('finds the revision among ReplicaSets the deployment controls', () => {
    const d: Deployment = { ...deployment('kilo-meds'), metadata: { ...deployment('kilo-meds').metadata, uid: 'd-uid' } };
    const owned = replicaSet('owned', 0, '3');
    owned.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'kilo-meds', uid: 'd-uid', controller: true }];
    const foreign = replicaSet('foreign', 0, '3');
    foreign.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'other', uid: 'x', controller: true }];
    expect(replicaSetForRevision(d, [foreign, owned], 3)?.metadata.name).toBe('owned');
    expect(replicaSetForRevision(d, [foreign, owned], 4)).toBeUndefined();
  });

  it('keeps the bookkeeping annotations of the deployment and takes the rest from the ReplicaSet', () => {
    const d = deployment('kilo-meds');
    d.metadata.annotations = { 'deployment.kubernetes.io/revision': '9', 'team/owner': 'dropped' };
    const rs = replicaSet('old', 0, '2', { 'deployment.kubernetes.io/max-replicas': '3', 'kubernetes.io/change-cause': 'v2' });
    expect(rollbackAnnotations(d, rs)).toEqual({ 'deployment.kubernetes.io/revision': '9', 'kubernetes.io/change-cause': 'v2' });
  });
});
