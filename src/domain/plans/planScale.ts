// Scaling Deployments or ReplicaSets. Scaling to zero stops a service, so it is dangerous; scaling
// a ReplicaSet its Deployment controls is pointless, since the Deployment puts it back.
import { controllerOf } from '../replicasets.js';
import type { Deployment, ReplicaSet } from '../resources.js';
import type { Plan, ScaleOperation } from './plan.js';
import { KINDS } from '../kinds.js';
import { countOf, targetRefOf, type PlanContext } from './planContext.js';

export function planScale(targets: (Deployment | ReplicaSet)[], replicas: number, ctx: PlanContext): Plan {
  if (!Number.isInteger(replicas) || replicas < 0) throw new Error(`replicas must be a whole number ≥ 0, got ${replicas}`);
  const warnings: string[] = [];
  const operations: ScaleOperation[] = targets.map((obj) => {
    const target = targetRefOf(obj, ctx);
    const from = obj.spec.replicas ?? 1;
    const managed = obj.kind === 'ReplicaSet' && controllerOf(obj)?.kind === 'Deployment';
    if (managed) warnings.push(`${target.name} is managed by deployment ${controllerOf(obj)?.name}, which will undo this scale`);
    return {
      action: 'scale',
      target,
      kubectlArgs: ['scale', `${KINDS[target.kind].singular}/${target.name}`, '-n', target.namespace, `--current-replicas=${from}`, `--replicas=${replicas}`],
      replicas,
      currentReplicas: from,
      impact: replicas === 0 ? `all ${countOf(from, 'pod')} will be terminated` : `${from} → ${replicas} replicas`,
      dangerous: replicas === 0 && from > 0 ? true : undefined,
    };
  });
  if (replicas === 0) warnings.unshift('scaling to 0 stops every pod of these workloads');
  const noun = targets.every((t) => t.kind === targets[0]?.kind) && targets.length > 0 ? targets[0].kind : 'workload';
  return {
    action: 'scale',
    title: `Scale ${countOf(targets.length, noun)} to ${replicas}`,
    context: ctx.context,
    namespace: ctx.namespace,
    operations,
    warnings,
  };
}
