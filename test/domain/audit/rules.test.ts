import { describe, expect, it } from 'vitest';
import { toKubectlLine } from '../../../src/domain/plans/toKubectl.js';
import { genericBaseImage } from '../../../src/domain/audit/rules/genericBaseImage.js';
import { mutableTags } from '../../../src/domain/audit/rules/mutableTags.js';
import { namingDrift } from '../../../src/domain/audit/rules/namingDrift.js';
import { orphanPods } from '../../../src/domain/audit/rules/orphanPods.js';
import { restartingContainers } from '../../../src/domain/audit/rules/restartingContainers.js';
import { revisionHistoryLimit } from '../../../src/domain/audit/rules/revisionHistoryLimit.js';
import { serviceSelectors } from '../../../src/domain/audit/rules/serviceSelectors.js';
import { staleReplicaSets } from '../../../src/domain/audit/rules/staleReplicaSets.js';
import { stuckRollout } from '../../../src/domain/audit/rules/stuckRollout.js';
import type { AuditOptions } from '../../../src/domain/audit/types.js';
import { deployment, deploymentWithHistory, pod, replicaSet, snapshot } from '../builders.js';
import { miniCluster } from './miniCluster.js';

const options: AuditOptions = { context: 'default', currentContext: 'default' };
const commands = (f: { plan?: { operations: Parameters<typeof toKubectlLine>[0][] } }) => f.plan?.operations.map((op) => toKubectlLine(op, options)) ?? [];

describe('stuckRollout (CRITICAL)', () => {
  it('reports the crash-looping rollout with evidence, root cause and an undo to the serving revision', () => {
    const { snap, ids } = miniCluster();
    const [finding, ...rest] = stuckRollout(snap, options, { rootCauseLines: { [ids.medsCrashPod]: "ModuleNotFoundError: No module named 'prometheus_client'" } });
    expect(rest).toEqual([]);
    expect(finding.id).toBe('stuck-rollout/kilo-meds');
    expect(finding.severity).toBe('CRITICAL');
    expect(finding.title).toBe('kilo-meds rollout stuck (CrashLoopBackOff); kilo-meds:cb1 still serving');
    expect(finding.subjectUids).toEqual(expect.arrayContaining([ids.meds, ids.medsBroken, ids.medsCrashPod]));
    expect(finding.evidence).toEqual(expect.arrayContaining([
      'Deployment: kilo-meds',
      '  Desired Replicas: 1',
      '  Current Replicas: 2',
      '  Available Replicas: 1',
      '  Unavailable Replicas: 1',
      '  - kilo-meds-55d9cd8856 (kilo-meds:cb1) - Running, age 23h',
      '  - kilo-meds-7568f7694c (kilo-meds:ai-brain-ocr-v2) - CrashLoopBackOff, age 7m',
      "  ModuleNotFoundError: No module named 'prometheus_client'",
      '  Exit Code: 1',
      '  Restart Count: 6',
    ]));
    expect(commands(finding)).toEqual(['kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=9']);
  });
  it('does not report a paused Deployment', () => {
    const { snap } = miniCluster();
    snap.deployments.find((d) => d.metadata.name === 'kilo-meds')!.spec.paused = true;
    expect(stuckRollout(snap, options)).toEqual([]);
  });
});

describe('staleReplicaSets (HIGH)', () => {
  it('lists every stale ReplicaSet with a per-Deployment breakdown and a delete plan', () => {
    const { snap, ids } = miniCluster();
    const [finding] = staleReplicaSets(snap, options);
    expect(finding).toMatchObject({ id: 'stale-replicasets', severity: 'HIGH', title: '14 stale ReplicaSets with 0 replicas' });
    expect(finding.subjectUids).not.toContain(ids.orphanRs);
    expect(finding.evidence[0]).toBe('14 ReplicaSets scaled to 0 across 5 Deployments:');
    expect(finding.evidence).toContain('  kilo-meds: 7 stale of 9, oldest 7d21h');
    expect(finding.plan?.operations).toHaveLength(14);
    expect(finding.plan?.operations.every((op) => op.action === 'delete' && !op.dangerous)).toBe(true);
    expect(commands(finding).every((line) => /^kubectl delete replicaset\.apps\/kilo-[a-z-]+-h\d+x\d+ -n kilo-guardian$/.test(line))).toBe(true);
    expect(commands(finding).filter((line) => line.includes('kilo-meds-'))).toHaveLength(7);
  });
  it('finds nothing for Deployments with one ReplicaSet or unowned ReplicaSets', () => {
    const single = deploymentWithHistory('kilo-voice', 0);
    const orphan = replicaSet({ replicas: 0, revision: 1 });
    expect(staleReplicaSets(snapshot({ deployments: [single.dep], replicaSets: [...single.replicaSets, orphan] }), options)).toEqual([]);
  });
});

