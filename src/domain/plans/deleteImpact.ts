// What deleting an object means, per kind: the impact line the modal shows, whether it needs a
// second confirmation, and how many pods stop. The registry (domain/kinds.ts) names one of these
// for each kind; a kind that runs pods through its own controller reuses ownPodsStop.
import { currentOfOwned, deploymentOf } from '../replicasets.js';
import { snapshotIndex } from '../snapshotIndex.js';
import type { ClusterSnapshot, CustomResourceDefinition, Deployment, KubeEvent, KubeObject, Pod, ReplicaSet, ServedObject, Service } from '../resources.js';
import { countOf } from './planContext.js';

export interface DeleteAssessment {
  impact?: string;
  dangerous: boolean;
  podsTerminated: number;
  /** A second line for the modal's warnings, once per plan: what follows the delete, and what to do first. */
  warning?: string;
  /** Pods kilo-tui has not loaded (other namespaces) may stop too: the plan must not say none are affected. */
  podsBeyondView?: boolean;
}

/** Reads the snapshot when given; without it, only the object's own replica counts. */
export type DeleteImpact<T> = (obj: T, snapshot?: ClusterSnapshot) => DeleteAssessment;

export const replicaSetDeleteImpact: DeleteImpact<ReplicaSet> = (rs, snapshot) => {
  const index = snapshot && snapshotIndex(snapshot);
  const pods = index ? index.podsOf(rs).length : rs.status?.replicas ?? 0;
  const desired = rs.spec.replicas ?? 0;
  const dep = index?.deploymentOf(rs);
  const isCurrent = dep !== undefined && index !== undefined && currentOfOwned(dep, index.replicaSetsOf(dep))?.metadata.uid === rs.metadata.uid;
  const notes: string[] = [];
  if (isCurrent) notes.push(`current revision of deployment ${dep.metadata.name} (it will create a new ReplicaSet)`);
  if (pods > 0) notes.push(`${countOf(pods, 'pod')} will be terminated`);
  else if (desired > 0) notes.push(`wants ${countOf(desired, 'replica')}`);
  return { impact: notes.length ? notes.join('; ') : undefined, dangerous: isCurrent || pods > 0 || desired > 0, podsTerminated: pods };
};

/** An Event is a record, not a workload: deleting it changes nothing it describes. kubectl delete event works; k9s takes Ctrl-d off its Events view, kilo-tui keeps it behind the same preview as every kind. */
export const eventDeleteImpact: DeleteImpact<KubeEvent> = (event) => ({
  impact: `only the record goes: ${(event.involvedObject.kind ?? 'its object').toLowerCase()}/${event.involvedObject.name ?? '?'} is not changed (the apiserver drops events after its --event-ttl, 1 h by default)`,
  dangerous: false,
  podsTerminated: 0,
});

export const deploymentDeleteImpact: DeleteImpact<Deployment> = (dep, snapshot) => {
  const index = snapshot && snapshotIndex(snapshot);
  const owned = snapshot?.replicaSets.filter((rs) => deploymentOf(rs, [dep]) !== undefined) ?? [];
  const pods = index ? owned.reduce((sum, rs) => sum + index.podsOf(rs).length, 0) : dep.status?.replicas ?? 0;
  return { impact: `${countOf(pods, 'pod')} will be terminated; ${countOf(owned.length, 'ReplicaSet')} deleted with it`, dangerous: true, podsTerminated: pods };
};

export const podDeleteImpact: DeleteImpact<Pod> = (pod) => {
  const owned = pod.metadata.ownerReferences?.some((ref) => ref.controller) ?? false;
  return {
    impact: owned ? '1 pod will be terminated (its controller replaces it)' : '1 pod will be terminated and not replaced',
    dangerous: !owned,
    podsTerminated: 1,
  };
};

export const serviceDeleteImpact: DeleteImpact<Service> = () => ({ impact: 'traffic to this service stops', dangerous: true, podsTerminated: 0 });

/** A controller that owns its pods directly, not through ReplicaSets: they go with it. */
export const ownPodsStop: DeleteImpact<KubeObject & { spec: { replicas?: number }; status?: { replicas?: number } }> = (obj, snapshot) => {
  const pods = snapshot ? snapshotIndex(snapshot).podsOf(obj).length : obj.status?.replicas ?? 0;
  const kind = obj.kind.toLowerCase();
  return {
    impact: pods > 0 ? `${countOf(pods, 'pod')} will be terminated (deleted with the ${kind})` : `no pods run; the ${kind} and its history go`,
    dangerous: pods > 0 || (obj.spec.replicas ?? 1) > 0,
    podsTerminated: pods,
  };
};

/** A CRD takes every object of its kind with it, in every namespace. */
export const customResourceDefinitionDeleteImpact: DeleteImpact<CustomResourceDefinition> = (crd) => ({
  impact: `every ${crd.spec.names.plural}.${crd.spec.group} object in the cluster is deleted with it`,
  dangerous: true,
  podsTerminated: 0,
});

/** A kind kilo-tui knows only through discovery: what its controller does next is its own. */
export const servedObjectDeleteImpact: DeleteImpact<ServedObject> = (row) => ({
  impact: `${row.resource.kind}${row.resource.group ? ` (${row.resource.group})` : ''}: what follows is up to its controller, if it has one`,
  dangerous: false,
  podsTerminated: 0,
});
