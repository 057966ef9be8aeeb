// `e`: what the user changed in the editor, as one JSON merge patch previewed as
// `kubectl patch <kind> <name> --type=merge -p '<patch>'`. The executor sends the same patch with
// the resourceVersion the edit started from, so a change made meanwhile is refused (409), not overwritten.
import type { Json } from '../edit/mergePatch.js';
import { KINDS } from '../kinds.js';
import type { KubeObject } from '../resources.js';
import type { EditOperation, Plan } from './plan.js';
import { targetRefOf, type PlanContext } from './planContext.js';

/** The patch as sent: the user's changes plus the resourceVersion precondition. */
export function editPatchWithPrecondition(patch: Json, resourceVersion: string): Json {
  const body = (typeof patch === 'object' && patch !== null && !Array.isArray(patch) ? patch : {}) as Record<string, Json>;
  const metadata = (typeof body.metadata === 'object' && body.metadata !== null && !Array.isArray(body.metadata) ? body.metadata : {}) as Record<string, Json>;
  return resourceVersion ? { ...body, metadata: { ...metadata, resourceVersion } } : body;
}

/** `refusedBefore`: the server's answer to this edit's previous `y`, when it was refused. */
export function planEdit(obj: KubeObject, patch: Json, changes: string[], ctx: PlanContext, bufferPath: string, refusedBefore?: string): Plan {
  const target = targetRefOf(obj, ctx);
  const singular = KINDS[target.kind].singular;
  const operation: EditOperation = {
    action: 'edit',
    target,
    kubectlArgs: ['patch', singular, target.name, '-n', target.namespace, '--type=merge', '-p', JSON.stringify(patch)],
    patch,
    impact: changes.join('; '),
  };
  const template = typeof patch === 'object' && patch !== null && !Array.isArray(patch) && typeof (patch as Record<string, Json>).spec === 'object' && (patch as { spec: Record<string, Json> }).spec?.template !== undefined;
  return {
    action: 'edit',
    title: `Edit ${singular} ${target.name}`,
    context: ctx.context,
    namespace: ctx.namespace,
    operations: [operation],
    warnings: [...(refusedBefore ? [`the last y was refused (${refusedBefore}): this applies your changes to the object as it is now`] : []), ...(template ? ['the pod template changes: a rollout starts'] : [])],
    notes: [...changes.map((c) => `changed: ${c}`), `your edit is saved in ${bufferPath}`],
  };
}
