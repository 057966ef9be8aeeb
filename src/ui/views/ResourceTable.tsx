// A live table bound to the store: renders a TableModel and, when active, handles the table keys.
import { useEditObject } from '../edit/useEditObject.js';
import { LISTS, listKindOf } from '../../render/registry.js';
import { Table } from '../components/Table.js';
import type { CommandId } from '../keymap.js';
import { MOVE_IDS } from '../movedIndex.js';
import { handlersFor, useKeys } from '../useKeys.js';
import { useMoveCursor } from '../useMoveCursor.js';
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
  ...MOVE_IDS, 'back', 'filter', 'toggleProblems', 'sortName', 'sortAge', 'markAll', 'clearMarks', 'drill', 'logs', 'describe', 'mark', 'markRange', 'rolloutView', 'edit',
];

export function ResourceTable({ model, width, height, focused, active, title, screen }: ResourceTableProps) {
  const mutators = useMutators();
  const openLogs = useOpenLogs();
  const editObject = useEditObject();
  const marks = useClusterStore((state) => state.marks);
  const theme = useTheme();
  const { rows, cursorIndex, tableKey, pane, table, selected } = model;
  const definition = LISTS[pane];
  const page = Math.max(1, height - 4);

  const moveCursor = useMoveCursor(tableKey, rows, cursorIndex, page);

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
        case 'markAll': return mutators.markAll(rows.map((row) => row.uid));
        case 'clearMarks': return mutators.clearMarks();
        default: break;
      }
      if (!selected) return;
      switch (command) {
        case 'drill':
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
        case 'mark':
          mutators.toggleMark(selected.metadata.uid);
          return void moveCursor('down');
        case 'markRange':
          return mutators.markRange(rows.map((row) => row.uid), selected.metadata.uid);
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
  const count = rows.length === model.total ? `${rows.length}` : `${rows.length} of ${model.total}`;
  const heading = `${title ?? definition.title} (${count})${tags.length ? ` [${tags.join('] [')}]` : ''}`;
  return (
    <Table
      title={heading}
      columns={definition.renderer.columns}
      rows={rows}
      cursorIndex={cursorIndex}
      width={width}
      height={height}
      focused={focused}
      marks={marks}
      theme={theme}
    />
  );
}
