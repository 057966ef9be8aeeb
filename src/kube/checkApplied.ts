// After a write whose answer was lost (timeout, reset, cut-off body, a 5xx), one read tells
// whether the cluster shows the operation's effect, so the outcome is logged as what happened
// rather than as an error, and nothing is sent twice to find out.
import { assertNever } from '../domain/assertNever.js';
import type { Operation } from '../domain/plans/plan.js';
import type { Deployment, KubeObject, ReplicaSet } from '../domain/resources.js';
import { RESTARTED_AT_ANNOTATION } from '../domain/resources.js';
import { templatesEqualIgnoringHash } from './rolloutUndoPatch.js';
import { limitsHold } from '../domain/plans/planSetMemoryLimit.js';
import { KubeError } from './types.js';
import type { ClusterGateway } from './types.js';

export type AppliedCheck = { applied: true; how: string } | { applied: false; how: string };

export async function checkApplied(gateway: ClusterGateway, op: Operation, timeoutMs: number): Promise<AppliedCheck> {
  const { kind, name, uid, namespace } = op.target;
  let current: KubeObject;
  try {
    current = await gateway.get<KubeObject>(kind, name, { timeoutMs, namespace, ...(op.target.resource ? { resource: op.target.resource } : {}) });
  } catch (error) {
    if (op.action === 'delete' && error instanceof KubeError && error.status === 404) return { applied: true, how: 'a read shows it gone' };
    throw error;
  }
  if (op.action === 'delete') {
    if (current.metadata.uid !== uid) return { applied: true, how: 'a read shows it gone (a new object has the name)' };
    if (current.metadata.deletionTimestamp) return { applied: true, how: 'a read shows it being deleted' };
    return { applied: false, how: 'a read shows it still there' };
  }
  if (current.metadata.uid !== uid) return { applied: false, how: 'a read shows a different object under the name' };
  const spec = (current as Deployment | ReplicaSet).spec;
  const done = ((): boolean => {
    switch (op.action) {
      case 'scale':
        return spec?.replicas === op.replicas;
      case 'setRevisionHistoryLimit':
        return (spec as Deployment['spec'] | undefined)?.revisionHistoryLimit === op.limit;
      case 'rolloutRestart':
        return spec?.template?.metadata?.annotations?.[RESTARTED_AT_ANNOTATION] === op.restartedAt;
      case 'rolloutUndo':
        return spec?.template !== undefined && templatesEqualIgnoringHash(spec.template, op.template);
      case 'rolloutPause':
      case 'rolloutResume':
        return ((spec as Deployment['spec'] | undefined)?.paused ?? false) === (op.action === 'rolloutPause');
      case 'edit':
        return patchHolds(current, op.patch);
      case 'setImage':
        return op.changes.every((c) => spec?.template?.spec?.containers?.find((k) => k.name === c.container)?.image === c.image);
      case 'setResources':
        return limitsHold(current as Deployment, op);
      default:
        return assertNever(op);
    }
  })();
  return done ? { applied: true, how: 'a read shows it done' } : { applied: false, how: 'a read shows it not done' };
}

/** Whether `current` already reads as `patch` would make it (each patched leaf equal, each null absent). */
function patchHolds(current: unknown, patch: unknown): boolean {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return JSON.stringify(current) === JSON.stringify(patch);
  if (typeof current !== 'object' || current === null || Array.isArray(current)) return false;
  return Object.entries(patch).every(([key, value]) => (value === null ? !(key in current) : patchHolds((current as Record<string, unknown>)[key], value)));
}
