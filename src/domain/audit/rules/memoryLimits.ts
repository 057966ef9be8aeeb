// MEDIUM: containers killed for memory (last termination OOMKilled) or running at ≥ 90 % of their
// memory limit (the latest usage reading), each with the fix as a plan: `kubectl set resources` on
// the workload whose template made the pod, to the peak seen (or the limit a kill proves was
// reached) plus headroom. One finding per workload and container, so a Deployment's replicas
// killed alike are one fix. Without metrics the ≥ 90 % half cannot be judged: an INFO line says so.
import { MEMORY_PRESSURE_PERCENT, noWorkloadReason, percentOfLimit, type ContainerMemory } from '../../metrics/memoryPressure.js';
import { workloadOfPod, type Workload } from '../../workloads.js';
import { memoryExplanationLines, memoryFixPlan, pressuredContainers } from '../../metrics/oomExplanation.js';
import { formatMemoryLimit } from '../../metrics/quantity.js';
import type { ClusterSnapshot } from '../../resources.js';
import { byName, planContextFor } from '../auditContext.js';
import type { AuditRule, Finding } from '../types.js';

interface Group {
  key: string;
  workload?: Workload;
  container: string;
  memories: ContainerMemory[];
}

/** The pods whose last termination was an OOM kill: their restarts are explained by this rule. */
export function oomKilledPodUids(snapshot: ClusterSnapshot): Set<string> {
  return new Set(snapshot.pods.filter((pod) => pod.status?.containerStatuses?.some((s) => s.lastState?.terminated?.reason === 'OOMKilled')).map((pod) => pod.metadata.uid));
}

function groupsOf(snapshot: ClusterSnapshot): Group[] {
  const groups = new Map<string, Group>();
  for (const pod of [...snapshot.pods].sort(byName)) {
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') continue;
    const pressured = pressuredContainers(pod, snapshot);
    if (pressured.length === 0) continue;
    const workload = workloadOfPod(pod, snapshot);
    for (const memory of pressured) {
      const owner = workload ? `${workload.kind.toLowerCase()}/${workload.metadata.name}` : `pod/${pod.metadata.name}`;
      const key = `${owner}/${memory.container}`;
      const group = groups.get(key) ?? { key, workload, container: memory.container, memories: [] };
      group.memories.push(memory);
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

function titleOf(group: Group, worst: ContainerMemory): string {
  const where = `${group.workload?.metadata.name ?? worst.pod.metadata.name}/${group.container}`;
  const limit = worst.limitBytes !== undefined ? formatMemoryLimit(worst.limitBytes) : 'no';
  const restarts = group.memories.reduce((sum, m) => sum + m.restarts, 0);
  if (worst.oomKilled) return `${where} OOMKilled: ${limit} limit, ${restarts} restart${restarts === 1 ? '' : 's'}`;
  return `${where} at ${percentOfLimit(worst)} % of its ${limit} memory limit`;
}

function findingOf(group: Group, snapshot: ClusterSnapshot, ctx: ReturnType<typeof planContextFor>): Finding {
  // The OOM-killed first, then the fullest: the pod whose numbers the fix is sized on.
  const worst = [...group.memories].sort((a, b) => Number(b.oomKilled !== undefined) - Number(a.oomKilled !== undefined) || (b.peakBytes ?? 0) - (a.peakBytes ?? 0))[0];
  const plan = group.workload ? memoryFixPlan(worst, group.workload, ctx) : undefined;
  const evidence = group.memories.slice(0, 5).flatMap((memory) => [`Pod ${memory.pod.metadata.name}:`, ...memoryExplanationLines(memory, group.workload, ctx, snapshot.now, { command: false }).map((line) => `  ${line}`)]);
  if (group.memories.length > 5) evidence.push(`… and ${group.memories.length - 5} more pods`);
  const advice = [
    ...(group.workload ? [] : [noWorkloadReason(worst.pod)]),
    ...(worst.oomKilled ? ['If memory climbs steadily until each kill (a leak: see the sparkline in the pod\'s details), a higher limit only delays the next kill; fix the leak too.'] : []),
  ];
  return {
    id: `memory-limit/${group.key}`,
    severity: 'MEDIUM',
    title: titleOf(group, worst),
    subjectUids: [...(group.workload ? [group.workload.metadata.uid] : []), ...group.memories.map((m) => m.pod.metadata.uid)],
    evidence,
    ...(plan ? { plan } : {}),
    ...(advice.length ? { advice } : {}),
  };
}

export const memoryLimits: AuditRule = (snapshot, options) => {
  const ctx = planContextFor(snapshot, options);
  const findings = groupsOf(snapshot).map((group) => findingOf(group, snapshot, ctx));
  const status = snapshot.metrics?.status;
  if (status?.state === 'unavailable') {
    findings.push({
      id: 'memory-usage/not-checked',
      severity: 'INFO',
      title: `Memory use against limits (≥ ${MEMORY_PRESSURE_PERCENT} %) not checked: metrics unavailable (${status.reason})`,
      subjectUids: [],
      evidence: [`metrics.k8s.io could not be read (${status.reason}); OOM kills are still reported from the pods' status.`],
    });
  }
  return findings;
};
