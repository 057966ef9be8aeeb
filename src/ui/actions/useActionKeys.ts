// The explorer's action keys (Ctrl-d u U r s h i): turn the key into an intent on the marked rows (or
// the cursor row) and hand it to the action flow. The flow's one-line outcomes (refusals, read-only,
// the summary of a finished run) are shown in the flash line.
import { useEffect, useRef } from 'react';
import type { ActionKind } from '../../domain/plans/plan.js';
import type { CommandId } from '../keymap.js';
import { handlersFor, useKeys } from '../useKeys.js';
import { flowMessage } from '../../app/actions/flowMessage.js';
import { useMutators, useStoreApi } from '../StoreContext.js';
import { useActionFlowContext } from './ActionFlowContext.js';
import { actionTargetUids } from '../../app/actions/actionTargets.js';
import { rolloutStartedBy } from '../../app/actions/rolloutStartedBy.js';

const ACTION_OF: Partial<Record<CommandId, { action: ActionKind; toPrevious?: boolean }>> = {
  delete: { action: 'delete' },
  undo: { action: 'rolloutUndo', toPrevious: true },
  undoPick: { action: 'rolloutUndo' },
  restart: { action: 'rolloutRestart' },
  scale: { action: 'scale' },
  historyLimit: { action: 'setRevisionHistoryLimit' },
  setImage: { action: 'setImage' },
};

/** The action a key asks for in a table, if it is an action key. */
export function actionForKey(command: CommandId | undefined): { action: ActionKind; toPrevious?: boolean } | undefined {
  return command === undefined ? undefined : ACTION_OF[command];
}

/** `screen`: the table screen that has the keys (no prompt open, no modal owning the keyboard), else undefined. */
export function useActionKeys(screen: 'overview' | 'list' | undefined): void {
  const flow = useActionFlowContext();
  const store = useStoreApi();
  const mutators = useMutators();
  const state = flow?.state;
  const previousPhase = useRef(state?.phase);

  // A run that rolls pods (set image, undo, restart, resume, a pod-template edit): follow its rollout (the view waits under the result).
  const followed = useRef<unknown>(undefined);
  useEffect(() => {
    const deployment = state ? rolloutStartedBy(state) : undefined;
    if (!state || state.phase !== 'done' || !deployment || followed.current === state.plan) return;
    followed.current = state.plan;
    const top = store.getState().stack.at(-1);
    if (top?.type === 'rollout' && top.uid === deployment) return;
    mutators.pushView({ type: 'rollout', uid: deployment });
  }, [state, store, mutators]);

  useEffect(() => {
    const opened = (previousPhase.current ?? 'idle') === 'idle' && state !== undefined && state.phase !== 'idle';
    previousPhase.current = state?.phase;
    // A prompt or modal opening clears the flash, as opening a view or the `:`/`/` prompt does:
    // an earlier "nothing to act on …" must not linger under the new prompt.
    if (opened) mutators.setFlash(undefined);
    const message = state && flowMessage(state);
    if (message) mutators.setFlash(message);
  }, [state, mutators]);

  useKeys(
    screen ?? 'list',
    handlersFor(Object.keys(ACTION_OF) as CommandId[], (command) => {
      const requested = actionForKey(command);
      if (!requested || !flow) return;
      flow.controller.request({ ...requested, uids: actionTargetUids(store.getState()) });
    }),
    { isActive: screen !== undefined && flow !== undefined },
  );
}
