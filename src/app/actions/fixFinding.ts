// `x` on an audit finding: mark the objects its plan acts on (so they show marked in their panes),
// then open the finding's ready-made plan in the action flow, which confirms, runs and logs it as
// it does a key-driven action (and refuses it in read-only mode).
import type { Finding } from '../../domain/audit/types.js';
import type { MarksMutators } from '../../store/marksMutators.js';
import type { ActionFlowController } from './actionController.js';

export interface FixFindingDeps {
  /** Absent when the App runs without a cluster to act on. */
  controller: Pick<ActionFlowController, 'previewPlan'> | undefined;
  readonly: boolean;
  marks: Pick<MarksMutators, 'clearMarks' | 'markAll'>;
}

/** Returns the one-line reason when there is nothing to open, else undefined. */
export function fixFinding(finding: Finding | undefined, deps: FixFindingDeps): string | undefined {
  if (!finding) return undefined;
  if (!finding.plan) return `no automatic fix for ${finding.id}: see its advice (Enter)`;
  if (!deps.controller) return 'actions are not available here';
  if (!deps.readonly) {
    deps.marks.clearMarks();
    deps.marks.markAll(finding.plan.operations.map((op) => op.target.uid));
  }
  deps.controller.previewPlan(finding.plan);
  return undefined;
}
