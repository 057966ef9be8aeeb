// The live audit: runAudit over the store's snapshot, recomputed only when the snapshot (objects
// or the 1 s tick), the context or the fetched root-cause lines change.
import { runAudit } from '../../domain/audit/runAudit.js';
import { rootCauseTargets, type RootCauseTarget } from '../../domain/audit/rootCauseTargets.js';
import type { AuditLogs, AuditOptions, AuditReport } from '../../domain/audit/types.js';
import type { ClusterSnapshot } from '../../domain/resources.js';
import { memoizeLast } from '../../store/memoizeLast.js';
import { selectSnapshot } from '../../store/selectors.js';
import type { ClusterState } from '../../store/types.js';

export const NO_LOGS: AuditLogs = { rootCauseLines: {} };

/** The TUI audits the context it is connected to, so plans never need --context. */
export function auditOptionsFor(context: string): AuditOptions {
  return { context, currentContext: context };
}

/** One per mounted view (useMemo): each keeps its own last result. */
export function makeAuditSelector(): (state: ClusterState, logs: AuditLogs) => AuditReport {
  // The options object stays the same while the context does, so the report is not derived again.
  const optionsOf = memoizeLast(auditOptionsFor);
  const derive = memoizeLast((snapshot: ClusterSnapshot, options: AuditOptions, logs: AuditLogs) => runAudit(snapshot, options, logs));
  return (state, logs) => derive(selectSnapshot(state), optionsOf(state.cluster.context), logs);
}

/** Which pods' logs the live audit wants; memoized on the snapshot like the report. */
export function makeRootCauseTargetsSelector(): (state: ClusterState) => RootCauseTarget[] {
  const optionsOf = memoizeLast(auditOptionsFor);
  const derive = memoizeLast((snapshot: ClusterSnapshot, options: AuditOptions) => rootCauseTargets(snapshot, options));
  return (state) => derive(selectSnapshot(state), optionsOf(state.cluster.context));
}
