import { ageChangesAt } from '../domain/age.js';
import { nodeRoles, nodeStatus } from '../domain/nodes.js';
import type { KubeNode } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const nodeColumns: readonly Column[] = [
  { header: 'NAME', width: 20, flex: true, priority: 9, min: 12 },
  { header: 'STATUS', width: 10, priority: 8 },
  { header: 'ROLES', width: 20, flex: true, priority: 5, min: 12 },
  { header: 'VERSION', width: 14, priority: 4 },
  { header: 'ARCH', width: 6, priority: 1 },
  { header: 'AGE', width: 7, priority: 6 },
];

const STATUS_CELL = 1;

export function nodeRow(node: KubeNode, _snapshot: unknown, now: number): Row {
  const status = nodeStatus(node);
  const roles = nodeRoles(node);
  return makeRow(
    node.metadata.uid,
    [node.metadata.name, status.text, roles.length ? roles.join(',') : '<none>', node.status?.nodeInfo?.kubeletVersion, node.status?.nodeInfo?.architecture, ageCell(node.metadata.creationTimestamp, now)],
    { problem: !status.ready, tone: status.ready ? 'ok' : 'danger', toneCell: STATUS_CELL, changesAt: ageChangesAt(node.metadata.creationTimestamp, now) },
  );
}

export const nodeRenderer: Renderer<KubeNode> = { columns: nodeColumns, toRow: nodeRow, compare: byName, changedRows: rowsOfOwnObject };
