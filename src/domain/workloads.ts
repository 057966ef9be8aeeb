// The questions features ask about workloads, answered from the registry's `workload` capability
// (kinds.ts): which kinds are workloads, how a workload's pods are found (and a pod's workload),
// what changing its template does. Set image, the memory limit plan, usage columns and sorts,
// metrics polling and the audit ask here instead of listing kinds, so a kind that declares the
// capability joins all of them.
import { KIND_NAMES, KINDS, kindDefinition, objectsOfKind, type WorkloadCapability, type Workload, type WorkloadKind } from './kinds.js';
import type { TemplateRollout } from './plans/templateRollout.js';
import { controllerOf } from './replicasets.js';
import type { ClusterSnapshot, Deployment, KubeObject, Pod } from './resources.js';
import { snapshotIndex } from './snapshotIndex.js';
import type { WorkloadLookups } from './workloadIndex.js';

export type { Workload, WorkloadKind } from './kinds.js';

/** The workload kinds, in registry order. */
export const WORKLOAD_KINDS: readonly WorkloadKind[] = KIND_NAMES.filter((kind): kind is WorkloadKind => 'workload' in KINDS[kind]);

const WORKLOAD_KIND_SET: ReadonlySet<string> = new Set(WORKLOAD_KINDS);

export const isWorkloadKind = (kind: string | undefined): kind is WorkloadKind => kind !== undefined && WORKLOAD_KIND_SET.has(kind);

export const isWorkload = (obj: KubeObject): obj is Workload => WORKLOAD_KIND_SET.has(obj.kind);

const capabilityOf = (kind: WorkloadKind): WorkloadCapability<Workload> => kindDefinition(kind).workload as WorkloadCapability<Workload>;

/** The workload kinds as help and refusals name them: "A, B or C" (`last` before the last one, `joiner` between the others). */
export function workloadKindsText(last = ' or ', joiner = ', '): string {
  const kinds = [...WORKLOAD_KINDS];
  const tail = kinds.pop() ?? '';
  return kinds.length === 0 ? tail : `${kinds.join(joiner)}${last}${tail}`;
}

/** What changing the workload's pod template does to its pods. */
export const templateRolloutOf = (workload: Workload): TemplateRollout => capabilityOf(workload.kind).rollout(workload);

/**
 * Workload uid → its pods, for a workload kind: the explorer's lookups hold a grouping for each way
 * of finding them (by controller, through ReplicaSets).
 */
export function podGroupingOf(lookups: Pick<WorkloadLookups, 'podsByReplicaSet' | 'podsByDeployment'>, kind: WorkloadKind): ReadonlyMap<string, Pod[]> {
  return capabilityOf(kind).pods === 'throughReplicaSets' ? lookups.podsByDeployment : lookups.podsByReplicaSet;
}

/** The workload's pods in the snapshot. */
export function podsOfWorkload(snapshot: ClusterSnapshot, workload: Workload): Pod[] {
  const index = snapshotIndex(snapshot);
  // Only a Deployment owns ReplicaSets, and the index groups their pods by its uid.
  return capabilityOf(workload.kind).pods === 'throughReplicaSets' ? index.podsOfDeployment(workload as Deployment) : index.podsOf(workload);
}

/** The workload whose template made the pod, if it is in the snapshot. */
export function workloadOfPod(pod: Pod, snapshot: ClusterSnapshot): Workload | undefined {
  const owner = controllerOf(pod);
  if (!owner) return undefined;
  if (owner.kind === 'ReplicaSet') return snapshotIndex(snapshot).deploymentOfPod(pod);
  if (!isWorkloadKind(owner.kind)) return undefined;
  return (objectsOfKind(snapshot, owner.kind) as readonly Workload[]).find((workload) => workload.metadata.uid === owner.uid);
}
