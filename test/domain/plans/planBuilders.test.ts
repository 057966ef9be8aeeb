import { describe, expect, it } from 'vitest';
import { planDelete } from '../../../src/domain/plans/planDelete.js';
import { planRolloutRestart } from '../../../src/domain/plans/planRolloutRestart.js';
import { planRolloutUndo } from '../../../src/domain/plans/planRolloutUndo.js';
import { planScale } from '../../../src/domain/plans/planScale.js';
import { planSetRevisionHistoryLimit } from '../../../src/domain/plans/planSetRevisionHistoryLimit.js';
import { toKubectlLine } from '../../../src/domain/plans/toKubectl.js';
import { undoHistory } from '../../../src/domain/plans/undoHistory.js';
import type { Plan } from '../../../src/domain/plans/plan.js';
import { HOUR, MINUTE, NOW, deployment, deploymentWithHistory, pod, replicaSet, service, snapshot } from '../builders.js';

const ctx = { context: 'default', currentContext: 'default', namespace: 'kilo-guardian' };
const lines = (plan: Plan) => plan.operations.map((op) => toKubectlLine(op, ctx));

function meds() {
  const dep = deployment({ name: 'kilo-meds', revision: 10 });
  const r7 = replicaSet({ owner: dep, revision: 7, image: 'kilo-meds:v7', createdAgo: 5 * 24 * HOUR });
  const r8 = replicaSet({ owner: dep, revision: 8, image: 'kilo-meds:cb0', createdAgo: 2 * 24 * HOUR });
  const r9 = replicaSet({ owner: dep, revision: 9, replicas: 1, image: 'kilo-meds:cb1', createdAgo: 23 * HOUR, hash: '55d9cd8856' });
  const r10 = replicaSet({ owner: dep, revision: 10, replicas: 1, image: 'kilo-meds:ai-brain-ocr-v2', createdAgo: 7 * MINUTE });
  const pods = [pod({ owner: r9 }), pod({ owner: r10, health: 'crashloop' })];
  return { dep, r7, r8, r9, r10, snap: snapshot({ deployments: [dep], replicaSets: [r7, r8, r9, r10], pods }) };
}

describe('planDelete', () => {
  it('deletes stale ReplicaSets one op each, not dangerous', () => {
    const rs = replicaSet({ owner: deployment({ name: 'kilo-frontend', revision: 11 }), revision: 3, name: 'kilo-frontend-6bf69bcfbf' });
    const plan = planDelete([rs], ctx);
    expect(lines(plan)).toEqual(['kubectl delete replicaset.apps/kilo-frontend-6bf69bcfbf -n kilo-guardian']);
    expect(plan.operations[0].dangerous).toBeFalsy();
    expect(plan.operations[0].target).toMatchObject({ kind: 'ReplicaSet', uid: rs.metadata.uid, resourceVersion: '200' });
    expect(plan.title).toBe('Delete 1 ReplicaSet');
    // A reassurance, not a warning.
    expect(plan.warnings).toEqual([]);
    expect(plan.notes).toEqual(['no running pods are affected']);
  });
  it('marks the current revision and ReplicaSets with pods dangerous, with impact', () => {
    const { r8, r9, r10, snap } = meds();
    const plan = planDelete([r8, r9, r10], ctx, snap);
    expect(plan.operations.map((op) => op.dangerous ?? false)).toEqual([false, true, true]);
    expect(plan.operations[1].impact).toBe('1 pod will be terminated');
    expect(plan.operations[2].impact).toMatch(/^current revision of deployment kilo-meds.*; 1 pod will be terminated$/);
    expect(plan.title).toBe('Delete 3 ReplicaSets');
    expect(plan.warnings[0]).toMatch(/2 objects still in use/);
    expect(plan.warnings).toContain('2 pods will be terminated');
    expect(plan.notes).toEqual([]);
  });
  it('uses kubectl resource names for every kind', () => {
    const { dep, snap } = meds();
    const p = snap.pods[0];
    const svc = service('kilo-meds', { app: 'kilo-meds' });
    expect(lines(planDelete([dep, p, svc], ctx, snap))).toEqual([
      'kubectl delete deployment.apps/kilo-meds -n kilo-guardian',
      `kubectl delete pod/${p.metadata.name} -n kilo-guardian`,
      'kubectl delete service/kilo-meds -n kilo-guardian',
    ]);
  });
});

