// Deleting objects. Deleting rollback history is routine; deleting anything that runs pods, or a
// Deployment's current ReplicaSet, is dangerous and says exactly what will stop.
import { currentOfOwned, deploymentOf } from '../replicasets.js';
import { snapshotIndex } from '../snapshotIndex.js';
import type { ClusterSnapshot, KubeObject, ReplicaSet } from '../resources.js';
import type { DeleteOperation, Plan } from './plan.js';
import { countOf, KUBECTL_RESOURCE, targetRefOf, type PlanContext } from './planContext.js';

interface DeleteAssessment {
  impact?: string;
  dangerous: boolean;
  podsTerminated: number;
}

function runningPodCount(rs: ReplicaSet, snapshot?: ClusterSnapshot): number {
  return snapshot ? snapshotIndex(snapshot).podsOf(rs).length : rs.status?.replicas ?? 0;
}

function assessReplicaSet(rs: ReplicaSet, snapshot?: ClusterSnapshot): DeleteAssessment {
  const pods = runningPodCount(rs, snapshot);
  const desired = rs.spec.replicas ?? 0;
  const index = snapshot && snapshotIndex(snapshot);
  const dep = index?.deploymentOf(rs);
  const isCurrent = dep !== undefined && index !== undefined && currentOfOwned(dep, index.replicaSetsOf(dep))?.metadata.uid === rs.metadata.uid;
  const notes: string[] = [];
  if (isCurrent) notes.push(`current revision of deployment ${dep.metadata.name} (it will create a new ReplicaSet)`);
  if (pods > 0) notes.push(`${countOf(pods, 'pod')} will be terminated`);
  else if (desired > 0) notes.push(`wants ${countOf(desired, 'replica')}`);
  return { impact: notes.length ? notes.join('; ') : undefined, dangerous: isCurrent || pods > 0 || desired > 0, podsTerminated: pods };
}

function assess(obj: KubeObject, snapshot?: ClusterSnapshot): DeleteAssessment {
  switch (obj.kind) {
    case 'ReplicaSet':
      return assessReplicaSet(obj, snapshot);
    case 'Deployment': {
      const index = snapshot && snapshotIndex(snapshot);
      const owned = snapshot?.replicaSets.filter((rs) => deploymentOf(rs, [obj]) !== undefined) ?? [];
      const pods = index ? owned.reduce((sum, rs) => sum + index.podsOf(rs).length, 0) : obj.status?.replicas ?? 0;
      return { impact: `${countOf(pods, 'pod')} will be terminated; ${countOf(owned.length, 'ReplicaSet')} deleted with it`, dangerous: true, podsTerminated: pods };
    }
    case 'Pod': {
      const owned = obj.metadata.ownerReferences?.some((ref) => ref.controller) ?? false;
      return {
        impact: owned ? '1 pod will be terminated (its controller replaces it)' : '1 pod will be terminated and not replaced',
        dangerous: !owned,
        podsTerminated: 1,
      };
    }
    case 'Service':
      return { impact: 'traffic to this service stops', dangerous: true, podsTerminated: 0 };
    default:
      throw new Error(`kilo-tui does not delete ${obj.kind} objects`);
  }
}

function titleFor(targets: KubeObject[]): string {
  const kinds = new Set(targets.map((t) => t.kind));
  if (kinds.size === 1) return `Delete ${countOf(targets.length, targets[0].kind)}`;
  return `Delete ${countOf(targets.length, 'object')}`;
}

/**
 * One delete per target. Pass the snapshot so the plan can tell current revisions and count the
 * pods that will stop; without it, only the objects' own replica counts are used.
 */
export function planDelete(targets: KubeObject[], ctx: PlanContext, snapshot?: ClusterSnapshot): Plan {
  let dangerousCount = 0;
  let podsTerminated = 0;
  const operations: DeleteOperation[] = targets.map((obj) => {
    const target = targetRefOf(obj, ctx);
    const assessment = assess(obj, snapshot);
    if (assessment.dangerous) dangerousCount++;
    podsTerminated += assessment.podsTerminated;
    return {
      action: 'delete',
      target,
      kubectlArgs: ['delete', KUBECTL_RESOURCE[target.kind], target.name, '-n', target.namespace],
      impact: assessment.impact,
      dangerous: assessment.dangerous || undefined,
    };
  });
  const warnings: string[] = [];
  const notes: string[] = [];
  if (dangerousCount > 0) warnings.push(`${countOf(dangerousCount, 'object')} still in use: needs a second confirmation`);
  if (podsTerminated > 0) warnings.push(`${countOf(podsTerminated, 'pod')} will be terminated`);
  else notes.push('no running pods are affected');
  return { action: 'delete', title: titleFor(targets), context: ctx.context, namespace: ctx.namespace, operations, warnings, notes };
}
