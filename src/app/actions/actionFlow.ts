// The life of one batch action as a pure reducer, independent of Ink and of the cluster:
// idle → prompting → previewing → confirming-danger → running → done. Side effects (building the
// plan, executing, logging, exporting) are driven from outside by looking at the state.
import type { ActionKind, OperationResult, Plan } from '../../domain/plans/plan.js';

/** What the user asked for: an action on the objects (by uid) that were marked or under the cursor. */
export interface ActionIntent {
  action: ActionKind;
  uids: string[];
  /** Undo only: roll back to the previous revision without asking (`u`); otherwise the picker asks (`U`). */
  toPrevious?: boolean;
}

/** One revision of a Deployment, as the undo picker lists it. */
export interface RevisionChoice {
  revision: number;
  image: string;
  /** Age in milliseconds of the revision's ReplicaSet. */
  ageMs: number;
  replicaSetName: string;
  /** The Deployment's current revision: undoing to it changes nothing. */
  current: boolean;
}

/** One container of one workload in the set-image prompt, its current image prefilled. */
export interface ImageField {
  uid: string;
  /** The workload's name. */
  workload: string;
  container: string;
  image: string;
}

export type PromptSpec =
  | { type: 'number'; title: string; label: string; initial: number; min: number; max: number }
  /** `completions`: the images this namespace's ReplicaSets used, newest first (Tab). */
  | { type: 'images'; title: string; fields: ImageField[]; completions: string[] }
  | { type: 'revision'; title: string; deploymentName: string; revisions: RevisionChoice[] };

export type RunMode = 'execute' | 'dryRun';

export type FlowState =
  | { phase: 'idle'; message?: string }
  | { phase: 'prompting'; intent: ActionIntent; prompt: PromptSpec }
  | { phase: 'previewing'; intent: ActionIntent; plan: Plan; exportedPath?: string; message?: string }
  | { phase: 'confirming-danger'; intent: ActionIntent; plan: Plan }
  /** cancelling: Esc was pressed; no new operation is sent, those in flight finish. */
  | { phase: 'running'; intent: ActionIntent; plan: Plan; mode: RunMode; results: OperationResult[]; cancelling?: boolean }
  | { phase: 'done'; intent: ActionIntent; plan: Plan; mode: RunMode; results: OperationResult[]; error?: string };

export type FlowEvent =
  /** A new action; with a prompt it asks first, else the caller follows with `planned`. */
  | { type: 'request'; intent: ActionIntent; prompt?: PromptSpec }
  /** The action cannot start (read-only, nothing selected, builder refused): back to idle, saying why. */
  | { type: 'refused'; message: string }
  | { type: 'planned'; intent: ActionIntent; plan: Plan }
  | { type: 'confirm' }
  | { type: 'cancel' }
  | { type: 'dryRun' }
  | { type: 'exported'; path: string }
  | { type: 'exportFailed'; message: string }
  | { type: 'result'; result: OperationResult }
  | { type: 'cancelRun' }
  | { type: 'finished'; error?: string }
  | { type: 'close' };

export const initialFlowState: FlowState = { phase: 'idle' };

export function hasDangerousOperations(plan: Plan): boolean {
  return plan.operations.some((op) => op.dangerous === true);
}

/**
 * Events that do not apply to the current phase return the same state object, so a stray key
 * (a second `y` while running, say) can never start anything twice.
 */
export function actionFlowReducer(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'request':
      if (state.phase !== 'idle') return state;
      return event.prompt ? { phase: 'prompting', intent: event.intent, prompt: event.prompt } : state;
    case 'refused':
      if (state.phase === 'running') return state;
      return { phase: 'idle', message: event.message };
    case 'planned':
      if (state.phase !== 'idle' && state.phase !== 'prompting') return state;
      return { phase: 'previewing', intent: event.intent, plan: event.plan };
    case 'confirm':
      if (state.phase === 'previewing') {
        if (state.plan.operations.length === 0) return state;
        return hasDangerousOperations(state.plan)
          ? { phase: 'confirming-danger', intent: state.intent, plan: state.plan }
          : running(state, 'execute');
      }
      if (state.phase === 'confirming-danger') return running(state, 'execute');
      return state;
    case 'cancel':
      // Backing out of the second warning returns to the preview; anywhere else before running, to idle.
      if (state.phase === 'confirming-danger') return { phase: 'previewing', intent: state.intent, plan: state.plan };
      if (state.phase === 'prompting' || state.phase === 'previewing') return { phase: 'idle' };
      return state;
    case 'dryRun':
      if (state.phase !== 'previewing' || state.plan.operations.length === 0) return state;
      return running(state, 'dryRun');
    case 'exported':
      if (state.phase !== 'previewing') return state;
      return { ...state, exportedPath: event.path, message: undefined };
    case 'exportFailed':
      if (state.phase !== 'previewing') return state;
      return { ...state, exportedPath: undefined, message: event.message };
    case 'cancelRun':
      if (state.phase !== 'running' || state.cancelling) return state;
      return { ...state, cancelling: true };
    case 'result':
      if (state.phase !== 'running') return state;
      return { ...state, results: [...state.results, event.result] };
    case 'finished':
      if (state.phase !== 'running') return state;
      return { phase: 'done', intent: state.intent, plan: state.plan, mode: state.mode, results: state.results, error: event.error };
    case 'close':
      if (state.phase !== 'done') return state;
      // A dry run is a look before confirming: closing it goes back to the same preview.
      return state.mode === 'dryRun' ? { phase: 'previewing', intent: state.intent, plan: state.plan } : { phase: 'idle' };
  }
}

function running(state: { intent: ActionIntent; plan: Plan }, mode: RunMode): FlowState {
  return { phase: 'running', intent: state.intent, plan: state.plan, mode, results: [] };
}
