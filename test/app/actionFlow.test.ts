import { describe, expect, it } from 'vitest';
import type { OperationResult } from '../../src/domain/plans/plan.js';
import { actionFlowReducer, initialFlowState, type FlowEvent, type FlowState } from '../../src/app/actions/actionFlow.js';
import { dangerousDeletePlan, staleDeletePlan } from './planFixtures.js';

const intent = { action: 'delete' as const, uids: ['a'] };
const run = (state: FlowState, ...events: FlowEvent[]) => events.reduce(actionFlowReducer, state);

describe('actionFlowReducer', () => {
  const { plan } = staleDeletePlan();
  const danger = dangerousDeletePlan().plan;
  const result = (i: number): OperationResult => ({ operation: plan.operations[i], outcome: 'deleted' });

  it('goes idle → previewing → running → done → idle for a plain plan', () => {
    let state = run(initialFlowState, { type: 'planned', intent, plan });
    expect(state.phase).toBe('previewing');
    state = run(state, { type: 'confirm' });
    expect(state).toMatchObject({ phase: 'running', mode: 'execute', results: [] });
    state = run(state, { type: 'result', result: result(0) }, { type: 'result', result: result(1) });
    expect(state.phase === 'running' && state.results.map((r) => r.operation.target.name)).toEqual([plan.operations[0].target.name, plan.operations[1].target.name]);
    state = run(state, { type: 'finished' });
    expect(state).toMatchObject({ phase: 'done', mode: 'execute' });
    expect(run(state, { type: 'close' })).toEqual({ phase: 'idle' });
  });

  it('asks first when the request carries a prompt, and cancelling it changes nothing', () => {
    const prompt = { type: 'number' as const, title: 'Scale', label: 'replicas', initial: 1, min: 0, max: 10 };
    const state = run(initialFlowState, { type: 'request', intent, prompt });
    expect(state).toMatchObject({ phase: 'prompting', prompt });
    expect(run(state, { type: 'cancel' })).toEqual({ phase: 'idle' });
    expect(run(state, { type: 'planned', intent, plan }).phase).toBe('previewing');
  });

  it('requires the danger confirmation before running dangerous operations; cancelling it goes back to the preview', () => {
    const previewing = run(initialFlowState, { type: 'planned', intent, plan: danger });
    const warned = run(previewing, { type: 'confirm' });
    expect(warned.phase).toBe('confirming-danger');
    expect(run(warned, { type: 'cancel' }).phase).toBe('previewing');
    expect(run(warned, { type: 'confirm' })).toMatchObject({ phase: 'running', mode: 'execute' });
  });

  it('a dry run returns to the same preview when closed', () => {
    const done = run(initialFlowState, { type: 'planned', intent, plan }, { type: 'dryRun' }, { type: 'finished' });
    expect(done).toMatchObject({ phase: 'done', mode: 'dryRun' });
    expect(run(done, { type: 'close' })).toMatchObject({ phase: 'previewing', plan });
  });

  it('ignores events that do not apply, returning the same state object', () => {
    const running = run(initialFlowState, { type: 'planned', intent, plan }, { type: 'confirm' });
    for (const event of [{ type: 'confirm' }, { type: 'cancel' }, { type: 'dryRun' }, { type: 'close' }, { type: 'refused', message: 'x' }] as FlowEvent[]) {
      expect(actionFlowReducer(running, event)).toBe(running);
    }
    expect(actionFlowReducer(initialFlowState, { type: 'confirm' })).toBe(initialFlowState);
    expect(actionFlowReducer(initialFlowState, { type: 'result', result: result(0) })).toBe(initialFlowState);
  });

  it('records an exported path, and an export failure instead of it', () => {
    const previewing = run(initialFlowState, { type: 'planned', intent, plan });
    const exported = run(previewing, { type: 'exported', path: '/tmp/p.sh' });
    expect(exported).toMatchObject({ phase: 'previewing', exportedPath: '/tmp/p.sh' });
    expect(run(exported, { type: 'exportFailed', message: 'EACCES' })).toMatchObject({ exportedPath: undefined, message: 'EACCES' });
  });

  it('refuses with a message and will not confirm an empty plan', () => {
    expect(run(initialFlowState, { type: 'refused', message: 'read-only' })).toEqual({ phase: 'idle', message: 'read-only' });
    const empty = run(initialFlowState, { type: 'planned', intent, plan: { ...plan, operations: [] } });
    expect(run(empty, { type: 'confirm' })).toBe(empty);
  });
});
