// One action flow per App, reachable from any view: the explorer's action keys, the audit view's
// "fix this finding" key and the overlay all talk to the same controller, so only one modal can be
// open and every run goes through the same confirmation, execution and action log.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { PlanContext } from '../../domain/plans/planContext.js';
import type { ActionFlowController, ActionFlowDeps } from '../../app/actions/actionController.js';
import type { FlowState } from '../../app/actions/actionFlow.js';
import { useActionFlow } from '../modal/useActionFlow.js';

export interface ActionFlowHandle {
  state: FlowState;
  /** request(intent) for key-driven actions; previewPlan(plan) for a ready-made plan (audit). */
  controller: ActionFlowController;
  /** Where plans run; the modal names the context when it is not kubeconfig's current one. */
  ctx: PlanContext;
  readonly: boolean;
}

const ActionFlowContext = createContext<ActionFlowHandle | undefined>(undefined);

/** `deps` should be stable (memoized); the controller reads the snapshot through it on demand. */
export function ActionFlowProvider({ deps, children }: { deps: ActionFlowDeps; children: ReactNode }) {
  const { state, controller } = useActionFlow(deps);
  const ctx = useMemo(() => deps.ctx(), [deps]);
  const value = useMemo(() => ({ state, controller, ctx, readonly: deps.readonly }), [state, controller, ctx, deps.readonly]);
  return <ActionFlowContext.Provider value={value}>{children}</ActionFlowContext.Provider>;
}

/** The flow, or undefined when the App runs without a cluster to act on (some tests). */
export function useActionFlowContext(): ActionFlowHandle | undefined {
  return useContext(ActionFlowContext);
}
