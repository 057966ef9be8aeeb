// Rolling a Deployment back to an earlier revision. The plan carries that revision's pod template
// so the executor applies exactly what the preview showed, as kubectl rollout undo does.
import { POD_TEMPLATE_HASH_LABEL, type ClusterSnapshot, type Deployment, type PodTemplateSpec } from '../resources.js';
import { snapshotIndex } from '../snapshotIndex.js';
import type { Plan, RolloutUndoOperation } from './plan.js';
import { countOf, targetRefOf, type PlanContext } from './planContext.js';
import { previousRevision, undoHistory } from './undoHistory.js';

/** The template without the pod-template-hash label, which belongs to the ReplicaSet, not the Deployment. */
export function templateForDeployment(template: PodTemplateSpec): PodTemplateSpec {
  const copy = structuredClone(template);
  if (copy.metadata?.labels) {
    const { [POD_TEMPLATE_HASH_LABEL]: _hash, ...labels } = copy.metadata.labels;
    copy.metadata.labels = labels;
  }
  return copy;
}

export function planRolloutUndo(dep: Deployment, snapshot: ClusterSnapshot, ctx: PlanContext, toRevision?: number): Plan {
  const revision = toRevision ?? previousRevision(dep, snapshot);
  const name = dep.metadata.name;
  if (revision === undefined) throw new Error(`deployment ${name} has no earlier revision to roll back to`);
  const entry = undoHistory(dep, snapshot).find((e) => e.revision === revision);
  if (!entry) throw new Error(`deployment ${name} has no revision ${revision}`);
  const target = targetRefOf(dep, ctx);
  const operation: RolloutUndoOperation = {
    action: 'rolloutUndo',
    target,
    kubectlArgs: ['rollout', 'undo', `deployment/${name}`, '-n', target.namespace, `--to-revision=${revision}`],
    toRevision: revision,
    template: templateForDeployment(entry.replicaSet.spec.template),
    impact: `${name} returns to revision ${revision} (${entry.image}, ${entry.age} old)`,
  };
  const warnings = entry.current ? [] : replacedRevisionWarnings(dep, snapshot);
  const notes = entry.current ? [`revision ${revision} is already current: nothing changes`] : [];
  return {
    action: 'rolloutUndo',
    title: `Roll back ${name} to revision ${revision}`,
    context: ctx.context,
    namespace: ctx.namespace,
    operations: [operation],
    warnings,
    notes,
  };
}

/** What the rollback replaces: the current revision, and the pods of it that will be terminated. */
function replacedRevisionWarnings(dep: Deployment, snapshot: ClusterSnapshot): string[] {
  const current = undoHistory(dep, snapshot).find((e) => e.current);
  if (!current) return [];
  const pods = snapshotIndex(snapshot).podsOf(current.replicaSet).length;
  return [`current revision ${current.revision} (${current.image}) is replaced${pods ? `: ${countOf(pods, 'pod')} will be terminated` : ''}`];
}
