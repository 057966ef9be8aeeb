// Delete propagation as the API server does it: Background lets the garbage collector remove the
// dependents; Orphan keeps them, without the ownerReference to the deleted owner.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { GarbageCollector } from '../../src/demo/controllers/garbageCollector.js';
import { startDemoServer, type DemoServer } from '../../src/demo/server.js';
import type { KubeObject, Pod } from '../../src/domain/resources.js';
import { call } from './serverHttpClient.js';
import { createTestCluster, NAMESPACE, type TestCluster } from './serverTestCluster.js';

const RS = `/apis/apps/v1/namespaces/${NAMESPACE}/replicasets`;
let cluster: TestCluster;
let server: DemoServer;

beforeEach(async () => {
  cluster = createTestCluster();
  server = await startDemoServer({ store: cluster.store, logs: cluster.logs, clock: cluster.clock });
});
afterEach(async () => {
  await server.close();
});

function ownWebB2Pods(): void {
  const rs = cluster.store.get('ReplicaSet', NAMESPACE, 'web-b2')!;
  for (const pod of cluster.store.list<Pod>('Pod', NAMESPACE)) {
    cluster.store.mutate<Pod>('Pod', NAMESPACE, pod.metadata.name, (p) => {
      p.metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-b2', uid: rs.metadata.uid, controller: true }];
    });
  }
}

it('Orphan keeps the pods and drops their ownerReference; a failed precondition orphans nothing', async () => {
  ownWebB2Pods();
  const refused = await call(server.url, 'DELETE', `${RS}/web-b2`, { body: { propagationPolicy: 'Orphan', preconditions: { resourceVersion: '1' } } });
  expect(refused.status).toBe(409);
  expect(cluster.store.list<Pod>('Pod', NAMESPACE).every((p) => p.metadata.ownerReferences?.length === 1)).toBe(true);

  const deleted = await call(server.url, 'DELETE', `${RS}/web-b2`, { body: { propagationPolicy: 'Orphan' } });
  expect(deleted.status).toBe(200);
  // What the garbage collector will look for: nothing names the deleted ReplicaSet any more.
  new GarbageCollector(cluster.store).collectDependentsOf({ metadata: { uid: deleted.body.details.uid, namespace: NAMESPACE } } as KubeObject);
  const pods = cluster.store.list<Pod>('Pod', NAMESPACE);
  expect(pods).toHaveLength(3);
  expect(pods.every((p) => p.metadata.ownerReferences === undefined)).toBe(true);
});
