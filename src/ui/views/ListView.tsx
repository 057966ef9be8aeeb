// One resource full-screen (`:rs`, or a drill-down scoped to its parent).
import type { PaneKind, Scope } from '../../store/types.js';
import { useTableModel } from '../useTableModel.js';
import { ResourceTable } from './ResourceTable.js';

export interface ListViewProps {
  viewId: number;
  pane: PaneKind;
  scope?: Scope;
  width: number;
  height: number;
  active: boolean;
}

export function ListView({ viewId, pane, scope, width, height, active }: ListViewProps) {
  const model = useTableModel(pane, `${viewId}:list`, scope);
  return <ResourceTable screen="list" model={model} width={width} height={height} focused active={active} />;
}
