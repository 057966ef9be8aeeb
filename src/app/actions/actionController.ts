// Runs the action flow: holds its state, builds plans, and performs the side effects the reducer
// only describes (execute, dry run, log, export). No React here, so it is tested on its own and
// the hook is a thin subscription.
import type { OperationResult, Plan } from '../../domain/plans/plan.js';
import type { PlanContext } from '../../domain/plans/planContext.js';
import { toKubectlLine } from '../../domain/plans/toKubectl.js';
import type { ClusterSnapshot } from '../../domain/resources.js';
import { actionFlowReducer, initialFlowState, type ActionIntent, type FlowEvent, type FlowState } from './actionFlow.js';
import { buildPlan, promptFor, type PromptAnswer } from './buildPlan.js';
import { isFailure } from './resultSummary.js';

/** One executed operation as the action log records it. */
export interface ActionLogRecord {
  /** RFC 3339 time the result arrived. */
  time: string;
  context: string;
  namespace: string;
  action: Plan['action'];
  command: string;
  outcome: OperationResult['outcome'];
  message?: string;
}

export interface ActionFlowDeps {
  /** What the user is looking at now; plans are built from it. */
  snapshot(): ClusterSnapshot;
  ctx(): PlanContext;
  readonly: boolean;
  now(): number;
  /** `signal` aborts when the user cancels the rest of the batch (Esc while running). */
  executePlan(plan: Plan, options: { dryRun: boolean; onResult(result: OperationResult): void; signal?: AbortSignal }): Promise<unknown>;
  appendActionLog(records: ActionLogRecord[]): Promise<void>;
  exportPlan(plan: Plan, ctx: PlanContext): Promise<string>;
  /**
   * Called when the result of an executed (not dry) run is closed. The marks were the plan's
   * targets; left in place, a Deployment marked by a rollback or an audit fix would silently
   * join the next delete.
   */
  /** After a run: clear the marks, keeping those of `keep` (objects whose operation failed). */
  clearMarks?(keep: readonly string[]): void;
}

export const READONLY_MESSAGE = 'read-only mode (--readonly): actions are disabled';

export class ActionFlowController {
  private state: FlowState = initialFlowState;
  private readonly listeners = new Set<() => void>();

  constructor(private deps: ActionFlowDeps) {}

  /** The hook swaps in fresh dependencies every render so snapshots are never stale. */
  setDeps(deps: ActionFlowDeps): void {
    this.deps = deps;
  }

  getState = (): FlowState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  request(intent: ActionIntent): void {
    if (this.state.phase !== 'idle') return;
    if (this.deps.readonly) return this.dispatch({ type: 'refused', message: READONLY_MESSAGE });
    this.attempt(() => {
      const prompt = promptFor(intent, this.deps.snapshot());
      if (prompt) this.dispatch({ type: 'request', intent, prompt });
      else this.dispatch({ type: 'planned', intent, plan: buildPlan(intent, this.deps.snapshot(), this.deps.ctx()) });
    });
  }

  /**
   * Opens a plan built elsewhere (the audit view's ready-made fix) in the same modal, so it gets
   * the same confirmation, dry run, export, execution and action log as a key-driven action.
   */
  previewPlan(plan: Plan): void {
    if (this.state.phase !== 'idle') return;
    if (this.deps.readonly) return this.dispatch({ type: 'refused', message: READONLY_MESSAGE });
    if (plan.operations.length === 0) return this.dispatch({ type: 'refused', message: `nothing to do: ${plan.title}` });
    this.dispatch({ type: 'planned', intent: { action: plan.action, uids: plan.operations.map((op) => op.target.uid) }, plan });
  }

  /** The prompt's answer: replicas, history limit, revision, or the images per container. */
  answer(value: PromptAnswer): void {
    const state = this.state;
    if (state.phase !== 'prompting') return;
    this.attempt(() => this.dispatch({ type: 'planned', intent: state.intent, plan: buildPlan(state.intent, this.deps.snapshot(), this.deps.ctx(), value) }));
  }

  confirm(): void {
    this.startRunOn({ type: 'confirm' });
  }

  dryRun(): void {
    this.startRunOn({ type: 'dryRun' });
  }

  cancel(): void {
    this.dispatch({ type: 'cancel' });
  }

  /** Esc while running: the operations not started yet are not sent (reported as cancelled). */
  cancelRun(): void {
    if (this.state.phase !== 'running') return;
    this.runAbort?.abort();
    this.dispatch({ type: 'cancelRun' });
  }

  private runAbort: AbortController | undefined;

  close(): void {
    const state = this.state;
    const executed = state.phase === 'done' && state.mode === 'execute';
    // Marks of what failed stay, so a retry is one key away; what was done is unmarked.
    const failed = executed ? state.results.filter((result) => isFailure(result.outcome)).map((result) => result.operation.target.uid) : [];
    this.dispatch({ type: 'close' });
    if (executed) this.deps.clearMarks?.(failed);
  }

  async exportPlan(): Promise<void> {
    const state = this.state;
    if (state.phase !== 'previewing') return;
    try {
      this.dispatch({ type: 'exported', path: await this.deps.exportPlan(state.plan, this.deps.ctx()) });
    } catch (error) {
      this.dispatch({ type: 'exportFailed', message: `could not write the plan: ${messageOf(error)}` });
    }
  }

  private attempt(build: () => void): void {
    try {
      build();
    } catch (error) {
      this.dispatch({ type: 'refused', message: messageOf(error) });
    }
  }

  /** Only the event that moves the flow into `running` starts a run, so a repeated key cannot run twice. */
  private startRunOn(event: FlowEvent): void {
    const before = this.state;
    this.dispatch(event);
    if (before.phase !== 'running' && this.state.phase === 'running') this.running = this.run();
  }

  /** The run in progress, for callers (tests, shutdown) that need to wait for it. */
  running: Promise<void> = Promise.resolve();

  private async run(): Promise<void> {
    const state = this.state;
    if (state.phase !== 'running') return;
    const dryRun = state.mode === 'dryRun';
    const ctx = this.deps.ctx();
    const records: ActionLogRecord[] = [];
    let error: string | undefined;
    this.runAbort = new AbortController();
    try {
      await this.deps.executePlan(state.plan, {
        dryRun,
        signal: this.runAbort.signal,
        onResult: (result) => {
          records.push(this.recordOf(state.plan, ctx, result));
          this.dispatch({ type: 'result', result });
        },
      });
    } catch (failure) {
      error = `the run stopped: ${messageOf(failure)}`;
    }
    // Dry runs change nothing, so only real runs are logged; partial runs are logged too.
    if (!dryRun && records.length > 0) {
      try {
        await this.deps.appendActionLog(records);
      } catch (failure) {
        error = [error, `the action log was not written: ${messageOf(failure)}`].filter(Boolean).join('; ');
      }
    }
    this.dispatch({ type: 'finished', error });
  }

  private recordOf(plan: Plan, ctx: PlanContext, result: OperationResult): ActionLogRecord {
    return {
      time: new Date(this.deps.now()).toISOString(),
      context: plan.context,
      namespace: result.operation.target.namespace,
      action: plan.action,
      command: toKubectlLine(result.operation, { context: plan.context, currentContext: ctx.currentContext }),
      outcome: result.outcome,
      ...(result.message ? { message: result.message } : {}),
    };
  }

  private dispatch(event: FlowEvent): void {
    const next = actionFlowReducer(this.state, event);
    if (next === this.state) return;
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
