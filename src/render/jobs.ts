import { ageChangesAt, formatAge } from '../domain/age.js';
import type { Job } from '../domain/resources.js';
import { ageCell, byName, makeRow } from './cells.js';
import { rowsOfOwnObject } from './changedRows.js';
import type { Column, Renderer, Row } from './types.js';

export const jobColumns: readonly Column[] = [
  { header: 'NAME', width: 30, flex: true, priority: 9, min: 14 },
  { header: 'STATUS', width: 10, priority: 8 },
  { header: 'COMPLETIONS', width: 12, priority: 7 },
  { header: 'DURATION', width: 9, priority: 5 },
  { header: 'AGE', width: 7, priority: 6 },
];

const hasCondition = (job: Job, type: string): boolean => job.status?.conditions?.some((c) => c.type === type && c.status === 'True') ?? false;

/** kubectl's STATUS column, in its order of precedence. */
export function jobStatus(job: Job): string {
  if (hasCondition(job, 'Complete')) return 'Complete';
  if (hasCondition(job, 'Failed')) return 'Failed';
  if (job.metadata.deletionTimestamp) return 'Terminating';
  if (hasCondition(job, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  if (hasCondition(job, 'Suspended')) return 'Suspended';
  if (hasCondition(job, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

/** kubectl's COMPLETIONS: succeeded of completions, `n/1 of p` for a work queue with parallelism. */
export function jobCompletions(job: Job): string {
  const succeeded = job.status?.succeeded ?? 0;
  if (job.spec.completions !== undefined) return `${succeeded}/${job.spec.completions}`;
  const parallelism = job.spec.parallelism;
  return parallelism !== undefined && parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

export function jobRow(job: Job, _snapshot: unknown, now: number): Row {
  const status = jobStatus(job);
  const start = job.status?.startTime ? Date.parse(job.status.startTime) : NaN;
  const end = job.status?.completionTime ? Date.parse(job.status.completionTime) : NaN;
  // A running job's duration grows with the clock, as its age does.
  const running = !Number.isNaN(start) && Number.isNaN(end);
  const duration = Number.isNaN(start) ? '' : formatAge((running ? now : end) - start);
  const changesAt = Math.min(ageChangesAt(job.metadata.creationTimestamp, now), running ? ageChangesAt(job.status!.startTime, now) : Infinity);
  return makeRow(
    job.metadata.uid,
    [job.metadata.name, status, jobCompletions(job), duration, ageCell(job.metadata.creationTimestamp, now)],
    { ...(status === 'Failed' || status === 'FailureTarget' ? { problem: true, tone: 'danger', toneCell: 1 } : { problem: false }), changesAt },
  );
}

export const jobRenderer: Renderer<Job> = { columns: jobColumns, toRow: jobRow, compare: byName, changedRows: rowsOfOwnObject };
