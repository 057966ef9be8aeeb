// Issue 13 item 4: Esc while a batch runs cancels the rest of it. Operations already sent finish
// (their outcome is reported and logged); the ones not started are not sent.
import React from 'react';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import type { OperationResult } from '../../src/domain/plans/plan.js';
import { ActionFlowController, type ActionFlowDeps, type ActionLogRecord } from '../../src/app/actions/actionController.js';
import { ExecutionView } from '../../src/ui/modal/ExecutionView.js';
import { NOW } from '../domain/builders.js';
import { CTX, flush, staleCluster, staleDeletePlan } from './modalFixtures.js';

describe('cancelling a running batch', () => {
  it('cancelRun aborts the signal the executor got, and every result (cancelled ones too) is logged', async () => {
    const cluster = staleCluster(2, 3);
    const logged: ActionLogRecord[] = [];
    let signal: AbortSignal | undefined;
    let release!: () => void;
    const deps: ActionFlowDeps = {
      snapshot: () => cluster.snapshot,
      ctx: () => CTX,
      readonly: false,
      now: () => NOW,
      executePlan: async (plan, options) => {
        signal = options.signal;
        options.onResult({ operation: plan.operations[0], outcome: 'deleted' });
        await new Promise<void>((resolve) => (release = resolve));
        for (const operation of plan.operations.slice(1)) options.onResult({ operation, outcome: signal?.aborted ? 'cancelled' : 'deleted' });
      },
      appendActionLog: async (records) => void logged.push(...records),
      exportPlan: async () => '',
    };
    const controller = new ActionFlowController(deps);
    controller.request({ action: 'delete', uids: cluster.stale.map((rs) => rs.metadata.uid) });
    controller.confirm();
    expect(controller.getState()).toMatchObject({ phase: 'running' });
    controller.cancelRun();
    expect(signal?.aborted).toBe(true);
    expect(controller.getState()).toMatchObject({ phase: 'running', cancelling: true });
    release();
    await controller.running;
    expect(controller.getState()).toMatchObject({ phase: 'done' });
    expect(logged.map((r) => r.outcome)).toEqual(['deleted', 'cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
  });

  it('Esc in the execution view asks to cancel while running, and says what it waits for', async () => {
    const { plan } = staleDeletePlan();
    const results: OperationResult[] = plan.operations.slice(0, 3).map((operation) => ({ operation, outcome: 'deleted' }));
    const onCancel = vi.fn();
    const ui = render(<ExecutionView plan={plan} ctx={CTX} mode="execute" results={results} done={false} width={100} height={20} onClose={vi.fn()} onCancel={onCancel} isActive />);
    await flush();
    expect(ui.lastFrame()).toContain('Esc cancel the rest');
    ui.stdin.write('\u001b');
    await flush();
    expect(onCancel).toHaveBeenCalledTimes(1);
    ui.rerender(<ExecutionView plan={plan} ctx={CTX} mode="execute" results={results} done={false} cancelling width={100} height={20} onClose={vi.fn()} onCancel={onCancel} isActive />);
    await flush();
    expect(ui.lastFrame()).toContain('cancelling: no new operation is sent; waiting for those in flight');
  });
});
