// Which Deployment's rollout an executed run started, if any (set image, undo, restart, resume, or
// an edit of the pod template): the rollout view opens on it once the run is done, so the user sees
// the new pods come up (or the guard) without another key.
import type { ActionKind, Operation } from '../../domain/plans/plan.js';
import type { FlowState } from './actionFlow.js';

const STARTS_A_ROLLOUT: ReadonlySet<ActionKind> = new Set(['setImage', 'rolloutUndo', 'rolloutRestart', 'rolloutResume']);

/** An edit rolls pods when it changes the pod template (a replicas or history-limit edit does not). */
const rollsPods = (operation: Operation): boolean => {
  if (operation.action !== 'edit') return STARTS_A_ROLLOUT.has(operation.action);
  const spec = (operation.patch as { spec?: unknown } | null)?.spec;
  return typeof spec === 'object' && spec !== null && 'template' in spec;
};

/** The uid of the first Deployment the finished (not dry) run changed, when its action rolls pods. */
export function rolloutStartedBy(state: FlowState): string | undefined {
  if (state.phase !== 'done' || state.mode !== 'execute') return undefined;
  const changed = state.results.find(
    (r) => r.outcome === 'changed' && r.operation.target.kind === 'Deployment' && rollsPods(r.operation) && !/^skipped rollback/.test(r.message ?? ''),
  );
  return changed?.operation.target.uid;
}
