// `e` on a table row: the edit session (editor, read back, dry run) and then the same confirmation
// modal as every action, previewing the `kubectl patch --type=merge` line. Outcomes without a plan
// (nothing changed, cancelled, gave up after an error) are one line in the flash, with the buffer path.
import type { KubeObject } from '../../domain/resources.js';
import { isKindName } from '../../domain/kinds.js';
import { planEdit } from '../../domain/plans/planEdit.js';
import { useActionFlowContext } from '../actions/ActionFlowContext.js';
import { useMutators } from '../StoreContext.js';
import { useEditEnvironment } from './EditContext.js';

export function useEditObject(): (obj: KubeObject) => void {
  const environment = useEditEnvironment();
  const flow = useActionFlowContext();
  const mutators = useMutators();
  return (obj) => {
    if (!environment || !flow) return mutators.setFlash('editing needs a cluster connection');
    // A kind known only through discovery has no registered kind to read it back and patch it by.
    if (!isKindName(obj.kind) || obj.kind === 'ServedObject') return mutators.setFlash(`kilo-tui does not edit ${obj.kind === 'ServedObject' ? obj.resource.kind : obj.kind} objects`);
    if (flow.readonly) return mutators.setFlash('read-only mode (--readonly): actions are disabled');
    const planContext = flow.ctx;
    environment.edit(obj.kind, obj.metadata.name, obj.metadata.namespace).then(
      (outcome) => {
        switch (outcome.type) {
          case 'unchanged':
            return mutators.setFlash(`Edit cancelled, no changes made (buffer: ${outcome.path})`);
          case 'aborted':
            // The path first: a long reason is what the line cuts.
            return mutators.setFlash(`nothing applied; your text is kept in ${outcome.path} · ${outcome.reason.split('\n')[0]}`);
          case 'patch':
            return flow.controller.previewPlan(planEdit(outcome.object, outcome.patch, outcome.changes, planContext, outcome.path));
        }
      },
      (error: unknown) => mutators.setFlash(`edit failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`),
    );
  };
}
