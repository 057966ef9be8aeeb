import { describe, expect, it } from 'vitest';
import { followedBy, logTargetFor, logTargetKey } from '../../src/logs/logTarget.js';
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
    expect(target).toEqual({ title: 'deploy/kilo-meds', pods: [cluster.crashing.metadata.name, cluster.medsPod.metadata.name].sort(), merged: true, follows: { kind: 'Deployment', uid: cluster.meds.metadata.uid } });
  });

  it("a ReplicaSet merges only its own pods; one without pods has an empty target", () => {
    expect(logTargetFor(cluster.medsNew, replicaSets, pods).pods).toEqual([cluster.crashing.metadata.name]);
    expect(logTargetFor(cluster.medsStale[0], replicaSets, pods)).toMatchObject({ title: `rs/${cluster.medsStale[0].metadata.name}`, pods: [] });
  });

  it("follows the pods a Deployment's new ReplicaSet brings, and a ReplicaSet's own new pods only", () => {
    const byUid = new Map(replicaSets.map((rs) => [rs.metadata.uid, rs]));
    const deploymentLogs = logTargetFor(cluster.meds, replicaSets, pods);
    const replicaSetLogs = logTargetFor(cluster.medsNew, replicaSets, pods);
    const restarted = { ...cluster.medsNew, metadata: { ...cluster.medsNew.metadata, uid: 'rs-after-restart', name: 'kilo-meds-restarted' } };
    const newPod = { ...cluster.medsPod, metadata: { ...cluster.medsPod.metadata, name: 'kilo-meds-restarted-abcde', uid: 'pod-new', ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'kilo-meds-restarted', uid: 'rs-after-restart', controller: true }] } };
    expect(followedBy(deploymentLogs, newPod, byUid)).toBe(false); // its ReplicaSet is not known yet
    byUid.set('rs-after-restart', restarted);
    expect(followedBy(deploymentLogs, newPod, byUid)).toBe(true);
    expect(followedBy(replicaSetLogs, newPod, byUid)).toBe(false);
    expect(followedBy(replicaSetLogs, cluster.crashing, byUid)).toBe(true);
    expect(followedBy(logTargetFor(cluster.crashing, replicaSets, pods), newPod, byUid)).toBe(false);
    const otherDeployment = pods.find((p) => !deploymentLogs.pods.includes(p.metadata.name) && p.metadata.ownerReferences?.length)!;
    expect(followedBy(deploymentLogs, otherDeployment, byUid)).toBe(false);
  });

  it('equal targets share a key, different pods do not', () => {
    const a = logTargetFor(cluster.meds, replicaSets, pods);
    expect(logTargetKey(a)).toBe(logTargetKey({ ...a, pods: [...a.pods] }));
    expect(logTargetKey(a)).not.toBe(logTargetKey({ ...a, pods: a.pods.slice(1) }));
    expect(logTargetKey(undefined)).toBe('');
  });
});
