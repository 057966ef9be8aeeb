// One resource full-screen (`:rs`, or a drill-down scoped to its parent).
import type { ServedResource } from '../../domain/servedResources.js';
import type { PaneKind, Scope } from '../../store/types.js';
import { useTableModel } from '../useTableModel.js';
import { ResourceTable } from './ResourceTable.js';

export interface ListViewProps {
  viewId: number;
  pane: PaneKind;
  scope?: Scope;
  /** The discovered kind the generic list shows. */
  resource?: ServedResource;
  width: number;
  height: number;
  active: boolean;
}

/** A discovered kind's title, as k9s names one: its kind in the plural and its group. */
const servedTitle = (resource: ServedResource): string => `${resource.kind}s${resource.group ? `(${resource.group})` : ''}`;

export function ListView({ viewId, pane, scope, resource, width, height, active }: ListViewProps) {
  const model = useTableModel(pane, `${viewId}:list`, scope);
  return <ResourceTable screen="list" model={model} width={width} height={height} focused active={active} {...(resource ? { title: servedTitle(resource) } : {})} />;
}
