// `x` on a finding: mark the rows its plan acts on (so they show marked in their panes), then open
// the shared confirmation modal on the finding's ready-made plan.
import type { Finding } from '../../../domain/audit/types.js';
import { useActionFlowContext } from '../../actions/ActionFlowContext.js';
import { useMutators } from '../../StoreContext.js';

export function useFixFinding(): (finding: Finding | undefined) => void {
  const flow = useActionFlowContext();
  const mutators = useMutators();
  return (finding) => {
    if (!finding) return;
    if (!finding.plan) return mutators.setFlash(`no automatic fix for ${finding.id}: see its advice (Enter)`);
    if (!flow) return mutators.setFlash('actions are not available here');
    if (flow.readonly) return flow.controller.previewPlan(finding.plan);
    mutators.clearMarks();
    mutators.markAll(finding.plan.operations.map((op) => op.target.uid));
    flow.controller.previewPlan(finding.plan);
  };
}
