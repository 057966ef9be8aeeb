import { describe, expect, it } from 'vitest';
import { logTargetFor, logTargetKey } from '../../src/logs/logTarget.js';
import { kiloCluster } from '../ui/kiloCluster.js';
import type { Pod, ReplicaSet } from '../../src/domain/resources.js';

const cluster = kiloCluster();
const replicaSets = cluster.objects.filter((o): o is ReplicaSet => o.kind === 'ReplicaSet');
const pods = cluster.objects.filter((o): o is Pod => o.kind === 'Pod');

describe('logTargetFor', () => {
  it('a pod is its own, unmerged target', () => {
    expect(logTargetFor(cluster.crashing, replicaSets, pods)).toEqual({ title: cluster.crashing.metadata.name, pods: [cluster.crashing.metadata.name], merged: false });
  });

  it("a Deployment merges the pods of every ReplicaSet it controls, and nobody else's", () => {
    const target = logTargetFor(cluster.meds, replicaSets, pods);
    expect(target).toEqual({ title: 'deploy/kilo-meds', pods: [cluster.crashing.metadata.name, cluster.medsPod.metadata.name].sort(), merged: true });
  });

  it("a ReplicaSet merges only its own pods; one without pods has an empty target", () => {
    expect(logTargetFor(cluster.medsNew, replicaSets, pods).pods).toEqual([cluster.crashing.metadata.name]);
    expect(logTargetFor(cluster.medsStale[0], replicaSets, pods)).toMatchObject({ title: `rs/${cluster.medsStale[0].metadata.name}`, pods: [] });
  });

  it('equal targets share a key, different pods do not', () => {
    const a = logTargetFor(cluster.meds, replicaSets, pods);
    expect(logTargetKey(a)).toBe(logTargetKey({ ...a, pods: [...a.pods] }));
    expect(logTargetKey(a)).not.toBe(logTargetKey({ ...a, pods: a.pods.slice(1) }));
    expect(logTargetKey(undefined)).toBe('');
  });
});
