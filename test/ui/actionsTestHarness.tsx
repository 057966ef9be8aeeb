// The App with a real action flow over fake cluster I/O: plans are built from the store, "executed"
// by recording them, and the watch is simulated by applying DELETED changes to the store afterwards.
import type { ReactNode } from 'react';
import { ManualClock } from '../../src/domain/clock.js';
import type { OperationResult, Plan } from '../../src/domain/plans/plan.js';
import type { KubeObject } from '../../src/domain/resources.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { selectSnapshot } from '../../src/store/selectors.js';
import type { ResourceChange } from '../../src/store/types.js';
import { ActionFlowProvider } from '../../src/ui/actions/ActionFlowContext.js';
import { App, type AppProps } from '../../src/ui/App.js';
import type { ActionFlowDeps, ActionLogRecord } from '../../src/app/actions/actionController.js';
import { renderWithStore, resourcesOf } from '../helpers/renderWithStore.js';
import { NOW } from '../render/objectBuilders.js';
import { CTX } from './modalFixtures.js';

export const KEY = { ctrlD: '\u0004', ctrlZ: '\u001a', ctrlSpace: '\u0000', ctrlBackslash: '\u001c', esc: '\u001b', enter: '\r' } as const;

export function renderActionsApp(objects: KubeObject[], options: { readonly?: boolean; extra?: ReactNode; onKeyHandlers?: AppProps['onKeyHandlers'] } = {}) {
  const clock = new ManualClock(NOW);
  const store = createClusterStore({ now: NOW, resources: resourcesOf(objects), cluster: { context: CTX.context, server: 'https://127.0.0.1:6443', namespace: CTX.namespace } });
  const executed: { plan: Plan; dryRun: boolean }[] = [];
  const logged: ActionLogRecord[] = [];
  const deps: ActionFlowDeps = {
    snapshot: () => selectSnapshot(store.getState()),
    ctx: () => CTX,
    readonly: options.readonly ?? false,
    now: () => NOW,
    executePlan: async (plan, { dryRun, onResult }) => {
      executed.push({ plan, dryRun });
      for (const operation of plan.operations) {
        const outcome = dryRun ? 'dry run ok' : operation.action === 'delete' ? 'deleted' : 'changed';
        onResult({ operation, outcome } satisfies OperationResult);
      }
    },
    appendActionLog: async (records) => {
      logged.push(...records);
    },
    exportPlan: async () => '/tmp/kilo-plan.sh',
  };
  const view = renderWithStore(store, {
    columns: 140,
    rows: 40,
    clock,
    tree: (
      <ActionFlowProvider deps={deps}>
        <App clock={clock} readonly={options.readonly} onKeyHandlers={options.onKeyHandlers} />
        {options.extra}
      </ActionFlowProvider>
    ),
  });
  /** What the watch would deliver after the deletes went through. */
  const watchDeletes = (plan: Plan) => {
    const byUid = new Map(objects.map((obj) => [obj.metadata.uid, obj]));
    store.getState().mutators.applyChanges(
      plan.operations.filter((op) => op.action === 'delete').map((op) => ({ type: 'DELETED', kind: op.target.kind, object: byUid.get(op.target.uid)! }) as ResourceChange),
    );
  };
  return { ...view, executed, logged, watchDeletes };
}
