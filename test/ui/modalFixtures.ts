// Plans and snapshots for the modal tests, built with the real domain builders so the modal is
// tested against the lines users will actually see.
import type { Plan } from '../../src/domain/actions/plan.js';
import type { PlanContext } from '../../src/domain/actions/planContext.js';
import { planDelete } from '../../src/domain/actions/planDelete.js';
import type { ClusterSnapshot, Deployment, Pod, ReplicaSet } from '../../src/domain/resources.js';
import { deployment, pod, replicaSet, snapshot } from '../domain/builders.js';
import { reactIdle } from '../helpers/renderWithStore.js';

export const CTX: PlanContext = { context: 'kind-kilo', currentContext: 'kind-kilo', namespace: 'kilo-guardian' };

/**
 * Lets React commit what the last key caused and Ink re-subscribe its input handlers: React 19
 * schedules renders on a later macrotask. A few turns of the event loop are not always enough on a
 * busy machine (React's scheduler yields every 5 ms and continues on a later turn), so this also
 * waits for React to have no work left.
 */
export async function flush(): Promise<void> {
  for (let turn = 0; turn < 4; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
  await reactIdle();
}

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
