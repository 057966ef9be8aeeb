// The audit view's path into the modal: a ready-made plan opened through the App's action flow.
import { afterEach, expect, it } from 'vitest';
import { planDelete } from '../../src/domain/plans/planDelete.js';
import { selectSnapshot } from '../../src/store/selectors.js';
import { useActionFlowContext, type ActionFlowHandle } from '../../src/ui/actions/ActionFlowContext.js';
import { READONLY_MESSAGE } from '../../src/app/actions/actionController.js';
import { tick } from '../helpers/renderWithStore.js';
import { renderActionsApp } from './actionsTestHarness.js';
import { kiloCluster } from './kiloCluster.js';
import { CTX } from './modalFixtures.js';

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

/** Renders the App with a probe beside it that hands out the flow, as the audit view would use it. */
function showWithProbe(readonly = false) {
  const cluster = kiloCluster();
  let handle: ActionFlowHandle | undefined;
  function Probe() {
    handle = useActionFlowContext();
    return null;
  }
  const view = renderActionsApp(cluster.objects, { readonly, extra: <Probe /> });
  unmounts.push(view.unmount);
  return { ...view, cluster, flow: () => handle! };
}

it('previewPlan opens the plan in the same modal, and y runs it through the same executor', async () => {
  const { cluster, flow, lastFrame, press, executed, store } = showWithProbe();
  await tick();
  const plan = planDelete(cluster.medsStale, CTX, selectSnapshot(store.getState()));
  flow().controller.previewPlan(plan);
  await tick();
  expect(lastFrame()).toContain('Delete 3 ReplicaSets');
  // A second request while the modal is open is ignored, not stacked.
  flow().controller.previewPlan(planDelete([cluster.camStale], CTX, selectSnapshot(store.getState())));
  await tick();
  expect(lastFrame()).toContain('Delete 3 ReplicaSets');
  await press('y');
  expect(executed.map((run) => run.plan)).toEqual([plan]);
});

it('previewPlan is refused in read-only mode, saying why', async () => {
  const { cluster, flow, lastFrame, executed, store } = showWithProbe(true);
  await tick();
  flow().controller.previewPlan(planDelete(cluster.medsStale, CTX, selectSnapshot(store.getState())));
  await tick();
  expect(lastFrame()).toContain(READONLY_MESSAGE);
  expect(lastFrame()).not.toContain('kubectl delete');
  expect(executed).toHaveLength(0);
});
