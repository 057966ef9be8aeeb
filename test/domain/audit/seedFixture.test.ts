// The audit over the demo's kilo-guardian fixture must tell the seed report's story. The seed's
// own totals are inconsistent (64 stale / 72 total vs a breakdown summing to 63 and 15 active
// ReplicaSets listed); the per-Deployment breakdown is what we match.
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../src/demo/fixtures.js';
import { exitCodeFor, runAudit } from '../../../src/domain/audit/runAudit.js';
import { formatAge } from '../../../src/domain/age.js';
import type { ClusterSnapshot, Deployment, Pod, ReplicaSet, Service } from '../../../src/domain/resources.js';
import { NOW } from '../builders.js';

function seedSnapshot(): ClusterSnapshot {
  const set = loadFixtures('demo-fixtures/kilo-guardian', NOW);
  return {
    namespace: set.namespace,
    deployments: set.objects.filter((o): o is Deployment => o.kind === 'Deployment'),
    replicaSets: set.objects.filter((o): o is ReplicaSet => o.kind === 'ReplicaSet'),
    pods: set.objects.filter((o): o is Pod => o.kind === 'Pod'),
    services: set.objects.filter((o): o is Service => o.kind === 'Service'),
    events: [],
    now: NOW,
  };
}

describe('audit of the kilo-guardian demo fixture', () => {
  const report = runAudit(seedSnapshot(), { context: 'k3s', currentContext: 'k3s' });

  it('matches the seed inventory and health', () => {
    expect(report.summary).toMatchObject({ deployments: 14, pods: { total: 15, running: 14, crashing: 1 }, services: 15 });
    expect(report.summary.replicaSets.stale).toBe(63);
    expect(report.health.text).toBe('13/14 deployments healthy');
    expect(report.health.unhealthy).toEqual(['kilo-meds']);
  });

  it('finds the seed issues in severity order and exits 3', () => {
    const ids = report.findings.map((f) => f.id);
    expect(ids.slice(0, 3)).toEqual(['stuck-rollout/kilo-meds', 'stale-replicasets', 'generic-image/kilo-socketio']);
    expect(report.findings[0].title).toBe('kilo-meds rollout stuck (CrashLoopBackOff); kilo-meds:cb1 still serving');
    expect(report.recommendations[0].commands).toEqual(['kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=8']);
    // kilo-ai-brain's 11 restarts end in OOMKilled: explained by the memory rule, with its fix, not as bare restarts.
    expect(ids).toContain('memory-limit/deployment/kilo-ai-brain/ai-brain');
    expect(ids.some((id) => id.startsWith('restarts/kilo-ai-brain-'))).toBe(false);
    expect(report.findings.find((f) => f.id === 'memory-limit/deployment/kilo-ai-brain/ai-brain')?.plan?.operations[0].kubectlArgs).toEqual(['set', 'resources', 'deployment/kilo-ai-brain', '-c', 'ai-brain', '--limits=memory=2560Mi', '-n', 'kilo-guardian']);
    expect(exitCodeFor(report)).toBe(3);
  });

  it('reproduces the seed stale breakdown table', () => {
    const rows = Object.fromEntries(report.staleBreakdown.map((r) => [r.deployment, [r.total, r.active, r.stale, formatAge(r.oldestStaleAgeMs ?? 0)]]));
    expect(rows['kilo-frontend']).toEqual([11, 1, 10, '7d15h']);
    expect(rows['kilo-meds']).toEqual([9, 2, 7, '7d21h']);
    expect(rows['kilo-financial']).toEqual([9, 1, 8, '7d20h']);
    expect(rows['kilo-socketio']).toEqual([2, 1, 1, '7d21h']);
  });
});
