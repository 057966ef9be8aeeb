// What changing a workload's pod template does to its pods, per the way its controller rolls out:
// the set image and set resources plans warn with it. Each workload kind names its function in
// the registry (kinds.ts, `workload.rollout`); the functions read only the fields they need, so
// they say nothing about which kinds use them.

export interface TemplateRollout {
  /** How many pods the changed template replaces. */
  pods: number;
  /** Through a new ReplicaSet, one pod at a time from the highest ordinal, or node by node. */
  via: 'replicaSet' | 'ordinal' | 'node';
  /** Paused: nothing rolls out until it is resumed. */
  paused: boolean;
  /** updateStrategy OnDelete: a pod takes the new template only when it is deleted. */
  onDelete: boolean;
}

type UpdateStrategy = { type?: string };

/** A new ReplicaSet takes over from the old ones (spec.replicas pods, 1 when unset); a paused one waits. */
export const replicaSetRollout = (workload: { spec: { replicas?: number; paused?: boolean } }): TemplateRollout => ({
  pods: workload.spec.replicas ?? 1,
  via: 'replicaSet',
  paused: workload.spec.paused === true,
  onDelete: false,
});

/** Its pods are replaced in place, one at a time from the highest ordinal, unless it updates OnDelete. */
export const ordinalRollout = (workload: { spec: { replicas?: number; updateStrategy?: UpdateStrategy } }): TemplateRollout => ({
  pods: workload.spec.replicas ?? 1,
  via: 'ordinal',
  paused: false,
  onDelete: workload.spec.updateStrategy?.type === 'OnDelete',
});

/** One pod per node it is scheduled on, replaced node by node, unless it updates OnDelete. */
export const perNodeRollout = (workload: { spec: { updateStrategy?: UpdateStrategy }; status?: { desiredNumberScheduled?: number } }): TemplateRollout => ({
  pods: workload.status?.desiredNumberScheduled ?? 0,
  via: 'node',
  paused: false,
  onDelete: workload.spec.updateStrategy?.type === 'OnDelete',
});
