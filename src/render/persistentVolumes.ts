import { ageChangesAt } from '../domain/age.js';
import type { PersistentVolume } from '../domain/resources.js';
import { accessModesCell } from './builtinCells.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const persistentVolumeColumns: readonly Column[] = [
  { header: 'NAME', width: 24, flex: true, priority: 9, min: 14 },
  { header: 'CAPACITY', width: 9, priority: 7 },
  { header: 'ACCESS MODES', width: 13, priority: 4 },
  { header: 'RECLAIM POLICY', width: 15, priority: 5 },
  { header: 'STATUS', width: 10, priority: 8 },
  { header: 'CLAIM', width: 24, flex: true, priority: 6 },
  { header: 'STORAGECLASS', width: 13, priority: 3 },
  { header: 'AGE', width: 7, priority: 2 },
];

/** kubectl's columns; CLAIM is namespace/name. A Failed volume is a problem, a Released one a warning. */
export function persistentVolumeRow(pv: PersistentVolume, _snapshot: unknown, now: number): Row {
  const phase = pv.status?.phase ?? 'Pending';
  const claim = pv.spec.claimRef?.name ? `${pv.spec.claimRef.namespace ?? ''}/${pv.spec.claimRef.name}` : '';
  const tone = phase === 'Failed' ? 'danger' : phase === 'Released' ? 'warn' : undefined;
  return makeRow(
    pv.metadata.uid,
    [pv.metadata.name, pv.spec.capacity?.storage, accessModesCell(pv.spec.accessModes), pv.spec.persistentVolumeReclaimPolicy ?? 'Retain', phase, claim, pv.spec.storageClassName, ageCell(pv.metadata.creationTimestamp, now)],
    { ...(tone ? { problem: true, tone, toneCell: 4 } : { problem: false }), changesAt: ageChangesAt(pv.metadata.creationTimestamp, now) },
  );
}

export const persistentVolumeRenderer: Renderer<PersistentVolume> = { columns: persistentVolumeColumns, toRow: persistentVolumeRow, compare: byName, changedRows: rowsOfOwnObject };
