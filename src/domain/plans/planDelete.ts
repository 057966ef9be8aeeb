// Deleting objects. Deleting rollback history is routine; deleting anything that runs pods, or a
// Deployment's current ReplicaSet, is dangerous and says exactly what will stop.
import { isKindName, KINDS } from '../kinds.js';
import type { ClusterSnapshot, KindName, KubeObject, ObjectOfKind } from '../resources.js';
import type { DeleteAssessment } from './deleteImpact.js';
import type { DeleteOperation, Plan } from './plan.js';
import { countOf, kubectlObjectArgs, targetRefOf, type PlanContext } from './planContext.js';

/** What the registry says deleting `obj` means; kinds kilo-tui does not delete are refused. */
function assess(obj: KubeObject, snapshot?: ClusterSnapshot): DeleteAssessment {
  if (!isKindName(obj.kind)) throw new Error(`kilo-tui does not delete ${obj.kind} objects`);
  const deletion = KINDS[obj.kind as KindName].deletion;
  if ('refused' in deletion) throw new Error(`kilo-tui does not delete ${obj.kind} objects: ${deletion.refused}`);
  return (deletion.impact as (obj: ObjectOfKind[KindName], snapshot?: ClusterSnapshot) => DeleteAssessment)(obj as ObjectOfKind[KindName], snapshot);
}

function titleFor(targets: KubeObject[]): string {
  const kindOf = (t: KubeObject): string => (t.kind === 'ServedObject' ? t.resource.kind : t.kind);
  const kinds = new Set(targets.map(kindOf));
  if (kinds.size === 1) return `Delete ${countOf(targets.length, kindOf(targets[0]))}`;
  return `Delete ${countOf(targets.length, 'object')}`;
}

/**
 * One delete per target. Pass the snapshot so the plan can tell current revisions and count the
 * pods that will stop; without it, only the objects' own replica counts are used.
 */
export function planDelete(targets: KubeObject[], ctx: PlanContext, snapshot?: ClusterSnapshot): Plan {
  let dangerousCount = 0;
  let podsTerminated = 0;
  const kindWarnings = new Set<string>();
  let podsBeyondView = false;
  const operations: DeleteOperation[] = targets.map((obj) => {
    const target = targetRefOf(obj, ctx);
    const assessment = assess(obj, snapshot);
    if (assessment.dangerous) dangerousCount++;
    podsTerminated += assessment.podsTerminated;
    if (assessment.warning) kindWarnings.add(assessment.warning);
    podsBeyondView ||= assessment.podsBeyondView === true;
    return {
      action: 'delete',
      target,
      // kubectl's qualified name (deployment.apps/x) stays unambiguous once CRDs reuse kind names.
      kubectlArgs: ['delete', ...kubectlObjectArgs(target)],
      impact: assessment.impact,
      dangerous: assessment.dangerous || undefined,
    };
  });
  const warnings: string[] = [];
  const notes: string[] = [];
  if (dangerousCount > 0) warnings.push(`${countOf(dangerousCount, 'object')} still in use: needs a second confirmation`);
  if (podsTerminated > 0) warnings.push(`${countOf(podsTerminated, 'pod')} will be terminated${podsBeyondView ? ', and any in namespaces not loaded here' : ''}`);
  else if (podsBeyondView) warnings.push('pods in namespaces not loaded here may be terminated');
  else notes.push('no running pods are affected');
  warnings.push(...kindWarnings);
  return { action: 'delete', title: titleFor(targets), context: ctx.context, namespace: ctx.namespace, operations, warnings, notes };
}