describe('genericBaseImage and restartingContainers (MEDIUM)', () => {
  it('flags the one service on a generic base image, suggesting the patterns in use', () => {
    const { snap, ids } = miniCluster();
    const findings = genericBaseImage(snap, options);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: 'generic-image/kilo-socketio', severity: 'MEDIUM', subjectUids: [ids.socketio] });
    expect(findings[0].evidence).toEqual(expect.arrayContaining(['  Image: python:3.11-slim', '  Expected: kilo-socketio:<tag> or kilo/socketio:<tag>']));
  });
  it('stays quiet when most services use base images, and honours extra generic images', () => {
    const a = deployment({ name: 'x-a', image: 'python:3.12' });
    const b = deployment({ name: 'x-b', image: 'node:20' });
    const c = deployment({ name: 'x-c', image: 'x/c:1' });
    expect(genericBaseImage(snapshot({ deployments: [a, b, c] }), options)).toEqual([]);
    const d = deployment({ name: 'x-d', image: 'golang:1.22' });
    const snap = snapshot({ deployments: [c, d, deployment({ name: 'x-e', image: 'x/e:1' })] });
    expect(genericBaseImage(snap, options)).toEqual([]);
    expect(genericBaseImage(snap, { ...options, genericImages: ['golang:*'] }).map((f) => f.id)).toEqual(['generic-image/x-d']);
  });
  it('reports the restart-prone pod but not the crashing pod already reported as CRITICAL', () => {
    const { snap, ids } = miniCluster();
    const findings = restartingContainers(snap, options);
    expect(findings.map((f) => f.subjectUids[0])).toEqual([ids.brainPod]);
    expect(findings[0].title).toBe('kilo-ai-brain-c679fb7f9-ccccc restarted 11 times');
    expect(findings[0].evidence).toContain('  Restarts: 11, last 3d ago');
    expect(restartingContainers(snap, { ...options, restartThreshold: 12 })).toEqual([]);
  });
  it('reports a crashing pod when its Deployment is not stuck (paused)', () => {
    const { snap, ids } = miniCluster();
    snap.deployments.find((d) => d.metadata.name === 'kilo-meds')!.spec.paused = true;
    expect(restartingContainers(snap, options).map((f) => f.subjectUids[0])).toEqual(expect.arrayContaining([ids.medsCrashPod, ids.brainPod]));
  });
});

describe('LOW and INFO rules', () => {
  it('describes the naming conventions in use and which services use them', () => {
    const { snap } = miniCluster();
    const [finding] = namingDrift(snap, options);
    expect(finding).toMatchObject({ id: 'naming-drift', severity: 'LOW', title: '2 image naming conventions in use' });
    expect(finding.evidence).toEqual(expect.arrayContaining([
      '  kilo/<service>:latest (3 services): kilo-ai-brain, kilo-cam, kilo-voice',
      '  kilo-<service>:<tag> (2 services): kilo-frontend, kilo-meds',
      '  ollama/ollama:latest (external image): kilo-ollama',
      '  python:3.11-slim (generic base image): kilo-socketio',
    ]));
    expect(namingDrift(snapshot({ deployments: [deployment({ name: 'kilo-a', image: 'kilo/a:1' })] }), options)).toEqual([]);
  });
  it('lists :latest and untagged images', () => {
    const [finding] = mutableTags(snapshot({ deployments: [
      deployment({ name: 'a', image: 'kilo/a:latest' }), deployment({ name: 'b', image: 'b' }),
      deployment({ name: 'c', image: 'c:1.2' }), deployment({ name: 'd', image: 'd@sha256:abc' }),
    ] }), options);
    expect(finding.evidence).toEqual(['  a: kilo/a:latest', '  b: b']);
  });
  it('plans revisionHistoryLimit 3 for Deployments at the default, skipping ones already lowered', () => {
    const { snap, ids } = miniCluster();
    const [finding] = revisionHistoryLimit(snap, options);
    expect(finding.subjectUids).not.toContain(ids.voice);
    expect(finding.subjectUids).toHaveLength(6);
    expect(commands(finding)).toContain(`kubectl patch deployment kilo-meds -n kilo-guardian --type=merge -p '{"spec":{"revisionHistoryLimit":3}}'`);
    expect(finding.evidence).toContain('  kilo-meds: revisionHistoryLimit unset (default 10)');
  });
  it('flags services selecting no running pod (LOW) and without selector (INFO)', () => {
    const { snap } = miniCluster();
    expect(serviceSelectors(snap, options).map((f) => [f.id, f.severity])).toEqual([
      ['service-no-selector/external-db', 'INFO'],
      ['service-no-pods/kilo-legacy', 'LOW'],
    ]);
  });
  it('flags pods with no controller', () => {
    const { snap } = miniCluster();
    expect(orphanPods(snap, options).map((f) => f.id)).toEqual(['orphan-pod/debug-shell']);
    expect(orphanPods(snapshot({ pods: [pod({ owner: replicaSet({ revision: 1 }) })] }), options)).toEqual([]);
  });
});
