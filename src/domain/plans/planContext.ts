// Where a plan will run: the kubeconfig context in use, the kubeconfig's current-context (so
// commands name --context only when it differs), and the namespace.
import { isKindName, KINDS, kubectlNameOf } from '../kinds.js';
import type { KubeObject } from '../resources.js';
import { kubectlTypeOf } from '../servedResources.js';
import type { TargetRef } from './plan.js';

export interface PlanContext {
  context: string;
  currentContext: string;
  namespace: string;
}

/** The plan's reference to an object, as it was when the plan was built. */
export function targetRefOf(obj: KubeObject, ctx: PlanContext): TargetRef {
  if (!isKindName(obj.kind) || 'refused' in KINDS[obj.kind].deletion) throw new Error(`kilo-tui does not act on ${obj.kind} objects`);
  return {
    kind: obj.kind,
    namespace: obj.metadata.namespace ?? ctx.namespace,
    name: obj.metadata.name,
    uid: obj.metadata.uid,
    resourceVersion: obj.metadata.resourceVersion ?? '',
    ...(obj.kind === 'ServedObject' ? { resource: obj.resource } : {}),
  };
}

/** kubectl's `<type>/<name>` and its namespace flag: `ingressroute.traefik.io/x -n ns`, `customresourcedefinition.apiextensions.k8s.io/x`. */
export function kubectlObjectArgs(target: TargetRef): string[] {
  const type = target.resource ? kubectlTypeOf(target.resource) : kubectlNameOf(target.kind);
  const namespaced = target.resource ? target.resource.namespaced : KINDS[target.kind].namespaced;
  return [`${type}/${target.name}`, ...(namespaced ? ['-n', target.namespace] : [])];
}

/** "1 ReplicaSet", "63 ReplicaSets", "2 pods" */
export function countOf(count: number, singular: string): string {
  return `${count} ${singular}${count === 1 ? '' : 's'}`;
}
