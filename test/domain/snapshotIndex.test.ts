import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../src/demo/fixtures.js';
import { deploymentOf, isStale, replicaSetsOf } from '../../src/domain/replicasets.js';
import type { ClusterSnapshot, Deployment, Pod, ReplicaSet } from '../../src/domain/resources.js';
import { podsOf } from '../../src/domain/rollout.js';
import { snapshotIndex } from '../../src/domain/snapshotIndex.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { NOW, deployment, pod, replicaSet } from './builders.js';

// The index answers what the list functions answer, in the same order; only faster.
function expectSameAnswers(snapshot: ClusterSnapshot) {
  const index = snapshotIndex(snapshot);
  for (const dep of snapshot.deployments) {
    expect(index.replicaSetsOf(dep)).toEqual(replicaSetsOf(dep, snapshot.replicaSets));
    expect(new Set(index.podsOfDeployment(dep))).toEqual(new Set(snapshot.pods.filter((p) => replicaSetsOf(dep, snapshot.replicaSets).some((rs) => podsOf(rs, [p]).length > 0))));
  }
  for (const rs of snapshot.replicaSets) {
    expect(index.podsOf(rs)).toEqual(podsOf(rs, snapshot.pods));
    expect(index.deploymentOf(rs)).toBe(deploymentOf(rs, snapshot.deployments));
    expect(index.isStale(rs)).toBe(isStale(rs, snapshot.deployments));
  }
  for (const p of snapshot.pods) {
    const owner = p.metadata.ownerReferences?.find((ref) => ref.controller && ref.kind === 'ReplicaSet');
    const rs = owner && snapshot.replicaSets.find((r) => r.metadata.uid === owner.uid);
    expect(index.deploymentOfPod(p)).toBe(rs ? deploymentOf(rs, snapshot.deployments) : undefined);
  }
}

describe('snapshotIndex', () => {
  it('answers as the list functions do over the kilo-guardian fixture', () => {
    const { objects, namespace } = loadFixtures('demo-fixtures/kilo-guardian', NOW);
    const snapshot: ClusterSnapshot = {
      namespace,
      now: NOW,
      deployments: objects.filter((o): o is Deployment => o.kind === 'Deployment'),
      replicaSets: objects.filter((o): o is ReplicaSet => o.kind === 'ReplicaSet'),
      pods: objects.filter((o): o is Pod => o.kind === 'Pod'),
      services: [],
      events: [],
    };
    expectSameAnswers(snapshot);
    expect(snapshot.replicaSets.filter((rs) => snapshotIndex(snapshot).isStale(rs))).toHaveLength(63);
  });

  it('answers as they do for orphans, unowned ReplicaSets, equal revisions and a missing Deployment', () => {
    const meds = deployment({ name: 'kilo-meds', revision: 3 });
    const gone = deployment({ name: 'gone', revision: 1 });
    const history = [1, 2, 3, 3].map((revision) => replicaSet({ owner: meds, revision, replicas: revision === 3 ? 1 : 0 }));
    const orphanRs = replicaSet({ owner: gone, revision: 1, replicas: 0 });
    const handMade = { ...replicaSet({ owner: meds, revision: 1, replicas: 0 }), metadata: { ...history[0].metadata, uid: 'hand-made', name: 'hand-made', ownerReferences: [] } };
    const pods = [pod({ owner: history[2] }), pod({ owner: history[3] }), { ...pod({ owner: history[2] }), metadata: { ...pod({ owner: history[2] }).metadata, ownerReferences: [] } }];
    expectSameAnswers({ namespace: 'ns', now: NOW, deployments: [meds], replicaSets: [...history, orphanRs, handMade], pods, services: [], events: [] });
  });

  it("reuses the lookups the explorer's indexed snapshot already carries", () => {
    const meds = deployment({ name: 'kilo-meds', revision: 2 });
    const history = [1, 2].map((revision) => replicaSet({ owner: meds, revision, replicas: revision === 2 ? 1 : 0 }));
    const indexed = indexSnapshot({ namespace: 'ns', now: NOW, deployments: [meds], replicaSets: history, pods: [pod({ owner: history[1] })], services: [], events: [] });
    const index = snapshotIndex(indexed);
    expect(index.replicaSetsOf(meds)).toBe(indexed.replicaSetsByDeployment.get(meds.metadata.uid));
    expect(index.podsOfDeployment(meds)).toBe(indexed.podsByDeployment.get(meds.metadata.uid));
    expectSameAnswers(indexed);
  });
});
