// Plans and snapshots for the action-flow and modal tests, built with the real domain builders so
// both are tested against the lines users will actually see.
import type { Plan } from '../../src/domain/plans/plan.js';
import type { PlanContext } from '../../src/domain/plans/planContext.js';
import { planDelete } from '../../src/domain/plans/planDelete.js';
import type { ClusterSnapshot, Deployment, Pod, ReplicaSet } from '../../src/domain/resources.js';
import { deployment, pod, replicaSet, snapshot } from '../domain/builders.js';

export const CTX: PlanContext = { context: 'kind-kilo', currentContext: 'kind-kilo', namespace: 'kilo-guardian' };

export interface StaleCluster {
  snapshot: ClusterSnapshot;
  deployments: Deployment[];
  stale: ReplicaSet[];
  current: ReplicaSet[];
}

/** `deployments` Deployments, each with one running current ReplicaSet and `perDeployment` stale ones. */
export function staleCluster(deploymentCount: number, perDeployment: number): StaleCluster {
  const deployments: Deployment[] = [];
  const stale: ReplicaSet[] = [];
  const current: ReplicaSet[] = [];
  const pods: Pod[] = [];
  for (let d = 0; d < deploymentCount; d++) {
    const dep = deployment({ name: `kilo-svc${d}`, revision: perDeployment + 1 });
    deployments.push(dep);
    for (let r = 1; r <= perDeployment; r++) stale.push(replicaSet({ owner: dep, revision: r, replicas: 0 }));
    const live = replicaSet({ owner: dep, revision: perDeployment + 1, replicas: 1 });
    current.push(live);
    pods.push(pod({ owner: live }));
  }
  return { snapshot: snapshot({ deployments, replicaSets: [...stale, ...current], pods }), deployments, stale, current };
}

/** 63 deletes of stale ReplicaSets: nothing dangerous. */
export function staleDeletePlan(): { plan: Plan; cluster: StaleCluster } {
  const cluster = staleCluster(7, 9);
  return { plan: planDelete(cluster.stale, CTX, cluster.snapshot), cluster };
}

/** Two stale ReplicaSets and one current, running one: the last is dangerous. */
export function dangerousDeletePlan(): { plan: Plan; cluster: StaleCluster } {
  const cluster = staleCluster(1, 2);
  return { plan: planDelete([...cluster.stale, cluster.current[0]], CTX, cluster.snapshot), cluster };
}
