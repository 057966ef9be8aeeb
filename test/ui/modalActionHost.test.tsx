import React, { useEffect } from 'react';
import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';
import type { OperationResult, Plan } from '../../src/domain/plans/plan.js';
import type { ActionFlowDeps } from '../../src/app/actions/actionController.js';
import { ActionHost } from '../../src/ui/modal/ActionHost.js';
import { useActionFlow } from '../../src/ui/modal/useActionFlow.js';
import { NOW } from '../domain/builders.js';
import { CTX, flush, staleCluster } from './modalFixtures.js';

it('drives a dangerous delete from the keyboard: y, then the typed word, then the summary', async () => {
  const cluster = staleCluster(1, 2);
  const executed: Plan[] = [];
  const deps: ActionFlowDeps = {
    snapshot: () => cluster.snapshot,
    ctx: () => CTX,
    readonly: false,
    now: () => NOW,
    executePlan: async (plan, { onResult }) => {
      executed.push(plan);
      for (const operation of plan.operations) onResult({ operation, outcome: 'deleted' } satisfies OperationResult);
    },
    appendActionLog: async () => {},
    exportPlan: async () => '/tmp/unused.sh',
  };
  const uids = [...cluster.stale, cluster.current[0]].map((rs) => rs.metadata.uid);
  function Harness() {
    const { state, controller } = useActionFlow(deps);
    useEffect(() => controller.request({ action: 'delete', uids }), [controller]);
    return <ActionHost state={state} controller={controller} ctx={CTX} width={100} height={20} isActive />;
  }
  const ui = render(<Harness />);
  await flush();
  expect(ui.lastFrame()).toContain('Delete 3 ReplicaSets');
  ui.stdin.write('y');
  await flush();
  expect(ui.lastFrame()).toContain('Type delete and press Enter');
  expect(executed).toHaveLength(0);
  for (const key of [...'delete', '\r']) {
    ui.stdin.write(key);
    await flush();
  }
  expect(executed).toHaveLength(1);
  expect(ui.lastFrame()).toContain('3 deleted');
  ui.stdin.write('\r');
  await flush();
  expect(ui.lastFrame()).toBe('');
});
