// A live table bound to the store: renders a TableModel and, when active, handles the table keys.
import { useInput } from 'ink';
import { LISTS, listKindOf } from '../../render/registry.js';
import { Table } from '../components/Table.js';
import { matchCommand } from '../keymap.js';
import { useMoveCursor } from '../useMoveCursor.js';
import { useActions, useClusterStore } from '../StoreContext.js';
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
}

export function ResourceTable({ model, width, height, focused, active, title }: ResourceTableProps) {
  const actions = useActions();
  const openLogs = useOpenLogs();
  const marks = useClusterStore((state) => state.marks);
  const theme = useTheme();
  const { rows, cursorIndex, tableKey, pane, table, selected } = model;
  const definition = LISTS[pane];
  const page = Math.max(1, height - 4);

  const moveCursor = useMoveCursor(tableKey, rows, cursorIndex, page);

  useInput(
    (input, key) => {
      const command = matchCommand('table', input, key);
      if (moveCursor(command)) return;
      switch (command) {
        case 'back': return table.filter ? actions.setFilter(tableKey, '') : actions.popView();
        case 'filter': return actions.openPrompt('filter', table.filter);
        case 'toggleProblems': return actions.toggleProblemsOnly(tableKey);
        case 'sortName': return actions.toggleSort(tableKey, 'name');
        case 'sortAge': return actions.toggleSort(tableKey, 'age');
        case 'markAll': return actions.markAll(rows.map((row) => row.uid));
        case 'clearMarks': return actions.clearMarks();
        default: break;
      }
      if (!selected) return;
      switch (command) {
        case 'drill':
          if (definition.drillsTo) {
            return actions.pushView({ type: 'list', pane: definition.drillsTo, scope: { kind: definition.kind, uid: selected.metadata.uid, name: selected.metadata.name } });
          }
          return actions.pushView({ type: 'describe', kind: definition.kind, uid: selected.metadata.uid, scroll: 0 });
        case 'logs':
          return openLogs(selected);
        case 'describe':
          return actions.pushView({ type: 'describe', kind: definition.kind, uid: selected.metadata.uid, scroll: 0 });
        case 'mark':
          actions.toggleMark(selected.metadata.uid);
          return void moveCursor('down');
        case 'markRange':
          return actions.markRange(rows.map((row) => row.uid), selected.metadata.uid);
        default:
          return;
      }
    },
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
