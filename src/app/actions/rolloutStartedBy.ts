// Which Deployment's rollout an executed run started, if any: the rollout view opens on it once the
// run is done, so the user sees the new pods come up (or the guard) without another key.
import type { ActionKind } from '../../domain/plans/plan.js';
import type { FlowState } from './actionFlow.js';

const STARTS_A_ROLLOUT: ReadonlySet<ActionKind> = new Set(['setImage', 'rolloutUndo', 'rolloutRestart', 'rolloutResume', 'setResources']);

/** The uid of the first Deployment the finished (not dry) run changed, when its action rolls pods. */
export function rolloutStartedBy(state: FlowState): string | undefined {
  if (state.phase !== 'done' || state.mode !== 'execute' || !STARTS_A_ROLLOUT.has(state.plan.action)) return undefined;
  const changed = state.results.find((r) => r.outcome === 'changed' && r.operation.target.kind === 'Deployment' && !/^skipped rollback/.test(r.message ?? ''));
  return changed?.operation.target.uid;
}
