// Revision bookkeeping on a Deployment's ReplicaSets: building the new one, moving a reused one
// to the newest revision, and choosing which old ones revisionHistoryLimit removes.
import { revisionOf } from '../../domain/replicasets.js';
import {
  POD_TEMPLATE_HASH_LABEL,
  REVISION_ANNOTATION,
  type Deployment,
  type ReplicaSet,
} from '../../domain/resources.js';
import { desiredReplicas, replicasOf, resolveFenceposts } from './rollingMath.js';

export const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';
export const DEFAULT_REVISION_HISTORY_LIMIT = 10;

// Annotations the controller does not copy from the Deployment onto its ReplicaSets.
const NOT_COPIED = new Set(['kubectl.kubernetes.io/last-applied-configuration', REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, 'deployment.kubernetes.io/revision']);

export const maxRevision = (sets: ReplicaSet[]): number => sets.reduce((max, rs) => Math.max(max, revisionOf(rs)), 0);

/** The replica-count annotations a Deployment writes onto the ReplicaSets it scales. */
export function replicaAnnotations(d: Deployment): Record<string, string> {
  return {
    [DESIRED_REPLICAS_ANNOTATION]: String(desiredReplicas(d)),
    [MAX_REPLICAS_ANNOTATION]: String(desiredReplicas(d) + resolveFenceposts(d).maxSurge),
  };
}

export function buildNewReplicaSet(d: Deployment, name: string, hash: string, revision: number, replicas: number): ReplicaSet {
  const template = structuredClone(d.spec.template);
  const labels = { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
  const copied = Object.fromEntries(Object.entries(d.metadata.annotations ?? {}).filter(([key]) => !NOT_COPIED.has(key)));
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: d.metadata.namespace,
      uid: '',
      labels,
      annotations: { ...copied, ...replicaAnnotations(d), [REVISION_ANNOTATION]: String(revision) },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    spec: {
      replicas,
      minReadySeconds: d.spec.minReadySeconds ?? 0,
      selector: { ...d.spec.selector, matchLabels: { ...(d.spec.selector.matchLabels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash } },
      template: { ...template, metadata: { ...(template.metadata ?? {}), labels } },
    },
    status: { replicas: 0 },
  };
}

/**
 * Gives a reused ReplicaSet (rollout undo to its template) the newest revision, remembering its
 * former revision in revision-history; returns undefined when it already is the newest.
 */
export function promoteRevision(rs: ReplicaSet, newRevision: number): Record<string, string> | undefined {
  const current = revisionOf(rs);
  if (current >= newRevision) return undefined;
  const annotations: Record<string, string> = { ...(rs.metadata.annotations ?? {}), [REVISION_ANNOTATION]: String(newRevision) };
  if (current > 0) {
    const history = annotations[REVISION_HISTORY_ANNOTATION];
    annotations[REVISION_HISTORY_ANNOTATION] = history ? `${history},${current}` : String(current);
  }
  return annotations;
}

/** Old ReplicaSets beyond the history limit that may go: scaled to zero, lowest revision first. */
export function replicaSetsToPrune(d: Deployment, oldSets: ReplicaSet[]): ReplicaSet[] {
  const limit = d.spec.revisionHistoryLimit ?? DEFAULT_REVISION_HISTORY_LIMIT;
  const excess = oldSets.length - limit;
  if (excess <= 0) return [];
  return [...oldSets]
    .sort((a, b) => revisionOf(a) - revisionOf(b) || a.metadata.name.localeCompare(b.metadata.name))
    .slice(0, excess)
    .filter((rs) => replicasOf(rs) === 0 && (rs.status?.replicas ?? 0) === 0 &&
      (rs.status?.observedGeneration ?? rs.metadata.generation ?? 1) >= (rs.metadata.generation ?? 1));
}
