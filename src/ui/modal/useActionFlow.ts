// The action flow for a React tree: one controller per mount, re-rendering on each change.
import { useRef, useSyncExternalStore } from 'react';
import type { FlowState } from '../../app/actions/actionFlow.js';
import { ActionFlowController, type ActionFlowDeps } from '../../app/actions/actionController.js';

export interface ActionFlow {
  state: FlowState;
  controller: ActionFlowController;
}

export function useActionFlow(deps: ActionFlowDeps): ActionFlow {
  const ref = useRef<ActionFlowController | null>(null);
  if (ref.current === null) ref.current = new ActionFlowController(deps);
  const controller = ref.current;
  // Dependencies (the snapshot getter above all) change every render; the controller must read the latest.
  controller.setDeps(deps);
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  return { state, controller };
}
