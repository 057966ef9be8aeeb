// Capping how many old ReplicaSets each Deployment keeps, so stale history stops piling up.
import type { Deployment } from '../resources.js';
import type { Plan, SetRevisionHistoryLimitOperation } from './plan.js';
import { countOf, targetRefOf, type PlanContext } from './planContext.js';

/** Kubernetes keeps 10 old ReplicaSets when revisionHistoryLimit is unset. */
export const DEFAULT_REVISION_HISTORY_LIMIT = 10;

/**
 * The merge patch of the kubectl line, with the Deployment's uid as the precondition. The limit
 * is absolute (the same value whatever it was) and the audit's fix sets it on Deployments that
 * may be mid-rollout, whose resourceVersion moves with every status update: only a different
 * object under the name (deleted and recreated) must refuse it.
 */
export function historyLimitPatch(limit: number, uid: string): Record<string, unknown> {
  return { ...(uid ? { metadata: { uid } } : {}), spec: { revisionHistoryLimit: limit } };
}

export function planSetRevisionHistoryLimit(deps: Deployment[], limit: number, ctx: PlanContext): Plan {
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`revisionHistoryLimit must be a whole number ≥ 0, got ${limit}`);
  const patch = JSON.stringify({ spec: { revisionHistoryLimit: limit } });
  const operations: SetRevisionHistoryLimitOperation[] = deps.map((dep) => {
    const target = targetRefOf(dep, ctx);
    const from = dep.spec.revisionHistoryLimit ?? DEFAULT_REVISION_HISTORY_LIMIT;
    return {
      action: 'setRevisionHistoryLimit',
      target,
      kubectlArgs: ['patch', 'deployment', target.name, '-n', target.namespace, '--type=merge', '-p', patch],
      limit,
      impact: `keeps ${limit} old ReplicaSets instead of ${from}`,
    };
  });
  const warnings = limit === 0 ? ['a limit of 0 removes every rollback target'] : [];
  return {
    action: 'setRevisionHistoryLimit',
    title: `Set revisionHistoryLimit to ${limit} on ${countOf(deps.length, 'Deployment')}`,
    context: ctx.context,
    namespace: ctx.namespace,
    operations,
    warnings,
  };
}
