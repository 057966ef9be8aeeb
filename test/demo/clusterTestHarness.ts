// Starts a simulated cluster on a ManualClock and offers the lookups the cluster tests repeat.
import { createDemoCluster, type DemoCluster } from '../../src/demo/cluster.js';
import { ManualClock } from '../../src/domain/clock.js';
import type { FixtureSet } from '../../src/demo/fixtureTypes.js';
import { revisionOf } from '../../src/domain/replicasets.js';
import type { Deployment, KubeEvent, Pod, ReplicaSet } from '../../src/domain/resources.js';
import { NS, T0 } from './clusterTestFixtures.js';

export interface Harness {
  cluster: DemoCluster;
  clock: ManualClock;
  deployment(name: string): Deployment;
  replicaSets(deployment: string): ReplicaSet[];
  pods(rsName?: string): Pod[];
  events(reason: string): KubeEvent[];
  condition(name: string, type: string): NonNullable<Deployment['status']>['conditions'] extends (infer C)[] | undefined ? C | undefined : never;
}

export function startCluster(fixtures: FixtureSet, timeScale = 1): Harness {
  const clock = new ManualClock(T0);
  const cluster = createDemoCluster({ fixtures, clock, timeScale });
  cluster.start();
  const { store } = cluster;
  return {
    cluster,
    clock,
    deployment: (name) => store.require<Deployment>('Deployment', NS, name),
    replicaSets: (deployment) => {
      const uid = store.require<Deployment>('Deployment', NS, deployment).metadata.uid;
      return store.list<ReplicaSet>('ReplicaSet', NS)
        .filter((rs) => rs.metadata.ownerReferences?.some((ref) => ref.uid === uid))
        .sort((a, b) => revisionOf(a) - revisionOf(b));
    },
    pods: (rsName) => store.list<Pod>('Pod', NS).filter((p) => rsName === undefined || p.metadata.ownerReferences?.[0]?.name === rsName),
    events: (reason) => store.list<KubeEvent>('Event', NS).filter((e) => e.reason === reason),
    condition: (name, type) => store.require<Deployment>('Deployment', NS, name).status?.conditions?.find((c) => c.type === type),
  };
}

export const isReady = (pod: Pod): boolean => pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
