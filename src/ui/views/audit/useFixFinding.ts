// `x` on a finding, bound to the App's action flow and store (the flow itself is app/actions/fixFinding).
import { fixFinding } from '../../../app/actions/fixFinding.js';
import type { Finding } from '../../../domain/audit/types.js';
import { useActionFlowContext } from '../../actions/ActionFlowContext.js';
import { useMutators } from '../../StoreContext.js';

export function useFixFinding(): (finding: Finding | undefined) => void {
  const flow = useActionFlowContext();
  const mutators = useMutators();
  return (finding) => {
    const refusal = fixFinding(finding, { controller: flow?.controller, readonly: flow?.readonly ?? false, marks: mutators });
    if (refusal) mutators.setFlash(refusal);
  };
}
