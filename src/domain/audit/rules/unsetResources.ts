// LOW: running containers that set no resource requests or no limits. Without requests the
// scheduler reserves nothing for them (with neither they are BestEffort, the first evicted when the
// node runs short of memory); without a limit one leak can take the whole node. Listed per
// workload (the template that made the pods), once, however many replicas it runs.
import { controllerOf } from '../../replicasets.js';
import { workloadOfPod } from '../../workloads.js';
import type { Container, Pod } from '../../resources.js';
import { byName } from '../auditContext.js';
import type { AuditRule } from '../types.js';

const isSet = (container: Container, list: 'requests' | 'limits'): boolean => {
  const entries = container.resources?.[list];
  return typeof entries === 'object' && entries !== null && Object.keys(entries).length > 0;
};

/** What the container leaves unset, in words; empty when it sets both. */
export function unsetResources(container: Container): string[] {
  return [...(isSet(container, 'requests') ? [] : ['no requests']), ...(isSet(container, 'limits') ? [] : ['no limits'])];
}

const running = (pod: Pod): boolean => pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';

export const unsetResourcesRule: AuditRule = (snapshot) => {
  const lines = new Map<string, { line: string; uid: string }>();
  for (const pod of [...snapshot.pods].sort(byName)) {
    if (!running(pod)) continue;
    const missing = pod.spec.containers.map((c) => ({ name: c.name, unset: unsetResources(c) })).filter((c) => c.unset.length > 0);
    if (missing.length === 0) continue;
    const workload = workloadOfPod(pod, snapshot);
    const owner = controllerOf(pod);
    const where = workload ? `${workload.kind.toLowerCase()}/${workload.metadata.name}` : owner ? `${owner.kind.toLowerCase()}/${owner.name}` : `pod/${pod.metadata.name}`;
    if (lines.has(where)) continue;
    const bestEffort = missing.length === pod.spec.containers.length && missing.every((c) => c.unset.length === 2);
    lines.set(where, { line: `  ${where}: ${missing.map((c) => `${c.name} (${c.unset.join(', ')})`).join(', ')}${bestEffort ? ' · BestEffort' : ''}`, uid: workload?.metadata.uid ?? pod.metadata.uid });
  }
  if (lines.size === 0) return [];
  const entries = [...lines.entries()].sort(([a], [b]) => a.localeCompare(b));
  return [
    {
      id: 'unset-resources',
      severity: 'LOW',
      title: `${entries.length} workload${entries.length === 1 ? '' : 's'} run${entries.length === 1 ? 's' : ''} containers without resource requests or limits`,
      subjectUids: entries.map(([, entry]) => entry.uid),
      evidence: ['Containers without requests or limits:', ...entries.map(([, entry]) => entry.line)],
      advice: [
        'Set requests near the usage seen (kubectl top pods, or the CPU/MEM columns) so the scheduler reserves it, and a memory limit above the peak so one leak cannot take the node: kubectl set resources deployment/<d> -c <c> --requests=cpu=<x>,memory=<y> --limits=memory=<z>.',
        'BestEffort pods (no requests and no limits in any container) are the first evicted when the node runs short of memory.',
      ],
    },
  ];
};
