import { ageChangesAt } from '../domain/age.js';
import type { CronJob } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const cronJobColumns: readonly Column[] = [
  { header: 'NAME', width: 24, flex: true, priority: 9, min: 14 },
  { header: 'SCHEDULE', width: 14, priority: 8 },
  { header: 'SUSPEND', width: 8, priority: 6 },
  { header: 'ACTIVE', width: 7, priority: 5 },
  { header: 'LAST SCHEDULE', width: 14, priority: 7 },
  { header: 'AGE', width: 7, priority: 4 },
];

/** kubectl's columns; LAST SCHEDULE is an age ("<none>" before the first run). A suspended CronJob is not a problem: someone chose it. */
export function cronJobRow(cj: CronJob, _snapshot: unknown, now: number): Row {
  const last = cj.status?.lastScheduleTime;
  return makeRow(
    cj.metadata.uid,
    [cj.metadata.name, cj.spec.schedule, cj.spec.suspend ? 'True' : 'False', cj.status?.active?.length ?? 0, last ? ageCell(last, now) : '<none>', ageCell(cj.metadata.creationTimestamp, now)],
    { problem: false, changesAt: Math.min(ageChangesAt(cj.metadata.creationTimestamp, now), ageChangesAt(last, now)) },
  );
}

export const cronJobRenderer: Renderer<CronJob> = { columns: cronJobColumns, toRow: cronJobRow, compare: byName, changedRows: rowsOfOwnObject };
