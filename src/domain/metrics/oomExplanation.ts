// "Why was it killed, and what would stop it": a container under memory pressure (last terminated
// OOMKilled, or at ≥ 90 % of its limit now) explained in a few lines (the limit, the peak seen,
// the restarts, the fix), and the fix as a plan. The details pane, describe and the audit print
// the same lines; `L` and the audit's `x` open the same plan.
import { formatAge } from '../age.js';
import { planSetMemoryLimit } from '../plans/planSetMemoryLimit.js';
import type { Plan } from '../plans/plan.js';
import type { PlanContext } from '../plans/planContext.js';
import { toKubectlLine } from '../plans/toKubectl.js';
import type { ClusterSnapshot, KubeObject, Pod } from '../resources.js';
import { snapshotIndex } from '../snapshotIndex.js';
import { isWorkload, podsOfWorkload, workloadOfPod, type Workload } from '../workloads.js';
import {
  containerMemories,
  MEMORY_HEADROOM,
  MEMORY_LIMIT_STEP,
  noWorkloadReason,
  percentOfLimit,
  suggestedMemoryLimit,
  underMemoryPressure,
  type ContainerMemory,
} from './memoryPressure.js';
import { formatMemory, formatMemoryLimit } from './quantity.js';

/** How the suggested value was reached, in one phrase. */
function basisOf(memory: ContainerMemory): string {
  const headroom = `+ ${Math.round(MEMORY_HEADROOM * 100)} %, rounded up to ${formatMemoryLimit(MEMORY_LIMIT_STEP)}`;
  if (memory.oomKilled && memory.limitBytes !== undefined && (memory.peakBytes === undefined || memory.peakBytes <= memory.limitBytes)) {
    return `the limit, which the kill proves it reached, ${headroom}`;
  }
  return memory.peakBytes !== undefined ? `the peak seen ${headroom}` : `the limit ${headroom}`;
}

function peakText(memory: ContainerMemory, now: number): string {
  if (memory.peakBytes === undefined) return 'peak not observed yet';
  const share = memory.limitBytes ? ` (${Math.round((memory.peakBytes / memory.limitBytes) * 100)} % of the limit)` : '';
  if (memory.samples === 1) return `peak seen ${formatMemory(memory.peakBytes)}${share} in the one reading so far`;
  const over = memory.since !== undefined ? ` over the last ${formatAge(Math.max(0, now - memory.since))}` : '';
  return `peak seen ${formatMemory(memory.peakBytes)}${share} in ${memory.samples} samples${over}`;
}

/** The explanation's headline: what happened to the container. */
export function pressureHeadline(memory: ContainerMemory, now: number): string {
  if (memory.oomKilled) {
    const when = memory.oomKilled.at !== undefined ? `, ${formatAge(Math.max(0, now - memory.oomKilled.at))} ago` : '';
    return `${memory.container} was OOMKilled (exit code ${memory.oomKilled.exitCode}${when}): ${memory.restarts} restart${memory.restarts === 1 ? '' : 's'}, the last caused by the kill`;
  }
  return `${memory.container} uses ${percentOfLimit(memory)} % of its memory limit: ${memory.restarts} restart${memory.restarts === 1 ? '' : 's'} so far`;
}

/**
 * The lines explaining `memory`, the fix's kubectl line last (when a workload can take it).
 * `keyHint` names the key that previews it where there is one (the details pane); `command: false`
 * leaves the kubectl line out where the plan is printed right after (the audit).
 */
export function memoryExplanationLines(memory: ContainerMemory, workload: Workload | undefined, ctx: PlanContext, now: number, options: { keyHint?: string; command?: boolean } = {}): string[] {
  const { keyHint, command = true } = options;
  const limit = memory.limitBytes !== undefined ? `memory limit ${formatMemoryLimit(memory.limitBytes)}` : 'no memory limit';
  const latest = memory.latestBytes !== undefined ? ` · now ${formatMemory(memory.latestBytes)}` : '';
  const lines = [pressureHeadline(memory, now), `  ${limit} · ${peakText(memory, now)}${latest}`];
  const plan = workload ? memoryFixPlan(memory, workload, ctx) : undefined;
  if (plan) {
    lines.push(`  fix: raise the limit to ${suggestedText(memory)} (${basisOf(memory)})${keyHint ? `, ${keyHint}` : ''}`);
    if (command) lines.push(`  ${toKubectlLine(plan.operations[0], ctx)}`);
  } else {
    lines.push(`  fix: raise its limit in the template that made it (${noWorkloadReason(memory.pod)})`);
  }
  return lines;
}

function suggestedText(memory: ContainerMemory): string {
  const suggested = suggestedMemoryLimit(memory);
  return suggested === undefined ? '?' : formatMemoryLimit(suggested);
}

/** The plan raising the container's limit to the suggested value; undefined when there is nothing to base one on. */
export function memoryFixPlan(memory: ContainerMemory, workload: Workload, ctx: PlanContext, limitBytes = suggestedMemoryLimit(memory)): Plan | undefined {
  if (limitBytes === undefined) return undefined;
  if (!(workload.spec.template.spec?.containers ?? []).some((c) => c.name === memory.container)) return undefined;
  const notes = [
    `suggested ${formatMemoryLimit(suggestedMemoryLimit(memory) ?? limitBytes)}: ${basisOf(memory)}`,
    ...(memory.oomKilled ? ['a limit that only moves a leak further is still killed later: watch the memory sparkline after the rollout'] : []),
  ];
  return planSetMemoryLimit(workload, memory.container, limitBytes, { ...ctx, namespace: workload.metadata.namespace ?? ctx.namespace }, notes);
}

/** The pod's containers under memory pressure, the OOM-killed first. */
export function pressuredContainers(pod: Pod, snapshot: ClusterSnapshot): ContainerMemory[] {
  return containerMemories(pod, snapshot.metrics)
    .filter(underMemoryPressure)
    .sort((a, b) => Number(b.oomKilled !== undefined) - Number(a.oomKilled !== undefined) || (percentOfLimit(b) ?? 0) - (percentOfLimit(a) ?? 0));
}

export interface MemoryTarget {
  memory: ContainerMemory;
  workload?: Workload;
}

function podsOf(obj: KubeObject, snapshot: ClusterSnapshot): Pod[] {
  if (obj.kind === 'Pod') return [obj];
  if (isWorkload(obj)) return podsOfWorkload(snapshot, obj);
  if (obj.kind === 'ReplicaSet') return snapshotIndex(snapshot).podsOf(obj);
  return [];
}

/**
 * Which container `L` raises the limit of, among the objects it was pressed on (pods, or a
 * workload's pods): one under memory pressure (OOM-killed first, then the fullest), else the one
 * with the most memory seen that has a limit or a reading to base a value on.
 */
export function memoryTargetOf(objects: readonly KubeObject[], snapshot: ClusterSnapshot): MemoryTarget | undefined {
  const pods = objects.flatMap((obj) => podsOf(obj, snapshot));
  const pressured = pods.flatMap((pod) => pressuredContainers(pod, snapshot));
  const candidates = pressured.length
    ? pressured
    : pods.flatMap((pod) => containerMemories(pod, snapshot.metrics)).filter((m) => suggestedMemoryLimit(m) !== undefined).sort((a, b) => (b.peakBytes ?? 0) - (a.peakBytes ?? 0));
  const memory = candidates[0];
  return memory && { memory, workload: workloadOfPod(memory.pod, snapshot) };
}
