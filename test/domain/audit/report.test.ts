import { describe, expect, it } from 'vitest';
import { toJson, toJsonText } from '../../../src/domain/audit/report/json.js';
import { renderMarkdown } from '../../../src/domain/audit/report/markdown.js';
import { runAudit } from '../../../src/domain/audit/runAudit.js';
import { deploymentWithHistory, snapshot } from '../builders.js';
import { miniCluster } from './miniCluster.js';

function seedReport() {
  const { snap, ids } = miniCluster();
  return runAudit(snap, { context: 'k3s', currentContext: 'k3s' }, { rootCauseLines: { [ids.medsCrashPod]: "ModuleNotFoundError: No module named 'prometheus_client'" } });
}

describe('renderMarkdown', () => {
  const md = renderMarkdown(seedReport());
  const lines = md.split('\n');
  it('has the seed report header and sections in order', () => {
    expect(lines.slice(0, 5)).toEqual([
      '# Kubernetes Cluster Audit Report',
      '**Date**: 2026-01-06',
      '**Namespace**: kilo-guardian',
      '**Context**: k3s',
      '**Auditor**: kilo-tui',
    ]);
    const order = ['## Executive Summary', '### Resource Inventory', '### Health Status', '## Detailed Findings', '## Stale ReplicaSet Breakdown', '## Deployment Status', '## Services', '## Recommendations'];
    const positions = order.map((heading) => lines.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
  it('summarizes inventory and health', () => {
    expect(lines).toContain('1. **CRITICAL**: kilo-meds rollout stuck (CrashLoopBackOff); kilo-meds:cb1 still serving');
    expect(lines).toContain('- **ReplicaSets**: 23 total (8 active, 14 stale)');
    expect(lines).toContain('- **Pods**: 9 (8 running, 1 crashing)');
    expect(lines).toContain('- **Healthy Deployments**: 6/7 (86%)');
  });
  it('prints findings with fenced evidence and kubectl commands', () => {
    expect(lines).toContain('### 1. CRITICAL: kilo-meds rollout stuck (CrashLoopBackOff); kilo-meds:cb1 still serving');
    expect(lines).toContain("  ModuleNotFoundError: No module named 'prometheus_client'");
    expect(lines).toContain('kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=9');
    expect(md).toContain('```bash\nkubectl rollout undo deployment/kilo-meds');
  });
  it('prints the stale breakdown, deployment status and service tables', () => {
    expect(lines).toContain('| Deployment | Total RS | Active RS | Stale RS | Oldest Stale RS Age |');
    expect(lines).toContain('| kilo-meds | 9 | 2 | 7 | 7d21h |');
    expect(lines).toContain('| kilo-meds | kilo-meds:ai-brain-ocr-v2 | Stuck: CrashLoopBackOff | 7m | rollout stuck, 6 restarts |');
    expect(lines).toContain('| kilo-frontend-external | NodePort | 10.43.0.1 | 80→30000 | 1 |');
  });
  it('escapes pipes in table cells and says so when there is nothing to report', () => {
    const a = deploymentWithHistory('kilo-a', 0, { image: 'kilo/a:1', revisionHistoryLimit: 3 });
    a.dep.metadata.name = 'odd|name';
    // Healthy includes requests and limits (else the LOW unset-resources finding applies).
    for (const p of a.pods) p.spec.containers[0].resources = { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '64Mi' } };
    const clean = renderMarkdown(runAudit(snapshot({ deployments: [a.dep], replicaSets: a.replicaSets, pods: a.pods }), { context: 'c', currentContext: 'c' }));
    expect(clean).toContain('No issues found.');
    expect(clean).toContain('No stale ReplicaSets.');
    expect(clean).toContain('| odd\\|name |');
  });
});

describe('toJson', () => {
  it('has schemaVersion 1 and the documented top-level shape', () => {
    const json = toJson(seedReport());
    expect(Object.keys(json)).toEqual([
      'schemaVersion', 'namespace', 'context', 'generatedAt', 'exitCode', 'summary', 'health',
      'findings', 'staleBreakdown', 'deployments', 'services', 'recommendations',
    ]);
    expect(json).toMatchObject({ schemaVersion: 1, namespace: 'kilo-guardian', generatedAt: '2026-01-06T12:00:00.000Z', exitCode: 3 });
  });
  it('carries findings with plans as argv and durations in seconds', () => {
    const json = toJson(seedReport());
    const stuck = json.findings[0];
    expect(stuck.id).toBe('stuck-rollout/kilo-meds');
    expect(stuck.plan?.operations[0]).toMatchObject({ kind: 'Deployment', name: 'kilo-meds', dangerous: false, command: ['kubectl', 'rollout', 'undo', 'deployment/kilo-meds', '-n', 'kilo-guardian', '--to-revision=9'] });
    expect(json.findings.find((f) => f.id === 'naming-drift')?.plan).toBeNull();
    expect(json.findings.find((f) => f.id === 'stale-replicasets')?.plan).toMatchObject({ warnings: [], notes: ['no running pods are affected'] });
    expect(json.staleBreakdown[0]).toMatchObject({ deployment: 'kilo-meds', oldestStaleAge: '7d21h', oldestStaleAgeSeconds: (7 * 24 + 21) * 3600 });
    expect(json.deployments.find((d) => d.name === 'kilo-meds')).toMatchObject({ age: '7m', ageSeconds: 420 });
  });
  it('round-trips through JSON text unchanged', () => {
    const report = seedReport();
    expect(JSON.parse(toJsonText(report))).toEqual(toJson(report));
  });
});
