// Where a plan will run: the kubeconfig context in use, the kubeconfig's current-context (so
// commands name --context only when it differs), and the namespace.
import { isKindName, KINDS } from '../kinds.js';
import type { KubeObject } from '../resources.js';
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
  };
}

/** "1 ReplicaSet", "63 ReplicaSets", "2 pods" */
export function countOf(count: number, singular: string): string {
  return `${count} ${singular}${count === 1 ? '' : 's'}`;
}
