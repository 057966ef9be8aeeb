import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { OperationResult, Plan } from '../../src/domain/plans/plan.js';
import { ActionFlowController, READONLY_MESSAGE, type ActionFlowDeps, type ActionLogRecord } from '../../src/app/actions/actionController.js';
import { writePlanScript } from '../../src/app/actions/planExport.js';
import { NOW } from '../domain/builders.js';
import { CTX, staleCluster } from './planFixtures.js';
import { scratchDir } from '../helpers/scratchDir.js';

function harness(overrides: Partial<ActionFlowDeps> = {}) {
  const cluster = staleCluster(2, 3);
  const logged: ActionLogRecord[] = [];
  const executed: { plan: Plan; dryRun: boolean }[] = [];
  const stateDir = scratchDir('kilo-modal-');
  const deps: ActionFlowDeps = {
    snapshot: () => cluster.snapshot,
    ctx: () => CTX,
    readonly: false,
    now: () => NOW,
    executePlan: async (plan, { dryRun, onResult }) => {
      executed.push({ plan, dryRun });
      const results: OperationResult[] = plan.operations.map((operation, i) => ({
        operation,
        outcome: dryRun ? 'dry run ok' : i === 0 ? 'already gone' : operation.action === 'delete' ? 'deleted' : 'changed',
      }));
      for (const result of results) onResult(result);
      return results;
    },
    appendActionLog: async (records) => {
      logged.push(...records);
    },
    exportPlan: (plan, ctx) => writePlanScript(plan, ctx, { now: NOW, stateDir }),
    ...overrides,
  };
  return { controller: new ActionFlowController(deps), cluster, logged, executed, stateDir };
}

const uids = (objects: { metadata: { uid: string } }[]) => objects.map((o) => o.metadata.uid);

