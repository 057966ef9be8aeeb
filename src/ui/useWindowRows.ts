// The rows of a table's window: the objects from the window's start that fit, derived at the
// store's snapshot. The window moves only as far as needed to keep the cursor in view.
import { useMemo, useRef, useState } from 'react';
import type { Row } from '../render/types.js';
import { makeWindowRowsSelector } from '../store/tableRows.js';
import { useClockWakeup } from './clockWakeups.js';
import { windowStart } from './components/Table.js';
import { useClusterStore } from './StoreContext.js';
import type { TableModel } from './useTableModel.js';

export function useWindowRows(model: TableModel, visible: number): { start: number; rows: Row[] } {
  const selectWindow = useMemo(() => makeWindowRowsSelector(model.pane), [model.pane]);
  const startRef = useRef(0);
  const start = windowStart(startRef.current, model.cursorIndex, visible, model.objects.length);
  startRef.current = start;
  const { objects } = model;
  const rows = useClusterStore((state) => selectWindow(state, objects, start, start + visible));
  // The clock is moved for rows on screen (and a hidden row that may join); a row that comes into
  // view derived at an older clock says it is due at once, and the clock moves.
  const [owner] = useState(() => Symbol(model.tableKey));
  let changesAt = model.hiddenChangesAt;
  for (const row of rows) if (row.changesAt !== undefined && row.changesAt < changesAt) changesAt = row.changesAt;
  useClockWakeup(owner, changesAt);
  return { start, rows };
}
