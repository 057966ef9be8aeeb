import { describe, expect, it } from 'vitest';
import { ActionFlowController, type ActionFlowDeps } from '../../../src/app/actions/actionController.js';
import { onEditRefused } from '../../../src/app/edit/refusedAtConfirm.js';
import type { OperationOutcome, Plan } from '../../../src/domain/plans/plan.js';
import { NOW } from '../../domain/builders.js';
import { CTX, staleCluster } from '../planFixtures.js';

const editPlan = (): Plan => ({
  action: 'edit',
  title: 'Edit deployment kilo-cam',
  context: CTX.context,
  namespace: CTX.namespace,
  operations: [
    {
      action: 'edit',
      target: { kind: 'Deployment', namespace: 'kilo-guardian', name: 'kilo-cam', uid: 'u1', resourceVersion: '42' },
      kubectlArgs: ['patch', 'deployment', 'kilo-cam', '-n', 'kilo-guardian', '--type=merge', '-p', '{"spec":{"replicas":2}}'],
      patch: { spec: { replicas: 2 } },
    },
  ],
  warnings: [],
});

function controllerAnswering(outcome: OperationOutcome, message?: string) {
  const logged: string[] = [];
  const deps: ActionFlowDeps = {
    snapshot: () => staleCluster(1, 1).snapshot,
    ctx: () => CTX,
    readonly: false,
    now: () => NOW,
    executePlan: async (plan, { dryRun, onResult }) => {
      for (const operation of plan.operations) onResult({ operation, outcome: dryRun ? 'dry run ok' : outcome, ...(message ? { message } : {}) });
    },
    appendActionLog: async (records) => void logged.push(...records.map((r) => r.outcome)),
    exportPlan: async () => '/dev/null',
  };
  return { controller: new ActionFlowController(deps), logged };
}

async function run(controller: ActionFlowController, dryRunFirst = false): Promise<void> {
  if (dryRunFirst) {
    controller.dryRun();
    await controller.running;
    controller.close();
  }
  controller.confirm();
  await controller.running;
}

describe('onEditRefused', () => {
  it('a 409 at y: the result is closed (and logged) and the reason handed on once', async () => {
    const { controller, logged } = controllerAnswering('changed since preview: skipped', 'Operation cannot be fulfilled on deployments.apps "kilo-cam": the object has been modified\nsecond line');
    const plan = editPlan();
    const reasons: string[] = [];
    controller.previewPlan(plan);
    onEditRefused(controller, plan, (reason) => reasons.push(reason));
    // A dry run first is still the same edit: watching goes on through it.
    await run(controller, true);
    expect(reasons).toEqual(['Operation cannot be fulfilled on deployments.apps "kilo-cam": the object has been modified']);
    expect(controller.getState().phase).toBe('idle');
    expect(logged).toEqual(['changed since preview: skipped']);
  });

  it('applied, or an outcome that may have been applied: nothing reopens and the result stays on screen', async () => {
    for (const outcome of ['changed', 'unknown outcome'] as const) {
      const { controller } = controllerAnswering(outcome);
      const plan = editPlan();
      const reasons: string[] = [];
      controller.previewPlan(plan);
      onEditRefused(controller, plan, (reason) => reasons.push(reason));
      await run(controller);
      expect(reasons).toEqual([]);
      expect(controller.getState().phase).toBe('done');
    }
  });

  it('Esc at the preview stops watching: a later refused run of another plan is not this edit', async () => {
    const { controller } = controllerAnswering('error', 'rejected');
    const plan = editPlan();
    const reasons: string[] = [];
    controller.previewPlan(plan);
    onEditRefused(controller, plan, (reason) => reasons.push(reason));
    controller.cancel();
    const other = editPlan();
    controller.previewPlan(other);
    await run(controller);
    expect(reasons).toEqual([]);
  });
});