describe('planRolloutUndo and undoHistory', () => {
  it('defaults to the highest revision below the current one', () => {
    const { dep, snap } = meds();
    const plan = planRolloutUndo(dep, snap, ctx);
    expect(lines(plan)).toEqual(['kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=9']);
    expect(plan.warnings).toEqual(['current revision 10 (kilo-meds:ai-brain-ocr-v2) is replaced: 1 pod will be terminated']);
    expect(plan.notes).toEqual([]);
  });
  it('notes, without warning, that rolling back to the current revision changes nothing', () => {
    const { dep, snap } = meds();
    const plan = planRolloutUndo(dep, snap, ctx, 10);
    expect(plan.warnings).toEqual([]);
    expect(plan.notes).toEqual(['revision 10 is already current: nothing changes']);
  });
  it('goes to a chosen revision, carrying its template without the pod-template-hash label', () => {
    const { dep, r8, snap } = meds();
    const plan = planRolloutUndo(dep, snap, ctx, 8);
    expect(lines(plan)).toEqual(['kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=8']);
    const op = plan.operations[0];
    if (op.action !== 'rolloutUndo') throw new Error('expected rolloutUndo');
    expect(op.toRevision).toBe(8);
    expect(op.template.spec.containers[0].image).toBe('kilo-meds:cb0');
    expect(op.template.metadata?.labels).toEqual({ app: 'kilo-meds' });
    expect(r8.spec.template.metadata?.labels?.['pod-template-hash']).toBeDefined();
  });
  it('refuses a revision that does not exist or a Deployment with no history', () => {
    const { dep, snap } = meds();
    expect(() => planRolloutUndo(dep, snap, ctx, 3)).toThrow(/no revision 3/);
    const lone = deploymentWithHistory('kilo-socketio', 0);
    expect(() => planRolloutUndo(lone.dep, snapshot({ deployments: [lone.dep], replicaSets: lone.replicaSets }), ctx)).toThrow(/no earlier revision/);
  });
  it('lists revisions newest first with image, age and ReplicaSet name', () => {
    const { dep, snap } = meds();
    const history = undoHistory(dep, snap);
    expect(history.map((e) => [e.revision, e.image, e.age, e.current])).toEqual([
      [10, 'kilo-meds:ai-brain-ocr-v2', '7m', true],
      [9, 'kilo-meds:cb1', '23h', false],
      [8, 'kilo-meds:cb0', '2d', false],
      [7, 'kilo-meds:v7', '5d', false],
    ]);
    expect(history[1].replicaSetName).toBe('kilo-meds-55d9cd8856');
  });
});

