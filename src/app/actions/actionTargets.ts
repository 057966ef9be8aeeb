// What an action key acts on: every marked object, or with no marks the object under the cursor of
// the table the user is looking at. Pure, over the store's state, so it needs no rendering to test
// and agrees with the views because it derives rows with the same selectors they use.
import type { KubeObject } from '../../domain/resources.js';
import { cursorIndexFor, selectSnapshot, selectTableState, selectTopView } from '../../store/selectors.js';
import { deriveTableRows } from '../../store/tableRows.js';
import type { ClusterState, PaneKind, Scope } from '../../store/types.js';

function cursorObjectOf(state: ClusterState, pane: PaneKind, tableKey: string, scope: Scope | undefined): KubeObject | undefined {
  const table = selectTableState(state, tableKey);
  const { rows, objects } = deriveTableRows(selectSnapshot(state), pane, scope, table.filter, table.sort, table.problemsOnly ?? false, state.cluster.allNamespaces === true);
  return objects[cursorIndexFor(pane, rows, table)];
}

/** The object under the cursor of the focused table; the overview's lower panes follow its selected Deployment. */
export function cursorObject(state: ClusterState): KubeObject | undefined {
  const view = selectTopView(state);
  if (view.type === 'list') return cursorObjectOf(state, view.pane, `${view.id}:list`, view.scope);
  if (view.type !== 'overview') return undefined;
  const deployment = cursorObjectOf(state, 'deploy', `${view.id}:deploy`, undefined);
  if (state.focus === 'deploy') return deployment;
  const scope: Scope | undefined = deployment ? { kind: 'Deployment', uid: deployment.metadata.uid, name: deployment.metadata.name } : undefined;
  // The details pane shows the pods pane's selected pod, so acting from it means that pod.
  return state.focus === 'rs' ? cursorObjectOf(state, 'rs', `${view.id}:rs`, scope) : cursorObjectOf(state, 'pods', `${view.id}:pods`, scope);
}

/** Marked uids (all of them, even ones a filter hides), else the cursor row's uid, else none. */
export function actionTargetUids(state: ClusterState): string[] {
  const marked = Object.keys(state.marks);
  if (marked.length > 0) return marked;
  const selected = cursorObject(state);
  return selected ? [selected.metadata.uid] : [];
}
