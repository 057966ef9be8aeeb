// The evidence screen of one finding as blocks of text and static tables: what it is about, the
// evidence, a table (the stale breakdown, or the objects concerned), the advice and the fix as the
// kubectl lines the modal will preview. Pure; ink-table draws the tables (FindingView).
import { formatAge } from '../../../domain/age.js';
import { toKubectlLine } from '../../../domain/plans/toKubectl.js';
import type { AuditOptions, AuditReport, Finding } from '../../../domain/audit/types.js';
import type { ClusterSnapshot, KubeObject } from '../../../domain/resources.js';
import { sanitizeForTerminal } from '../../../render/sanitize.js';
import type { ScalarDict } from '../../inkTable/loadInkTable.js';

export type Block = { type: 'text'; lines: string[] } | { type: 'table'; columns: string[]; data: ScalarDict[] };

/** Subject tables longer than this are summarized; the fix lists every object anyway. */
const MAX_SUBJECT_ROWS = 20;

function subjectBlocks(finding: Finding, snapshot: ClusterSnapshot): Block[] {
  const all: KubeObject[] = [...snapshot.deployments, ...snapshot.replicaSets, ...snapshot.pods, ...snapshot.services];
  const byUid = new Map(all.map((obj) => [obj.metadata.uid, obj]));
  const subjects = finding.subjectUids.map((uid) => byUid.get(uid)).filter((obj): obj is KubeObject => obj !== undefined);
  if (subjects.length === 0) return [];
  if (subjects.length > MAX_SUBJECT_ROWS) return [{ type: 'text', lines: [`Objects: ${subjects.length} (each one is in the fix below)`] }];
  return [
    { type: 'text', lines: ['Objects:'] },
    { type: 'table', columns: ['kind', 'name'], data: subjects.map((obj) => ({ kind: obj.kind, name: sanitizeForTerminal(obj.metadata.name) })) },
  ];
}

function breakdownBlocks(report: AuditReport): Block[] {
  const data = report.staleBreakdown
    .filter((row) => row.stale > 0)
    .map((r) => ({
      deployment: r.deployment,
      'total RS': r.total,
      'active RS': r.active,
      'stale RS': r.stale,
      'oldest stale': r.oldestStaleAgeMs === undefined ? '-' : formatAge(r.oldestStaleAgeMs),
    }));
  if (data.length === 0) return [];
  return [
    { type: 'text', lines: ['Stale ReplicaSets by Deployment:'] },
    { type: 'table', columns: Object.keys(data[0]), data },
  ];
}

export function findingBlocks(finding: Finding, report: AuditReport, snapshot: ClusterSnapshot, options: AuditOptions): Block[] {
  const head = [
    `${finding.severity}: ${sanitizeForTerminal(finding.title)}`,
    '',
    'Evidence:',
    ...finding.evidence.map((line) => `  ${sanitizeForTerminal(line)}`),
    '',
  ];
  const tail: string[] = [''];
  if (finding.advice?.length) tail.push('Advice:', ...finding.advice.map((line) => `  - ${sanitizeForTerminal(line)}`), '');
  if (finding.plan) tail.push(`Fix (x): ${sanitizeForTerminal(finding.plan.title)}`, ...finding.plan.operations.map((op) => `  ${toKubectlLine(op, options)}`));
  else tail.push('No automatic fix: follow the advice above.');
  const tables = finding.id === 'stale-replicasets' ? breakdownBlocks(report) : subjectBlocks(finding, snapshot);
  return [{ type: 'text', lines: head }, ...tables, { type: 'text', lines: tail }];
}
