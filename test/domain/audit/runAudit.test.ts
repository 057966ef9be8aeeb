import { describe, expect, it } from 'vitest';
import { exitCodeFor, runAudit } from '../../../src/domain/audit/runAudit.js';
import type { AuditOptions, AuditReport, Finding, Severity } from '../../../src/domain/audit/types.js';
import { deploymentWithHistory, snapshot } from '../builders.js';
import { miniCluster } from './miniCluster.js';

const options: AuditOptions = { context: 'k3s', currentContext: 'k3s' };

describe('runAudit', () => {
  it('summarizes inventory and health like the seed report', () => {
    const { snap } = miniCluster();
    const report = runAudit(snap, options);
    expect(report.summary).toEqual({
      deployments: 7,
      replicaSets: { total: 23, active: 8, stale: 14 },
      pods: { total: 9, running: 8, crashing: 1 },
      services: 10,
    });
    expect(report.health).toEqual({ healthy: 6, total: 7, text: '6/7 deployments healthy', unhealthy: ['kilo-meds'] });
  });
  it('sorts findings by severity, most severe first', () => {
    const { snap } = miniCluster();
    const severities = runAudit(snap, options).findings.map((f) => f.severity);
    const rank: Record<Severity, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3, INFO: 4 };
    expect(severities[0]).toBe('CRITICAL');
    expect(severities.every((s, i) => i === 0 || rank[severities[i - 1]] <= rank[s])).toBe(true);
    expect(severities.at(-1)).toBe('INFO');
  });
  it('reports the crashing pod once (CRITICAL), not again as restarting', () => {
    const { snap, ids } = miniCluster();
    const about = runAudit(snap, options).findings.filter((f) => f.subjectUids.includes(ids.medsCrashPod));
    expect(about.map((f) => f.id)).toEqual(['stuck-rollout/kilo-meds']);
  });
  it('builds breakdown, status and service rows', () => {
    const { snap } = miniCluster();
    const report = runAudit(snap, options);
    expect(report.staleBreakdown[0]).toMatchObject({ deployment: 'kilo-meds', total: 9, active: 2, stale: 7 });
    expect(report.staleBreakdown.find((r) => r.deployment === 'kilo-voice')).toMatchObject({ total: 1, stale: 0, oldestStaleAgeMs: undefined });
    const meds = report.deploymentStatus.find((r) => r.name === 'kilo-meds');
    expect(meds).toMatchObject({ status: 'Stuck: CrashLoopBackOff', healthy: false, restarts: 6, image: 'kilo-meds:ai-brain-ocr-v2' });
    expect(meds?.notes).toContain('rollout stuck');
    expect(report.deploymentStatus.find((r) => r.name === 'kilo-socketio')?.notes).toEqual(['generic base image']);
    expect(report.services.find((s) => s.name === 'kilo-frontend-external')).toMatchObject({ type: 'NodePort', ports: ['80→30000'], runningPods: 1 });
  });
  it('turns plans into paste-ready recommendations in severity order', () => {
    const { snap } = miniCluster();
    const recs = runAudit(snap, { context: 'lab', currentContext: 'k3s' }).recommendations;
    expect(recs.map((r) => r.findingId)).toEqual(['stuck-rollout/kilo-meds', 'stale-replicasets', 'revision-history-limit']);
    expect(recs[0].commands).toEqual(['kubectl --context=lab rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=9']);
  });
  it('is clean for a healthy namespace with one ReplicaSet per Deployment', () => {
    const a = deploymentWithHistory('kilo-a', 0, { image: 'kilo/a:1.0', revisionHistoryLimit: 3 });
    // Healthy includes requests and limits: without them the LOW unset-resources finding applies.
    const bare = runAudit(snapshot({ deployments: [a.dep], replicaSets: a.replicaSets, pods: a.pods }), options);
    expect(bare.findings.map((f) => f.id)).toEqual(['unset-resources']);
    expect(exitCodeFor(bare)).toBe(0);
    for (const p of a.pods) p.spec.containers[0].resources = { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '64Mi' } };
    const report = runAudit(snapshot({ deployments: [a.dep], replicaSets: a.replicaSets, pods: a.pods }), options);
    expect(report.findings).toEqual([]);
    expect(report.health.text).toBe('1/1 deployments healthy');
    expect(exitCodeFor(report)).toBe(0);
  });
});

describe('exitCodeFor', () => {
  const withSeverities = (...severities: Severity[]): AuditReport => {
    const findings: Finding[] = severities.map((severity, i) => ({ id: `f${i}`, severity, title: 't', subjectUids: [], evidence: [] }));
    return { ...runAudit(snapshot({}), options), findings };
  };
  it('is 0 up to LOW, 1 for HIGH or MEDIUM, 3 for CRITICAL', () => {
    expect(exitCodeFor(withSeverities())).toBe(0);
    expect(exitCodeFor(withSeverities('LOW', 'INFO'))).toBe(0);
    expect(exitCodeFor(withSeverities('MEDIUM', 'LOW'))).toBe(1);
    expect(exitCodeFor(withSeverities('HIGH'))).toBe(1);
    expect(exitCodeFor(withSeverities('LOW', 'CRITICAL', 'HIGH'))).toBe(3);
  });
  it('is 3 for the seed-shaped cluster', () => {
    expect(exitCodeFor(runAudit(miniCluster().snap, options))).toBe(3);
  });
});
