// Findings as rows of our windowed Table: the live list needs a cursor and re-renders each tick,
// which ink-table (static, no row highlight) cannot do.
import type { Finding, Severity } from '../../../domain/audit/types.js';
import { sanitizeLine } from '../../../text/sanitize.js';
import type { Column, Row, Tone } from '../../../render/types.js';

export const FINDING_COLUMNS: readonly Column[] = [
  { header: 'SEVERITY', width: 9 },
  { header: 'FINDING', width: 60, flex: true, min: 24, priority: 3 },
  { header: 'OBJECTS', width: 7, priority: 2 },
  { header: 'FIX (x)', width: 34, flex: true, min: 12 },
];

const TONE: Record<Severity, Tone | undefined> = { CRITICAL: 'danger', HIGH: 'danger', MEDIUM: 'warn', LOW: undefined, INFO: undefined };

export function findingRow(finding: Finding): Row {
  return {
    uid: finding.id,
    cells: [
      finding.severity,
      sanitizeLine(finding.title),
      String(finding.subjectUids.length),
      finding.plan ? sanitizeLine(finding.plan.title) : '-',
    ],
    tone: TONE[finding.severity],
    toneCell: 0,
    problem: TONE[finding.severity] !== undefined,
  };
}

export function findingRows(findings: readonly Finding[]): Row[] {
  return findings.map(findingRow);
}

/** One line like the report's: health, then the inventory counts. */
export function healthLine(report: { health: { text: string }; summary: { replicaSets: { total: number; stale: number }; pods: { total: number; crashing: number } } }): string {
  const { replicaSets, pods } = report.summary;
  return `${report.health.text} · ${replicaSets.total} ReplicaSets (${replicaSets.stale} stale) · ${pods.total} pods (${pods.crashing} crashing)`;
}
