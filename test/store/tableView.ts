// A table as a view reads it (useTableModel + useWindowRows): the order selector's objects, the
// rows of a window derived by the window selector, and the cursor selector's index. Tests compare
// what it gives with rows derived from scratch, so a lazily derived row that is wrong fails them.
import type { Row } from '../../src/render/types.js';
import { makeCursorSelector, makeTableRowsSelector, makeWindowRowsSelector } from '../../src/store/tableRows.js';
import type { KubeObject } from '../../src/domain/resources.js';
import type { ClusterState, PaneKind, Scope } from '../../src/store/types.js';

export interface TableView {
  objects: readonly KubeObject[];
  total: number;
  /** The rows of objects[start, start + size). */
  rows: Row[];
  cursor: number;
}

export function tableView(pane: PaneKind, key: string, scope?: Scope): (state: ClusterState, start?: number, size?: number) => TableView {
  const order = makeTableRowsSelector(pane, key, scope);
  const window = makeWindowRowsSelector(pane);
  const cursor = makeCursorSelector(pane, key);
  return (state, start = 0, size = Infinity) => {
    const { objects, total } = order(state);
    return { objects, total, rows: window(state, objects, start, start + size), cursor: cursor(state, objects) };
  };
}
