import { ageChangesAt } from '../domain/age.js';
import type { PersistentVolumeClaim } from '../domain/resources.js';
import { accessModesCell } from './builtinCells.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const persistentVolumeClaimColumns: readonly Column[] = [
  { header: 'NAME', width: 24, flex: true, priority: 9, min: 14 },
  { header: 'STATUS', width: 8, priority: 8 },
  { header: 'VOLUME', width: 24, flex: true, priority: 5 },
  { header: 'CAPACITY', width: 9, priority: 7 },
  { header: 'ACCESS MODES', width: 13, priority: 4 },
  { header: 'STORAGECLASS', width: 13, priority: 3 },
  { header: 'AGE', width: 7, priority: 6 },
];

/** kubectl's columns (capacity and modes from status, once bound); a claim that is not Bound is a problem. */
export function persistentVolumeClaimRow(pvc: PersistentVolumeClaim, _snapshot: unknown, now: number): Row {
  const phase = pvc.status?.phase ?? 'Pending';
  const bound = phase === 'Bound';
  return makeRow(
    pvc.metadata.uid,
    [
      pvc.metadata.name,
      phase,
      pvc.spec.volumeName,
      bound ? pvc.status?.capacity?.storage : '',
      bound ? accessModesCell(pvc.status?.accessModes) : '',
      pvc.spec.storageClassName,
      ageCell(pvc.metadata.creationTimestamp, now),
    ],
    { ...(bound ? { problem: false } : { problem: true, tone: phase === 'Lost' ? 'danger' : 'warn', toneCell: 1 }), changesAt: ageChangesAt(pvc.metadata.creationTimestamp, now) },
  );
}

export const persistentVolumeClaimRenderer: Renderer<PersistentVolumeClaim> = {
  columns: persistentVolumeClaimColumns,
  toRow: persistentVolumeClaimRow,
  compare: byName,
  changedRows: rowsOfOwnObject,
};
