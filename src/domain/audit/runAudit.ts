// Runs every rule over one snapshot and assembles the report. Rules are independent; the order
// here only decides the order of findings with equal severity.
import { toKubectlLine } from '../plans/toKubectl.js';
import type { ClusterSnapshot } from '../resources.js';
import { deploymentRows, healthOf, serviceRows, summaryOf } from './inventory.js';
import { genericBaseImage } from './rules/genericBaseImage.js';
import { memoryLimits } from './rules/memoryLimits.js';
import { mutableTags } from './rules/mutableTags.js';
import { namingDrift } from './rules/namingDrift.js';
import { orphanPods } from './rules/orphanPods.js';
import { restartingContainers } from './rules/restartingContainers.js';
import { revisionHistoryLimit } from './rules/revisionHistoryLimit.js';
import { serviceSelectors } from './rules/serviceSelectors.js';
import { staleReplicaSets } from './rules/staleReplicaSets.js';
import { unsetResourcesRule } from './rules/unsetResources.js';
import { stuckRollout } from './rules/stuckRollout.js';
import { staleBreakdown } from './staleBreakdown.js';
import { SEVERITIES, type AuditLogs, type AuditOptions, type AuditReport, type AuditRule, type Finding, type Recommendation } from './types.js';

export const AUDIT_RULES: readonly AuditRule[] = [
  stuckRollout,
  staleReplicaSets,
  genericBaseImage,
  memoryLimits,
  restartingContainers,
  namingDrift,
  mutableTags,
  revisionHistoryLimit,
  unsetResourcesRule,
  serviceSelectors,
  orphanPods,
];

export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITIES.indexOf(a.finding.severity) - SEVERITIES.indexOf(b.finding.severity) || a.index - b.index)
    .map(({ finding }) => finding);
}

function recommendationsOf(findings: Finding[], options: AuditOptions): Recommendation[] {
  return findings.flatMap((finding) =>
    finding.plan
      ? [{
          findingId: finding.id,
          severity: finding.severity,
          title: finding.plan.title,
          commands: finding.plan.operations.map((op) => toKubectlLine(op, options)),
        }]
      : [],
  );
}

export function runAudit(snapshot: ClusterSnapshot, options: AuditOptions, logs?: AuditLogs): AuditReport {
  const findings = sortFindings(AUDIT_RULES.flatMap((rule) => rule(snapshot, options, logs)));
  const deploymentStatus = deploymentRows(snapshot, findings);
  return {
    namespace: snapshot.namespace,
    context: options.context,
    generatedAt: snapshot.now,
    summary: summaryOf(snapshot),
    health: healthOf(deploymentStatus),
    findings,
    staleBreakdown: staleBreakdown(snapshot),
    deploymentStatus,
    services: serviceRows(snapshot),
    recommendations: recommendationsOf(findings, options),
  };
}

/** 3 with any CRITICAL finding, 1 with HIGH or MEDIUM, else 0 (LOW and INFO do not fail a check). */
export function exitCodeFor(report: AuditReport): 0 | 1 | 3 {
  if (report.findings.some((f) => f.severity === 'CRITICAL')) return 3;
  if (report.findings.some((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM')) return 1;
  return 0;
}
