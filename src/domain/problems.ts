// What the UI's "only problems" filter keeps: one definition, shared with the audit, so the
// filter and the report never disagree about what is wrong.
import { assertNever } from './assertNever.js';
import { podStatus } from './pods.js';
import { isStale } from './replicasets.js';
import type { ClusterSnapshot, Deployment, KubeObject, Pod, ReplicaSet, ResourceKind } from './resources.js';
import { rolloutStatus } from './rollout.js';

export function hasProblem(kind: ResourceKind, obj: KubeObject, snapshot: ClusterSnapshot): boolean {
  switch (kind) {
    case 'Deployment':
      return rolloutStatus(obj as Deployment, snapshot.replicaSets, snapshot.pods, snapshot.now).state === 'stuck';
    case 'ReplicaSet':
      return isStale(obj as ReplicaSet, snapshot.deployments);
    case 'Pod':
      return podStatus(obj as Pod, snapshot.now).problem;
    case 'Event':
      return obj.kind === 'Event' && obj.type === 'Warning';
    case 'Service':
    case 'Namespace':
      return false;
    default:
      return assertNever(kind);
  }
}
