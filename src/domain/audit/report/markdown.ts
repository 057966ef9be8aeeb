// The audit as a Markdown document with the seed report's structure: summary, findings with
// evidence, the stale breakdown, deployment status, services and paste-ready kubectl commands.
import { sanitizeMultiline } from '../../../text/sanitize.js';
import { formatAge } from '../../age.js';
import type { AuditReport, Finding } from '../types.js';

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

function table(headers: string[], rows: string[][]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
}

// A fence longer than any backtick run inside, so evidence can never close it early.
function fenced(lines: string[], language = ''): string[] {
  const longest = Math.max(2, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${language}`, ...lines, fence];
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '100%' : `${Math.round((part / whole) * 100)}%`;
}

function summarySection(report: AuditReport): string[] {
  const { summary, health } = report;
  const notable = report.findings.filter((f) => f.severity !== 'INFO');
  return [
    '## Executive Summary',
    '',
    '### Issues Found',
    ...(notable.length
      ? notable.map((f, i) => `${i + 1}. **${f.severity}**: ${f.title}`)
      : ['No issues found.']),
    '',
    '### Resource Inventory',
    `- **Deployments**: ${summary.deployments}`,
    `- **ReplicaSets**: ${summary.replicaSets.total} total (${summary.replicaSets.active} active, ${summary.replicaSets.stale} stale)`,
    `- **Pods**: ${summary.pods.total} (${summary.pods.running} running, ${summary.pods.crashing} crashing)`,
    `- **Services**: ${summary.services}`,
    '',
    '### Health Status',
    `- **Healthy Deployments**: ${health.healthy}/${health.total} (${percent(health.healthy, health.total)})`,
    ...(health.unhealthy.length ? [`- **Unhealthy Deployments**: ${health.unhealthy.length}/${health.total} (${health.unhealthy.join(', ')})`] : []),
    `- **Stale Resource Overhead**: ${summary.replicaSets.stale} ReplicaSets with 0 replicas`,
  ];
}

function findingSection(finding: Finding, index: number, report: AuditReport): string[] {
  const commands = report.recommendations.find((r) => r.findingId === finding.id)?.commands ?? [];
  return [
    `### ${index + 1}. ${finding.severity}: ${finding.title}`,
    '',
    `**Finding**: \`${finding.id}\``,
    '',
    '**Evidence**:',
    ...fenced(finding.evidence),
    ...(finding.advice?.length || commands.length ? ['', '**Recommended Action**:'] : []),
    ...(finding.advice ?? []).map((line) => `- ${line}`),
    ...(commands.length ? ['', ...fenced(commands, 'bash')] : []),
    '',
  ];
}

function staleSection(report: AuditReport): string[] {
  const rows = report.staleBreakdown.filter((row) => row.stale > 0);
  if (rows.length === 0) return ['## Stale ReplicaSet Breakdown', '', 'No stale ReplicaSets.'];
  return [
    '## Stale ReplicaSet Breakdown',
    '',
    ...table(
      ['Deployment', 'Total RS', 'Active RS', 'Stale RS', 'Oldest Stale RS Age'],
      rows.map((r) => [r.deployment, String(r.total), String(r.active), String(r.stale), r.oldestStaleAgeMs === undefined ? '-' : formatAge(r.oldestStaleAgeMs)]),
    ),
  ];
}

function deploymentSection(report: AuditReport): string[] {
  return [
    '## Deployment Status',
    '',
    `${report.health.text}.`,
    '',
    ...table(
      ['Deployment', 'Image', 'Status', 'Age', 'Notes'],
      report.deploymentStatus.map((r) => [r.name, r.image, r.status, formatAge(r.ageMs), r.notes.join(', ')]),
    ),
  ];
}

function serviceSection(report: AuditReport): string[] {
  return [
    '## Services',
    '',
    ...table(
      ['Service', 'Type', 'Cluster IP', 'Ports', 'Running Pods'],
      report.services.map((s) => [s.name, s.type, s.clusterIP ?? '-', s.ports.join(', '), String(s.runningPods)]),
    ),
  ];
}

function recommendationSection(report: AuditReport): string[] {
  if (report.recommendations.length === 0) return ['## Recommendations', '', 'Nothing to do.'];
  return [
    '## Recommendations',
    '',
    ...report.recommendations.flatMap((r, i) => [`${i + 1}. **${r.title}** (${r.severity}, \`${r.findingId}\`)`, '', ...fenced(r.commands, 'bash'), '']),
  ];
}

export function renderMarkdown(report: AuditReport): string {
  const lines = [
    '# Kubernetes Cluster Audit Report',
    `**Date**: ${new Date(report.generatedAt).toISOString().slice(0, 10)}`,
    `**Namespace**: ${report.namespace}`,
    `**Context**: ${report.context}`,
    '**Auditor**: kilo-tui',
    '',
    '---',
    '',
    ...summarySection(report),
    '',
    '---',
    '',
    '## Detailed Findings',
    '',
    ...(report.findings.length ? report.findings.flatMap((f, i) => findingSection(f, i, report)) : ['No findings.', '']),
    '---',
    '',
    ...staleSection(report),
    '',
    ...deploymentSection(report),
    '',
    ...serviceSection(report),
    '',
    '---',
    '',
    ...recommendationSection(report),
  ];
  // Names, messages and log lines in it come from the cluster: the whole document is made inert
  // (its shell commands already are, quoted with $'…' escapes where needed).
  return `${sanitizeMultiline(lines.join('\n')).replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