describe('ActionFlowController', () => {
  it('refuses every action in read-only mode, saying why', () => {
    const { controller, cluster } = harness({ readonly: true });
    controller.request({ action: 'delete', uids: uids(cluster.stale) });
    expect(controller.getState()).toEqual({ phase: 'idle', message: READONLY_MESSAGE });
  });

  it('deletes after confirmation and logs each operation with time, context, namespace, command and outcome', async () => {
    const { controller, cluster, logged, executed } = harness();
    controller.request({ action: 'delete', uids: uids(cluster.stale) });
    expect(controller.getState()).toMatchObject({ phase: 'previewing', plan: { title: 'Delete 6 ReplicaSets' } });
    controller.confirm();
    controller.confirm(); // a repeated key must not run the plan twice
    await controller.running;
    expect(executed).toHaveLength(1);
    expect(executed[0].dryRun).toBe(false);
    expect(controller.getState()).toMatchObject({ phase: 'done', mode: 'execute' });
    expect(logged).toHaveLength(6);
    expect(logged[0]).toEqual({
      time: new Date(NOW).toISOString(),
      context: 'kind-kilo',
      namespace: 'kilo-guardian',
      action: 'delete',
      command: `kubectl delete replicaset.apps/${cluster.stale[0].metadata.name} -n kilo-guardian`,
      outcome: 'already gone',
    });
    controller.close();
    expect(controller.getState()).toEqual({ phase: 'idle' });
  });

  it('runs a dry run without logging and comes back to the preview', async () => {
    const { controller, cluster, logged, executed } = harness();
    controller.request({ action: 'delete', uids: uids(cluster.stale) });
    controller.dryRun();
    await controller.running;
    expect(executed.map((e) => e.dryRun)).toEqual([true]);
    expect(controller.getState()).toMatchObject({ phase: 'done', mode: 'dryRun' });
    expect(logged).toEqual([]);
    controller.close();
    expect(controller.getState().phase).toBe('previewing');
  });

  it('asks for replicas before scaling, then previews kubectl scale', () => {
    const { controller, cluster } = harness();
    controller.request({ action: 'scale', uids: [cluster.deployments[0].metadata.uid] });
    expect(controller.getState()).toMatchObject({ phase: 'prompting', prompt: { type: 'number', label: 'replicas', initial: 1 } });
    controller.answer(2);
    const state = controller.getState();
    expect(state.phase === 'previewing' && state.plan.operations[0].kubectlArgs).toEqual(['scale', 'deployment/kilo-svc0', '-n', 'kilo-guardian', '--current-replicas=1', '--replicas=2']);
  });

  it('suggests a revisionHistoryLimit of 3', () => {
    const { controller, cluster } = harness();
    controller.request({ action: 'setRevisionHistoryLimit', uids: uids(cluster.deployments) });
    expect(controller.getState()).toMatchObject({ phase: 'prompting', prompt: { type: 'number', initial: 3 } });
  });

  it('lists revisions for undo with the current one marked', () => {
    const { controller, cluster } = harness();
    controller.request({ action: 'rolloutUndo', uids: [cluster.deployments[0].metadata.uid] });
    const state = controller.getState();
    if (state.phase !== 'prompting' || state.prompt.type !== 'revision') throw new Error(`expected the revision picker, got ${state.phase}`);
    expect(state.prompt.revisions.map((r) => [r.revision, r.current])).toEqual([[4, true], [3, false], [2, false], [1, false]]);
    controller.answer(2);
    const previewing = controller.getState();
    expect(previewing.phase === 'previewing' && previewing.plan.operations[0].kubectlArgs).toContain('--to-revision=2');
  });

  it('refuses with the reason when nothing applicable is selected', () => {
    const { controller, cluster } = harness();
    controller.request({ action: 'rolloutRestart', uids: uids(cluster.stale) });
    expect(controller.getState()).toEqual({ phase: 'idle', message: 'nothing to act on: select or mark a Deployment' });
  });

  it('exports the plan as an executable script under plans/ and shows its path', async () => {
    const { controller, cluster, stateDir } = harness();
    controller.request({ action: 'delete', uids: uids(cluster.stale) });
    await controller.exportPlan();
    const state = controller.getState();
    const path = state.phase === 'previewing' ? state.exportedPath : undefined;
    expect(path).toBe(join(stateDir, 'plans', 'delete-2026-01-06T12-00-00Z.sh'));
    expect(statSync(path!).mode & 0o777).toBe(0o755);
    const script = readFileSync(path!, 'utf8');
    expect(script).toContain('set -euo pipefail');
    expect(script).toContain('--dry-run=server');
    expect(script).toContain(`kubectl delete replicaset.apps/${cluster.stale[0].metadata.name} -n kilo-guardian`);
    // a second export in the same second gets its own file
    await controller.exportPlan();
    const again = controller.getState();
    expect(again.phase === 'previewing' && again.exportedPath).toBe(join(stateDir, 'plans', 'delete-2026-01-06T12-00-00Z-2.sh'));
  });

  it('reports a run that throws as done with the error, and logs what completed', async () => {
    const { controller, cluster, logged } = harness({
      executePlan: async (plan, { onResult }) => {
        onResult({ operation: plan.operations[0], outcome: 'deleted' });
        throw new Error('connection reset');
      },
    });
    controller.request({ action: 'delete', uids: uids(cluster.stale) });
    controller.confirm();
    await controller.running;
    expect(controller.getState()).toMatchObject({ phase: 'done', error: 'the run stopped: connection reset' });
    expect(logged.map((r) => r.outcome)).toEqual(['deleted']);
  });

  it('notifies subscribers on each change', () => {
    const { controller, cluster } = harness();
    const listener = vi.fn();
    controller.subscribe(listener);
    controller.request({ action: 'delete', uids: uids(cluster.stale) });
    controller.cancel();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('ActionFlowController: marks after a run (issue 13)', () => {
  it('a batch where every operation failed keeps every mark for a retry', async () => {
    const kept: (readonly string[])[] = [];
    const { controller, cluster } = harness({
      clearMarks: (keep) => kept.push(keep),
      executePlan: async (plan, { onResult }) => {
        const results: OperationResult[] = plan.operations.map((operation) => ({ operation, outcome: 'error', message: 'the server is on fire' }));
        for (const result of results) onResult(result);
        return results;
      },
    });
    controller.request({ action: 'delete', uids: uids(cluster.stale) });
    controller.confirm();
    await controller.running;
    controller.close();
    expect(kept).toEqual([uids(cluster.stale)]);
  });

  it('a partly failed batch keeps only the marks of what failed', async () => {
    const kept: (readonly string[])[] = [];
    const { controller, cluster } = harness({
      clearMarks: (keep) => kept.push(keep),
      executePlan: async (plan, { onResult }) => {
        const results: OperationResult[] = plan.operations.map((operation, i) => ({ operation, outcome: i === 1 ? 'forbidden' : 'deleted' }));
        for (const result of results) onResult(result);
        return results;
      },
    });
    controller.request({ action: 'delete', uids: uids(cluster.stale) });
    controller.confirm();
    await controller.running;
    controller.close();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toHaveLength(1);
  });
});
