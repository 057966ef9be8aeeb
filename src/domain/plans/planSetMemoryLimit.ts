// Raising a container's memory limit the way `kubectl set resources <kind>/<name> -c <container>
// --limits=memory=<x>` does: one strategic merge patch of that container's resources.limits in the
// workload's pod template (the other limits and the requests stay), which replaces its pods.
import { formatMemoryLimit, memoryBytes } from '../metrics/quantity.js';
import { containerResource } from '../metrics/podResources.js';
import { kindDefinition } from '../kinds.js';
import { templateRolloutOf, type Workload } from '../workloads.js';
import type { Plan, SetResourcesOperation } from './plan.js';
import { countOf, targetRefOf, type PlanContext } from './planContext.js';

/** What `kubectl set resources` sends (captured with -v=9), with the preview's resourceVersion as a precondition when given. */
export function setResourcesPatch(op: Pick<SetResourcesOperation, 'container' | 'limits' | 'containerOrder'>, resourceVersion?: string): Record<string, unknown> {
  return {
    ...(resourceVersion ? { metadata: { resourceVersion } } : {}),
    spec: {
      template: {
        spec: {
          '$setElementOrder/containers': op.containerOrder.map((name) => ({ name })),
          containers: [{ name: op.container, resources: { limits: op.limits } }],
        },
      },
    },
  };
}

/** Whether `limits` are what the container's template says now (the check after a lost answer). */
export function limitsHold(workload: { spec?: { template?: { spec?: { containers?: { name: string; resources?: Record<string, unknown> }[] } } } }, op: Pick<SetResourcesOperation, 'container' | 'limits'>): boolean {
  const container = workload.spec?.template?.spec?.containers?.find((c) => c.name === op.container);
  const limits = container?.resources?.limits;
  if (typeof limits !== 'object' || limits === null) return false;
  return Object.entries(op.limits).every(([resource, value]) => memoryBytes((limits as Record<string, unknown>)[resource]) === memoryBytes(value));
}

function rolloutWarning(workload: Workload): string {
  const rollout = templateRolloutOf(workload);
  if (rollout.onDelete) return 'updateStrategy OnDelete: each pod gets the new limit only when it is deleted';
  switch (rollout.via) {
    case 'replicaSet':
      return `a rollout starts${rollout.paused ? ' (paused: not until it is resumed)' : ''}: ${countOf(rollout.pods, 'pod')} replaced through a new ReplicaSet`;
    case 'ordinal':
      return `its ${countOf(rollout.pods, 'pod')} are replaced one at a time, highest ordinal first`;
    case 'node':
      return 'its pods are replaced node by node';
  }
}

/** Sets `container`'s memory limit in `workload`'s template to `limitBytes` (a whole number of Mi). */
export function planSetMemoryLimit(workload: Workload, container: string, limitBytes: number, ctx: PlanContext, notes: string[] = []): Plan {
  const containers = workload.spec.template.spec?.containers ?? [];
  const spec = containers.find((c) => c.name === container);
  const resource = kindDefinition(workload.kind).singular;
  if (!spec) throw new Error(`${resource} ${workload.metadata.name} has no container ${container}`);
  if (!Number.isFinite(limitBytes) || limitBytes < 2 ** 20) throw new Error(`a memory limit must be at least 1Mi, got ${limitBytes} bytes`);
  const limit = formatMemoryLimit(limitBytes);
  const target = targetRefOf(workload, ctx);
  const current = containerResource(spec, 'limits', 'memory');
  const request = containerResource(spec, 'requests', 'memory');
  const warnings = [rolloutWarning(workload)];
  if (current !== undefined && limitBytes < current) warnings.push(`this lowers the limit from ${formatMemoryLimit(current)}: the container is killed sooner`);
  if (request !== undefined && limitBytes < request) warnings.push(`the limit would be below the memory request (${formatMemoryLimit(request)}): the API server refuses it`);
  const operation: SetResourcesOperation = {
    action: 'setResources',
    target,
    container,
    limits: { memory: limit },
    containerOrder: containers.map((c) => c.name),
    kubectlArgs: ['set', 'resources', `${resource}/${target.name}`, '-c', container, `--limits=memory=${limit}`, '-n', target.namespace],
    impact: `${container}: memory limit ${current !== undefined ? formatMemoryLimit(current) : 'none'} → ${limit}`,
  };
  return {
    action: 'setResources',
    title: `Memory limit of ${target.name}/${container} → ${limit}`,
    context: ctx.context,
    namespace: ctx.namespace,
    operations: [operation],
    warnings,
    notes,
  };
}