describe('planRolloutRestart, planScale, planSetRevisionHistoryLimit', () => {
  it('restarts with kubectl rollout restart and an RFC 3339 restartedAt', () => {
    const dep = deployment({ name: 'kilo-voice', revision: 4, replicas: 2 });
    const plan = planRolloutRestart([dep], ctx, NOW);
    expect(lines(plan)).toEqual(['kubectl rollout restart deployment/kilo-voice -n kilo-guardian']);
    const op = plan.operations[0];
    expect(op.action === 'rolloutRestart' && op.restartedAt).toBe('2026-01-06T12:00:00Z');
    expect(plan.warnings).toEqual(['2 pods will be replaced']);
    expect(plan.notes).toEqual([]);
    const idle = planRolloutRestart([deployment({ name: 'kilo-idle', revision: 1, replicas: 0 })], ctx, NOW);
    expect(idle.warnings).toEqual([]);
    expect(idle.notes).toEqual(['no pods are running: none will be replaced']);
  });
  it('scales with --replicas, dangerous only when scaling a running workload to 0', () => {
    const cam = deployment({ name: 'kilo-cam', revision: 8 });
    expect(lines(planScale([cam], 2, ctx))).toEqual(['kubectl scale deployment/kilo-cam -n kilo-guardian --current-replicas=1 --replicas=2']);
    expect(planScale([cam], 2, ctx).operations[0].dangerous).toBeFalsy();
    const toZero = planScale([cam], 0, ctx);
    expect(toZero.operations[0].dangerous).toBe(true);
    expect(toZero.warnings[0]).toMatch(/stops every pod/);
    expect(() => planScale([cam], -1, ctx)).toThrow();
  });
  it('warns that scaling a Deployment-managed ReplicaSet is undone', () => {
    const rs = replicaSet({ owner: deployment({ name: 'kilo-cam', revision: 1 }), revision: 1, replicas: 1, name: 'kilo-cam-abc' });
    const plan = planScale([rs], 3, ctx);
    expect(lines(plan)).toEqual(['kubectl scale replicaset/kilo-cam-abc -n kilo-guardian --current-replicas=1 --replicas=3']);
    expect(plan.warnings[0]).toMatch(/managed by deployment kilo-cam/);
  });
  it('patches revisionHistoryLimit with a quoted merge patch', () => {
    const habits = deployment({ name: 'kilo-habits', revision: 5 });
    const plan = planSetRevisionHistoryLimit([habits], 3, ctx);
    expect(lines(plan)).toEqual([`kubectl patch deployment kilo-habits -n kilo-guardian --type=merge -p '{"spec":{"revisionHistoryLimit":3}}'`]);
    expect(plan.operations[0].impact).toBe('keeps 3 old ReplicaSets instead of 10');
  });
  it('names the context on every line when it is not the current one', () => {
    const habits = deployment({ name: 'kilo-habits', revision: 5 });
    const other = { ...ctx, context: 'prod' };
    const plan = planSetRevisionHistoryLimit([habits], 3, other);
    expect(plan.context).toBe('prod');
    expect(toKubectlLine(plan.operations[0], other)).toMatch(/^kubectl --context=prod patch deployment kilo-habits/);
  });
});

describe('planSetImage', () => {
  it("previews kubectl set image with only the changed containers, and the executor's patch carries the resourceVersion", async () => {
    const { planSetImage, setImagePatch } = await import('../../../src/domain/plans/planSetImage.js');
    const { dep, snap } = meds();
    const plan = planSetImage([dep], { [dep.metadata.uid]: { [dep.spec.template.spec!.containers[0].name]: 'kilo-meds:ai-brain-ocr-v3' } }, ctx, new Set(['kilo-meds:cb1']));
    const container = dep.spec.template.spec!.containers[0].name;
    expect(lines(plan)).toEqual([`kubectl set image deployment/kilo-meds ${container}=kilo-meds:ai-brain-ocr-v3 -n kilo-guardian`]);
    expect(plan.title).toBe('Set image of deployment kilo-meds');
    expect(plan.warnings).toEqual(['a rollout starts: 1 pod replaced through a new ReplicaSet']);
    expect(plan.notes).toEqual(['kilo-meds:ai-brain-ocr-v3 has not run in this namespace before (no ReplicaSet used it)']);
    const op = plan.operations[0];
    expect(op.action === 'setImage' && setImagePatch(op.changes, op.target.resourceVersion)).toEqual({
      metadata: { resourceVersion: dep.metadata.resourceVersion },
      spec: { template: { spec: { containers: [{ name: container, image: 'kilo-meds:ai-brain-ocr-v3' }] } } },
    });
    expect(snap.deployments).toHaveLength(1);
  });

  it('quotes a reference the shell would read otherwise, and refuses an invalid one or no change', async () => {
    const { planSetImage } = await import('../../../src/domain/plans/planSetImage.js');
    const { dep } = meds();
    const name = dep.spec.template.spec!.containers[0].name;
    const current = dep.spec.template.spec!.containers[0].image;
    expect(() => planSetImage([dep], { [dep.metadata.uid]: { [name]: 'Kilo:v3' } }, ctx)).toThrow(/must be lowercase/);
    expect(() => planSetImage([dep], { [dep.metadata.uid]: { [name]: current } }, ctx)).toThrow(/nothing to change/);
    const digest = `kilo-meds@sha256:${'a'.repeat(64)}`;
    expect(lines(planSetImage([dep], { [dep.metadata.uid]: { [name]: digest } }, ctx))[0]).toContain(`${name}=${digest}`);
  });
});
