// A table's objects in order (memoized per input change) plus where its cursor is. Its rows are
// derived per window, by the view that shows it (useWindowRows).
import { useMemo } from 'react';
import type { KubeObject } from '../domain/resources.js';
import { selectTableState } from '../store/selectors.js';
import { makeCursorSelector, makeTableRowsSelector } from '../store/tableRows.js';
import type { PaneKind, Scope, TableState } from '../store/types.js';
import { useClusterStore } from './StoreContext.js';

export interface TableModel {
  pane: PaneKind;
  tableKey: string;
  scope?: Scope;
  /** The table's objects, in order: one row each. */
  objects: readonly KubeObject[];
  /** Rows before a filter or problems-only narrowed them. */
  total: number;
  /** The earliest time a row the filter or problems-only hides may read differently (and join). */
  hiddenChangesAt: number;
  table: TableState;
  cursorIndex: number;
  /** The object under the cursor, if any row is visible. */
  selected?: KubeObject;
}

export function useTableModel(pane: PaneKind, tableKey: string, scope: Scope | undefined): TableModel {
  const selectRows = useMemo(() => makeTableRowsSelector(pane, tableKey, scope), [pane, tableKey, scope?.kind, scope?.uid]);
  const { objects, total, hiddenChangesAt } = useClusterStore(selectRows);
  const table = useClusterStore((state) => selectTableState(state, tableKey));
  // A number: the table is drawn again only when the cursor's row moves, not on every update.
  const selectCursor = useMemo(() => makeCursorSelector(pane, tableKey), [pane, tableKey]);
  const cursorIndex = useClusterStore((state) => selectCursor(state, objects));
  return { pane, tableKey, scope, objects, total, hiddenChangesAt, table, cursorIndex, selected: objects[cursorIndex] };
}
