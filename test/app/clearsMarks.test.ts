// After an executed plan is closed its marks are done with: a Deployment marked by a rollback (or by
// an audit fix) must not silently join the next delete. Dry runs and cancels keep the marks.
import { describe, expect, it, vi } from 'vitest';
import type { OperationResult } from '../../src/domain/plans/plan.js';
import { ActionFlowController, type ActionFlowDeps } from '../../src/app/actions/actionController.js';
import { NOW } from '../domain/builders.js';
import { CTX, staleCluster } from './planFixtures.js';

function harness() {
  const cluster = staleCluster(2, 3);
  const clearMarks = vi.fn();
  const deps: ActionFlowDeps = {
    snapshot: () => cluster.snapshot,
    ctx: () => CTX,
    readonly: false,
    now: () => NOW,
    executePlan: async (plan, { dryRun, onResult }) => {
      for (const operation of plan.operations) onResult({ operation, outcome: dryRun ? 'dry run ok' : 'changed' } satisfies OperationResult);
    },
    appendActionLog: async () => {},
    exportPlan: async () => '/tmp/plan.sh',
    clearMarks,
  };
  const controller = new ActionFlowController(deps);
  const deployment = cluster.deployments[0].metadata.uid;
  return { controller, clearMarks, deployment };
}

describe('ActionFlowController and marks', () => {
  it('clears the marks when the result of an executed run is closed', async () => {
    const { controller, clearMarks, deployment } = harness();
    controller.request({ action: 'rolloutRestart', uids: [deployment] });
    controller.confirm();
    await controller.running;
    expect(clearMarks).not.toHaveBeenCalled();
    controller.close();
    expect(controller.getState().phase).toBe('idle');
    expect(clearMarks).toHaveBeenCalledTimes(1);
  });

  it('keeps them after a dry run and after a cancel', async () => {
    const { controller, clearMarks, deployment } = harness();
    controller.request({ action: 'rolloutRestart', uids: [deployment] });
    controller.dryRun();
    await controller.running;
    controller.close();
    expect(controller.getState().phase).toBe('previewing');
    controller.cancel();
    expect(controller.getState().phase).toBe('idle');
    expect(clearMarks).not.toHaveBeenCalled();
  });
});
