// The audit as JSON for scripts and CI. The shape is a contract: add optional fields freely, but
// any rename or removal must bump schemaVersion.
import { formatAge } from '../../age.js';
import type { ActionKind } from '../../plans/plan.js';
import { exitCodeFor } from '../runAudit.js';
import type { AuditReport, Recommendation, ServiceRow, Severity } from '../types.js';

/** Version 1 of `kilo-tui audit --output json`. Durations are whole seconds plus kubectl-style text. */
export interface AuditJsonV1 {
  schemaVersion: 1;
  namespace: string;
  context: string;
  /** RFC 3339 time of the snapshot audited. */
  generatedAt: string;
  /** What `kilo-tui audit` exits with: 0 nothing above LOW, 1 HIGH or MEDIUM, 3 CRITICAL. */
  exitCode: 0 | 1 | 3;
  summary: AuditReport['summary'];
  health: { healthy: number; total: number; text: string; unhealthy: string[] };
  /** Most severe first. */
  findings: {
    id: string;
    severity: Severity;
    title: string;
    subjectUids: string[];
    evidence: string[];
    advice: string[];
    plan: null | {
      action: ActionKind;
      title: string;
      warnings: string[];
      notes: string[];
      operations: { kind: string; namespace: string; name: string; uid: string; dangerous: boolean; impact: string | null; command: string[] }[];
    };
  }[];
  staleBreakdown: { deployment: string; total: number; active: number; stale: number; oldestStaleAgeSeconds: number | null; oldestStaleAge: string | null }[];
  deployments: { name: string; uid: string; image: string; status: string; healthy: boolean; ageSeconds: number; age: string; restarts: number; notes: string[] }[];
  services: ServiceRow[];
  recommendations: Recommendation[];
}

const seconds = (ms: number) => Math.floor(ms / 1000);

export function toJson(report: AuditReport): AuditJsonV1 {
  return {
    schemaVersion: 1,
    namespace: report.namespace,
    context: report.context,
    generatedAt: new Date(report.generatedAt).toISOString(),
    exitCode: exitCodeFor(report),
    summary: report.summary,
    health: report.health,
    findings: report.findings.map((f) => ({
      id: f.id,
      severity: f.severity,
      title: f.title,
      subjectUids: f.subjectUids,
      evidence: f.evidence,
      advice: f.advice ?? [],
      plan: f.plan
        ? {
            action: f.plan.action,
            title: f.plan.title,
            warnings: f.plan.warnings,
            notes: f.plan.notes ?? [],
            operations: f.plan.operations.map((op) => ({
              kind: op.target.kind,
              namespace: op.target.namespace,
              name: op.target.name,
              uid: op.target.uid,
              dangerous: op.dangerous === true,
              impact: op.impact ?? null,
              command: ['kubectl', ...op.kubectlArgs],
            })),
          }
        : null,
    })),
    staleBreakdown: report.staleBreakdown.map((r) => ({
      deployment: r.deployment,
      total: r.total,
      active: r.active,
      stale: r.stale,
      oldestStaleAgeSeconds: r.oldestStaleAgeMs === undefined ? null : seconds(r.oldestStaleAgeMs),
      oldestStaleAge: r.oldestStaleAgeMs === undefined ? null : formatAge(r.oldestStaleAgeMs),
    })),
    deployments: report.deploymentStatus.map((r) => ({
      name: r.name,
      uid: r.uid,
      image: r.image,
      status: r.status,
      healthy: r.healthy,
      ageSeconds: seconds(r.ageMs),
      age: formatAge(r.ageMs),
      restarts: r.restarts,
      notes: r.notes,
    })),
    services: report.services,
    recommendations: report.recommendations,
  };
}

/** Pretty-printed JSON text with a trailing newline. */
export function toJsonText(report: AuditReport): string {
  return `${JSON.stringify(toJson(report), null, 2)}\n`;
}
