// Raising a container's memory limit the way `kubectl set resources <kind>/<name> -c <container>
// --limits=memory=<x>` does: one strategic merge patch of that container's resources.limits in the
// workload's pod template (the other limits and the requests stay), which replaces its pods.
import { formatMemoryLimit, memoryBytes } from '../metrics/quantity.js';
import type { PodWorkload } from '../metrics/memoryPressure.js';
import { containerResource } from '../metrics/podResources.js';
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

function rolloutWarning(workload: PodWorkload): string {
  switch (workload.kind) {
    case 'Deployment': {
      const replicas = workload.spec.replicas ?? 1;
      const paused = workload.spec.paused ? ' (paused: not until it is resumed)' : '';
      return `a rollout starts${paused}: ${countOf(replicas, 'pod')} replaced through a new ReplicaSet`;
    }
    case 'StatefulSet':
      return workload.spec.updateStrategy?.type === 'OnDelete'
        ? 'updateStrategy OnDelete: each pod gets the new limit only when it is deleted'
        : `its ${countOf(workload.spec.replicas ?? 1, 'pod')} are replaced one at a time, highest ordinal first`;
    case 'DaemonSet':
      return workload.spec.updateStrategy?.type === 'OnDelete' ? 'updateStrategy OnDelete: each pod gets the new limit only when it is deleted' : 'its pods are replaced node by node';
  }
}

/** Sets `container`'s memory limit in `workload`'s template to `limitBytes` (a whole number of Mi). */
export function planSetMemoryLimit(workload: PodWorkload, container: string, limitBytes: number, ctx: PlanContext, notes: string[] = []): Plan {
  const containers = workload.spec.template.spec?.containers ?? [];
  const spec = containers.find((c) => c.name === container);
  if (!spec) throw new Error(`${workload.kind.toLowerCase()} ${workload.metadata.name} has no container ${container}`);
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
    kubectlArgs: ['set', 'resources', `${workload.kind.toLowerCase()}/${target.name}`, '-c', container, `--limits=memory=${limit}`, '-n', target.namespace],
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
