import type { CustomResourceDefinition } from '../domain/resources.js';
import { byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

/** `kubectl get crd`: NAME and CREATED AT (the time itself, not an age), plus what k9s adds. */
export const customResourceDefinitionColumns: readonly Column[] = [
  { header: 'NAME', width: 40, flex: true, priority: 9, min: 20, whole: true },
  { header: 'VERSIONS', width: 12, flex: true, priority: 3 },
  { header: 'SCOPE', width: 10, priority: 4 },
  { header: 'CREATED AT', width: 20, priority: 8 },
];

export function customResourceDefinitionRow(crd: CustomResourceDefinition): Row {
  const versions = crd.spec.versions.filter((v) => v.served).map((v) => v.name).join(',');
  return makeRow(crd.metadata.uid, [crd.metadata.name, versions, crd.spec.scope, crd.metadata.creationTimestamp], { problem: false });
}

export const customResourceDefinitionRenderer: Renderer<CustomResourceDefinition> = {
  columns: customResourceDefinitionColumns,
  toRow: customResourceDefinitionRow,
  compare: byName,
  changedRows: rowsOfOwnObject,
};
