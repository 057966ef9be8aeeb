// `e` on a table row: the edit session (editor, read back, dry run) and then the same confirmation
// modal as every action, previewing the `kubectl patch --type=merge` line. Outcomes without a plan
// (nothing changed, cancelled, gave up after an error) are one line in the flash, with the buffer
// path. A patch refused at `y` reopens the editor on the same buffer and previews again.
import type { KubeObject } from '../../domain/resources.js';
import { isKindName } from '../../domain/kinds.js';
import { planEdit } from '../../domain/plans/planEdit.js';
import { useActionFlowContext } from '../actions/ActionFlowContext.js';
import { useMutators } from '../StoreContext.js';
import { useEditEnvironment } from './EditContext.js';
import type { EditOutcome } from '../../app/edit/editSession.js';
import { onEditRefused } from '../../app/edit/refusedAtConfirm.js';

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
    const { kind } = obj;
    const { name, namespace } = obj.metadata;
    const failed = (error: unknown) => mutators.setFlash(`edit failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    const handle = (outcome: EditOutcome, refusedBefore?: string): void => {
      switch (outcome.type) {
        case 'unchanged':
          return mutators.setFlash(`${refusedBefore ? 'nothing applied' : 'Edit cancelled, no changes made'} (buffer: ${outcome.path})${refusedBefore ? ` · ${refusedBefore}` : ''}`);
        case 'aborted':
          // The path first: a long reason is what the line cuts.
          return mutators.setFlash(`nothing applied; your text is kept in ${outcome.path} · ${outcome.reason.split('\n')[0]}`);
        case 'patch': {
          const plan = planEdit(outcome.object, outcome.patch, outcome.changes, planContext, outcome.path, refusedBefore);
          flow.controller.previewPlan(plan);
          // Refused at `y` (changed meanwhile, rejected): the editor again, the text kept, as kubectl edit does.
          onEditRefused(flow.controller, plan, (reason) => {
            environment.resume(kind, name, namespace, { path: outcome.path, original: outcome.original, reason }).then((next) => handle(next, reason), failed);
          });
          return;
        }
      }
    };
    environment.edit(kind, name, namespace).then((outcome) => handle(outcome), failed);
  };
}
