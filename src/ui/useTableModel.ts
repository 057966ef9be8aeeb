// A table's rows (memoized per input change) plus where its cursor is.
import { useMemo, useState } from 'react';
import type { KubeObject } from '../domain/resources.js';
import type { Row } from '../render/types.js';
import { cursorIndexFor, selectTableState } from '../store/selectors.js';
import { makeTableRowsSelector } from '../store/tableRows.js';
import type { PaneKind, Scope, TableState } from '../store/types.js';
import { useClockWakeup } from './clockWakeups.js';
import { useClusterStore } from './StoreContext.js';

export interface TableModel {
  pane: PaneKind;
  tableKey: string;
  scope?: Scope;
  rows: Row[];
  objects: KubeObject[];
  total: number;
  table: TableState;
  cursorIndex: number;
  /** The object under the cursor, if any row is visible. */
  selected?: KubeObject;
}

export function useTableModel(pane: PaneKind, tableKey: string, scope: Scope | undefined): TableModel {
  const selectRows = useMemo(() => makeTableRowsSelector(pane, tableKey, scope), [pane, tableKey, scope?.kind, scope?.uid]);
  const { rows, objects, total, changesAt } = useClusterStore(selectRows);
  const [wakeupOwner] = useState(() => Symbol(tableKey));
  useClockWakeup(wakeupOwner, changesAt);
  const table = useClusterStore((state) => selectTableState(state, tableKey));
  const cursorIndex = cursorIndexFor(pane, rows, table);
  return { pane, tableKey, scope, rows, objects, total, table, cursorIndex, selected: objects[cursorIndex] };
}
