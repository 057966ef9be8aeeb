// A live table bound to the store: renders a TableModel and, when active, handles the table keys.
import { useMemo } from 'react';
import { useEditObject } from '../edit/useEditObject.js';
import { LISTS, listKindOf, listRenderer } from '../../render/registry.js';
import { useClusterSwitch } from '../ClusterSessionContext.js';
import { TABLE_CHROME_LINES, WindowedTable } from '../components/Table.js';
import type { CommandId } from '../keymap.js';
import { MOVE_IDS } from '../movedIndex.js';
import { handlersFor, useKeys } from '../useKeys.js';
import { useMoveCursor } from '../useMoveCursor.js';
import { useWindowRows } from '../useWindowRows.js';
import { useMutators, useClusterStore } from '../StoreContext.js';
import type { TableModel } from '../useTableModel.js';
import { useTheme } from '../useTheme.js';
import { useOpenLogs } from '../logs/useOpenLogs.js';

export interface ResourceTableProps {
  model: TableModel;
  width: number;
  height: number;
  focused: boolean;
  /** Receives keys: focused, in normal mode and on the top view. */
  active: boolean;
  title?: string;
  /** Whose keys: a pane of the overview or a full-screen list. */
  screen: 'overview' | 'list';
}

const TABLE_COMMANDS: readonly CommandId[] = [
  ...MOVE_IDS, 'back', 'allNamespaces', 'filter', 'toggleProblems', 'sortName', 'sortAge', 'sortCpu', 'sortMem', 'markAll', 'clearMarks', 'drill', 'logs', 'describe', 'yaml', 'mark', 'markRange', 'rolloutView', 'edit',
];

export function ResourceTable({ model, width, height, focused, active, title, screen }: ResourceTableProps) {
  const mutators = useMutators();
  const openLogs = useOpenLogs();
  const editObject = useEditObject();
  const marks = useClusterStore((state) => state.marks);
  const clusterSwitch = useClusterSwitch();
  // RBAC: a kind this user may not list or watch says so in its own title; the others keep working.
  const forbidden = useClusterStore((state) => state.connection[LISTS[model.pane].kind]?.status === 'forbidden');
  const allNamespaces = useClusterStore((state) => state.cluster.allNamespaces === true);
  const theme = useTheme();
  const { objects, cursorIndex, tableKey, pane, table, selected } = model;
  const definition = LISTS[pane];
  const page = Math.max(1, height - 4);
  const { start, rows } = useWindowRows(model, Math.max(0, height - TABLE_CHROME_LINES));
  const uids = () => objects.map((obj) => obj.metadata.uid);

  const moveCursor = useMoveCursor(tableKey, objects.length, (i) => objects[i].metadata.uid, cursorIndex, page);

  useKeys(
    screen,
    handlersFor(TABLE_COMMANDS, (command) => {
      if (moveCursor(command)) return;
      switch (command) {
        case 'back': return table.filter ? mutators.setFilter(tableKey, '') : mutators.popView();
        case 'filter': return mutators.openPrompt('filter', table.filter);
        case 'toggleProblems': return mutators.toggleProblemsOnly(tableKey);
        case 'sortName': return mutators.toggleSort(tableKey, 'name');
        case 'sortAge': return mutators.toggleSort(tableKey, 'age');
        case 'sortCpu': return mutators.toggleSort(tableKey, 'cpu');
        case 'sortMem': return mutators.toggleSort(tableKey, 'mem');
        case 'markAll': return mutators.markAll(uids());
        case 'clearMarks': return mutators.clearMarks();
        case 'allNamespaces': return clusterSwitch ? clusterSwitch.switchNamespace('') : mutators.setFlash('no cluster to switch namespaces in');
        default: break;
      }
      if (!selected) return;
      switch (command) {
        case 'drill':
          // `:ns` → Enter: the whole TUI moves to that namespace (k9s).
          if (definition.kind === 'Namespace' && clusterSwitch) return clusterSwitch.switchNamespace(selected.metadata.name);
          if (definition.drillsTo) {
            return mutators.pushView({ type: 'list', pane: definition.drillsTo, scope: { kind: definition.kind, uid: selected.metadata.uid, name: selected.metadata.name } });
          }
          return mutators.pushView({ type: 'describe', kind: definition.kind, uid: selected.metadata.uid, scroll: 0 });
        case 'logs':
          return openLogs(selected);
        case 'edit':
          return editObject(selected);
        case 'rolloutView':
          return selected.kind === 'Deployment'
            ? mutators.pushView({ type: 'rollout', uid: selected.metadata.uid })
            : mutators.setFlash(`R follows a Deployment's rollout; this is a ${selected.kind}`);
        case 'describe':
          return mutators.pushView({ type: 'describe', kind: definition.kind, uid: selected.metadata.uid, scroll: 0 });
        case 'yaml':
          return mutators.pushView({ type: 'describe', kind: definition.kind, uid: selected.metadata.uid, scroll: 0, format: 'yaml' });
        case 'mark':
          mutators.toggleMark(selected.metadata.uid);
          return void moveCursor('down');
        case 'markRange':
          return mutators.markRange(uids(), selected.metadata.uid);
        default:
          return;
      }
    }),
    { isActive: active },
  );

  const tags = [
    model.scope ? `${listKindOf(model.scope.kind)}/${model.scope.name}` : '',
    table.filter ? `/${table.filter}` : '',
    table.problemsOnly ? 'problems only' : '',
    table.sort ? `sort:${table.sort.by}${table.sort.descending ? '↓' : '↑'}` : '',
  ].filter(Boolean);
  const count = objects.length === model.total ? `${objects.length}` : `${objects.length} of ${model.total}`;
  // A served kind's columns are the server's (from its rows); with every namespace shown, after NAMESPACE.
  const columns = useMemo(() => {
    const renderer = listRenderer(pane, allNamespaces);
    return renderer.columnsFor?.(model.objects) ?? renderer.columns;
  }, [pane, allNamespaces, model.objects]);
  const heading = `${title ?? definition.title} (${count})${forbidden ? ' forbidden' : ''}${tags.length ? ` [${tags.join('] [')}]` : ''}`;
  return (
    <WindowedTable
      title={heading}
      columns={columns}
      window={rows}
      start={start}
      count={objects.length}
      cursorIndex={cursorIndex}
      width={width}
      height={height}
      focused={focused}
      marks={marks}
      theme={theme}
    />
  );
}
