// What `kubectl rollout undo --to-revision` sends (kubectl polymorphichelpers/rollback.go): a
// JSON patch replacing spec.template with the revision's template and metadata.annotations with
// the ReplicaSet's annotations, keeping the deployment's own values for the bookkeeping keys.
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../domain/resources.js';
import { POD_TEMPLATE_HASH_LABEL, REVISION_ANNOTATION } from '../domain/resources.js';

/** Annotations kubectl keeps from the deployment instead of copying from the ReplicaSet. */
export const ROLLBACK_SKIPPED_ANNOTATIONS: readonly string[] = [
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION_ANNOTATION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
];

export function rollbackAnnotations(deployment: Deployment, replicaSet: ReplicaSet): Record<string, string> {
  const skipped = new Set(ROLLBACK_SKIPPED_ANNOTATIONS);
  const result: Record<string, string> = {};
  const own = deployment.metadata.annotations ?? {};
  for (const key of ROLLBACK_SKIPPED_ANNOTATIONS) if (key in own) result[key] = own[key];
  for (const [key, value] of Object.entries(replicaSet.metadata.annotations ?? {})) if (!skipped.has(key)) result[key] = value;
  return result;
}

/**
 * kubectl's patch, led by the resourceVersion of the Deployment it was computed from: the update
 * then carries that version, so a change between our read and this write is refused (409) rather
 * than overwritten with a template and annotations computed from the older object.
 */
export function rollbackPatch(template: PodTemplateSpec, annotations: Record<string, string>, resourceVersion?: string): { op: 'replace'; path: string; value: unknown }[] {
  return [
    ...(resourceVersion ? [{ op: 'replace' as const, path: '/metadata/resourceVersion', value: resourceVersion }] : []),
    { op: 'replace', path: '/spec/template', value: template },
    { op: 'replace', path: '/metadata/annotations', value: annotations },
  ];
}

/** The template without the pod-template-hash label, as kubectl compares and restores it. */
export function withoutHashLabel(template: PodTemplateSpec): PodTemplateSpec {
  const labels = { ...(template.metadata?.labels ?? {}) };
  delete labels[POD_TEMPLATE_HASH_LABEL];
  return { ...template, metadata: { ...template.metadata, labels } };
}

/** kubectl's EqualIgnoreHash: same template once the hash label is dropped from both. */
export function templatesEqualIgnoringHash(a: PodTemplateSpec, b: PodTemplateSpec): boolean {
  return canonicalJson(withoutHashLabel(a)) === canonicalJson(withoutHashLabel(b));
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && x !== null).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The ReplicaSet owned by the deployment that carries `revision`, as kubectl's deploymentRevision finds it. */
export function replicaSetForRevision(deployment: Deployment, replicaSets: ReplicaSet[], revision: number): ReplicaSet | undefined {
  return replicaSets.find(
    (rs) =>
      rs.metadata.ownerReferences?.some((ref) => ref.controller && ref.uid === deployment.metadata.uid) &&
      rs.metadata.annotations?.[REVISION_ANNOTATION] === String(revision),
  );
}
