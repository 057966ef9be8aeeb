// Counts of operation outcomes in a fixed, readable order, e.g.
// "61 deleted · 1 already gone · 1 skipped (changed since preview)".
import type { OperationOutcome, OperationResult } from '../../domain/plans/plan.js';

const ORDER: readonly OperationOutcome[] = [
  'deleted',
  'changed',
  'dry run ok',
  'already gone',
  'changed since preview: skipped',
  'forbidden',
  'error',
];

const LABELS: Record<OperationOutcome, string> = {
  deleted: 'deleted',
  changed: 'changed',
  'dry run ok': 'dry run ok',
  'already gone': 'already gone',
  'changed since preview: skipped': 'skipped (changed since preview)',
  forbidden: 'forbidden',
  error: 'failed',
};

export function countOutcomes(results: readonly OperationResult[]): Map<OperationOutcome, number> {
  const counts = new Map<OperationOutcome, number>();
  for (const result of results) counts.set(result.outcome, (counts.get(result.outcome) ?? 0) + 1);
  return counts;
}

export function summarizeResults(results: readonly OperationResult[]): string {
  const counts = countOutcomes(results);
  const parts = ORDER.filter((outcome) => counts.has(outcome)).map((outcome) => `${counts.get(outcome)} ${LABELS[outcome]}`);
  return parts.length ? parts.join(' · ') : 'nothing done';
}

/** True when an outcome means the cluster did not do what was asked. */
export function isFailure(outcome: OperationOutcome): boolean {
  return outcome === 'forbidden' || outcome === 'error' || outcome === 'changed since preview: skipped';
}

/** One result as a line: the outcome, with the server's message for failures. */
export function describeOutcome(result: OperationResult): string {
  if (result.outcome === 'error') return `error: ${result.message ?? 'unknown error'}`;
  if (result.outcome === 'forbidden' && result.message) return `forbidden: ${result.message}`;
  if (result.outcome === 'dry run ok' && result.message) return `dry run ok: ${result.message}`;
  return result.outcome;
}
