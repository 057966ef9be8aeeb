// `kubectl rollout pause` / `resume`: the Deployment controller stops (or restarts) rolling the
// template while paused. Pausing is idempotent and a rollout moves the Deployment's resourceVersion
// every second, so the precondition is the object's identity (its uid rides in the patch: a
// Deployment deleted and recreated under the name refuses it) rather than its resourceVersion.
import type { Deployment } from '../resources.js';
import type { Plan, RolloutPauseOperation } from './plan.js';
import { countOf, targetRefOf, type PlanContext } from './planContext.js';

export function pausePatch(paused: boolean, uid?: string): Record<string, unknown> {
  return { ...(uid ? { metadata: { uid } } : {}), spec: { paused } };
}

export function planRolloutPause(deps: Deployment[], paused: boolean, ctx: PlanContext): Plan {
  const verb = paused ? 'pause' : 'resume';
  const operations: RolloutPauseOperation[] = deps.map((dep) => {
    const target = targetRefOf(dep, ctx);
    const already = (dep.spec.paused ?? false) === paused;
    return {
      action: paused ? 'rolloutPause' : 'rolloutResume',
      target,
      kubectlArgs: ['rollout', verb, `deployment/${target.name}`, '-n', target.namespace],
      impact: already ? `already ${paused ? 'paused' : 'running'}: nothing changes` : paused ? 'the rollout stops where it is; running pods stay' : 'the rollout continues from where it stopped',
    };
  });
  return {
    action: paused ? 'rolloutPause' : 'rolloutResume',
    title: `${paused ? 'Pause' : 'Resume'} the rollout of ${deps.length === 1 ? `deployment ${deps[0].metadata.name}` : countOf(deps.length, 'Deployment')}`,
    context: ctx.context,
    namespace: ctx.namespace,
    operations,
    warnings: paused ? ['while paused, template changes (set image, edit, undo) do not roll out; rollout undo is refused'] : [],
  };
}
