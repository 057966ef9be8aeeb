// An edit's patch is checked by a dry run on save, but the object can still change between the
// preview and `y`: the executor's precondition then refuses it (409), or the server rejects it.
// kubectl edit reopens the editor on any failed save; this watches the flow for the edit's own
// run and says when it was refused, so the caller can reopen the editor with the reason.
import type { OperationOutcome, Plan } from '../../domain/plans/plan.js';
import type { ActionFlowController } from '../actions/actionController.js';

/** Outcomes where the server answered and nothing was applied; an unknown outcome may have been. */
const REFUSED: ReadonlySet<OperationOutcome> = new Set(['changed since preview: skipped', 'error', 'forbidden']);

/**
 * Calls `onRefused` once if the executed run of `plan` ends refused, after closing the result (it
 * is in the action log); stops watching when the flow moves on to anything else (Esc, another
 * plan, a run that applied). Returns the unsubscribe.
 */
export function onEditRefused(controller: ActionFlowController, plan: Plan, onRefused: (reason: string) => void): () => void {
  const check = (): void => {
    const state = controller.getState();
    const ours = state.phase !== 'idle' && state.phase !== 'prompting' && state.plan === plan;
    if (!ours) return unsubscribe();
    if (state.phase !== 'done' || state.mode !== 'execute') return;
    unsubscribe();
    const refused = state.results.find((result) => REFUSED.has(result.outcome));
    if (!refused) return;
    controller.close();
    onRefused((refused.message ?? refused.outcome).split('\n')[0]);
  };
  const unsubscribe = controller.subscribe(check);
  check();
  return unsubscribe;
}
