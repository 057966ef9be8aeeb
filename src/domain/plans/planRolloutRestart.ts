// Restarting Deployments the way kubectl does: stamping the restartedAt template annotation,
// which rolls every pod through a new ReplicaSet.
import type { Deployment } from '../resources.js';
import { RESTARTED_AT_ANNOTATION } from '../resources.js';
import type { Plan, RolloutRestartOperation } from './plan.js';
import { countOf, targetRefOf, type PlanContext } from './planContext.js';

/**
 * The strategic merge patch `kubectl rollout restart` sends, with the Deployment's uid as the
 * precondition. Not its resourceVersion: while a rollout runs, every status update moves it, so
 * a restart of 14 marked Deployments would fail on the busy ones for no reason; the restart's
 * intent (new pods from the current template) holds whatever else changed. A Deployment deleted
 * and recreated under the name is another object: the server refuses the uid (422).
 */
export function restartPatch(restartedAt: string, uid: string): Record<string, unknown> {
  return { ...(uid ? { metadata: { uid } } : {}), spec: { template: { metadata: { annotations: { [RESTARTED_AT_ANNOTATION]: restartedAt } } } } };
}

/** RFC 3339 without fractional seconds, as kubectl writes it. */
export function restartTimestamp(now: number): string {
  return new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function planRolloutRestart(deps: Deployment[], ctx: PlanContext, now: number): Plan {
  const restartedAt = restartTimestamp(now);
  let pods = 0;
  const operations: RolloutRestartOperation[] = deps.map((dep) => {
    const target = targetRefOf(dep, ctx);
    const replicas = dep.spec.replicas ?? 1;
    pods += replicas;
    return {
      action: 'rolloutRestart',
      target,
      kubectlArgs: ['rollout', 'restart', `deployment/${target.name}`, '-n', target.namespace],
      restartedAt,
      impact: `${countOf(replicas, 'pod')} replaced by a rolling update`,
    };
  });
  return {
    action: 'rolloutRestart',
    title: `Restart ${countOf(deps.length, 'Deployment')}`,
    context: ctx.context,
    namespace: ctx.namespace,
    operations,
    // Deployments scaled to 0 have no pods to replace: that is information, not a warning.
    warnings: pods > 0 ? [`${countOf(pods, 'pod')} will be replaced`] : [],
    notes: pods > 0 ? [] : ['no pods are running: none will be replaced'],
  };
}
