// Acceptance: for each action kind, kilo-tui's executor (driven through the action flow) and the
// kubectl lines the modal previewed leave two identical fresh demo clusters in the same state.
import { afterEach, describe, expect, it } from 'vitest';
import { isStale, revisionOf, imageOf } from '../../src/domain/replicasets.js';
import type { Deployment } from '../../src/domain/resources.js';
import type { ActionIntent } from '../../src/app/actions/actionFlow.js';
import { runKubectlLines, runThroughFlow, settle, snapshotOf, startSide, stopSide, summarize, type FlowOptions, type Side } from './equivalenceHarness.js';

let sides: Side[] = [];
afterEach(async () => {
  await Promise.all(sides.map(stopSide));
  sides = [];
});

async function twoFreshClusters(): Promise<[Side, Side]> {
  const a = await startSide();
  const b = await startSide();
  sides.push(a, b);
  return [a, b];
}

function deploymentNamed(side: Side, name: string): Deployment {
  const dep = snapshotOf(side).deployments.find((d) => d.metadata.name === name);
  if (!dep) throw new Error(`no deployment ${name} in the demo`);
  return dep;
}

async function expectEquivalent(intentFor: (a: Side) => ActionIntent, options: { answer?: FlowOptions['answer']; replicaSetNames?: boolean } = {}) {
  const [a, b] = await twoFreshClusters();
  const before = summarize(a, { replicaSetNames: true });
  const intent = intentFor(a);
  const { plan, results, error, log } = await runThroughFlow(a, intent, { answer: options.answer });
  expect(error).toBeUndefined();
  expect(results.map((r) => r.outcome).filter((o) => o !== 'deleted' && o !== 'changed')).toEqual([]);
  expect(log).toHaveLength(plan.operations.length);
  expect(log[0]).toMatchObject({ context: a.ctx.context, namespace: 'kilo-guardian', outcome: results.find((r) => r.operation === plan.operations[0])?.outcome });
  await runKubectlLines(plan, b);
  const [viaExecutor, viaKubectl] = await settle(a, b, { replicaSetNames: options.replicaSetNames ?? true });
  expect(viaExecutor).toEqual(viaKubectl);
  // Guard against a vacuous pass: the action must have changed something.
  expect(viaExecutor).not.toEqual(before);
  return { plan, viaExecutor };
}

describe('executor and previewed kubectl lines are equivalent', () => {
  it('delete: the stale ReplicaSets of kilo-habits', async () => {
    const { plan, viaExecutor } = await expectEquivalent((a) => {
      const snap = snapshotOf(a);
      const stale = snap.replicaSets.filter((rs) => rs.metadata.name.startsWith('kilo-habits-') && isStale(rs, snap.deployments));
      return { action: 'delete', uids: stale.map((rs) => rs.metadata.uid) };
    });
    expect(plan.operations.length).toBeGreaterThan(1);
    expect(viaExecutor.replicaSets.filter((rs) => rs.owner === 'kilo-habits')).toHaveLength(1);
  }, 90_000);

  it('delete: a ReplicaSet with pods, its pods go with it (background propagation) on both sides', async () => {
    let deleted = '';
    const { plan, viaExecutor } = await expectEquivalent((a) => {
      const snap = snapshotOf(a);
      const withPods = snap.replicaSets.find((rs) => {
        const owner = snap.deployments.find((d) => d.metadata.uid === rs.metadata.ownerReferences?.[0]?.uid);
        const hasPods = snap.pods.some((p) => p.metadata.ownerReferences?.some((ref) => ref.uid === rs.metadata.uid));
        return hasPods && owner !== undefined && revisionOf(rs) !== revisionOf(owner);
      });
      if (!withPods) throw new Error('the demo has no old ReplicaSet with pods');
      deleted = `${withPods.metadata.ownerReferences![0].name}@${revisionOf(withPods)}`;
      return { action: 'delete', uids: [withPods.metadata.uid] };
    });
    expect(plan.operations).toHaveLength(1);
    expect(viaExecutor.podsByReplicaSet[deleted]).toBeUndefined();
    expect(viaExecutor.podsByReplicaSet['(orphan)']).toBeUndefined();
  }, 90_000);

  it('rollout undo: kilo-meds back to the cb1 revision', async () => {
    let target = 0;
    const { plan, viaExecutor } = await expectEquivalent((a) => {
      const meds = deploymentNamed(a, 'kilo-meds');
      const cb1 = snapshotOf(a).replicaSets.find((rs) => rs.metadata.name.startsWith('kilo-meds-') && imageOf(rs.spec.template) === 'kilo-meds:cb1' && revisionOf(rs) !== revisionOf(meds));
      if (!cb1) throw new Error('the demo has no earlier kilo-meds:cb1 revision');
      target = revisionOf(cb1);
      return { action: 'rolloutUndo', uids: [meds.metadata.uid] };
    }, { answer: () => target });
    expect(plan.operations[0].kubectlArgs).toContain(`--to-revision=${target}`);
    expect(viaExecutor.deployments.find((d) => d.name === 'kilo-meds')?.images).toBe('kilo-meds:cb1');
  }, 90_000);

  it('rollout restart: kilo-cam', async () => {
    const { viaExecutor } = await expectEquivalent((a) => ({ action: 'rolloutRestart', uids: [deploymentNamed(a, 'kilo-cam').metadata.uid] }), { replicaSetNames: false });
    expect(viaExecutor.deployments.find((d) => d.name === 'kilo-cam')?.readyReplicas).toBe(1);
    expect(viaExecutor.deployments.find((d) => d.name === 'kilo-cam')?.templateAnnotations).toMatchObject({ 'kubectl.kubernetes.io/restartedAt': '<time>' });
  }, 90_000);

  it('scale: kilo-cam to 2 replicas', async () => {
    const { plan, viaExecutor } = await expectEquivalent((a) => ({ action: 'scale', uids: [deploymentNamed(a, 'kilo-cam').metadata.uid] }), { answer: 2 });
    expect(plan.operations[0].kubectlArgs).toEqual(['scale', 'deployment/kilo-cam', '-n', 'kilo-guardian', '--current-replicas=1', '--replicas=2']);
    expect(viaExecutor.podsByDeployment['kilo-cam']).toBe(2);
  }, 90_000);

  it('set revisionHistoryLimit: kilo-frontend to 3', async () => {
    const { viaExecutor } = await expectEquivalent((a) => ({ action: 'setRevisionHistoryLimit', uids: [deploymentNamed(a, 'kilo-frontend').metadata.uid] }), { answer: 3 });
    expect(viaExecutor.deployments.find((d) => d.name === 'kilo-frontend')?.revisionHistoryLimit).toBe(3);
  }, 90_000);

  it('set image: kilo-meds to kilo-meds:ai-brain-ocr-v3 (pulled from the registry, rolled out)', async () => {
    let uid = '';
    const { plan, viaExecutor } = await expectEquivalent((a) => {
      const meds = deploymentNamed(a, 'kilo-meds');
      uid = meds.metadata.uid;
      return { action: 'setImage', uids: [uid] };
    }, { answer: () => ({ [uid]: { meds: 'kilo-meds:ai-brain-ocr-v3' } }) });
    expect(plan.operations[0].kubectlArgs).toEqual(['set', 'image', 'deployment/kilo-meds', 'meds=kilo-meds:ai-brain-ocr-v3', '-n', 'kilo-guardian']);
    expect(viaExecutor.deployments.find((d) => d.name === 'kilo-meds')).toMatchObject({ images: 'kilo-meds:ai-brain-ocr-v3', readyReplicas: 1 });
  }, 90_000);

  it('edit: the kubectl patch --type=merge line of an edit of kilo-cam (replicas 1 → 2, a label added)', async () => {
    const { planEdit } = await import('../../src/domain/plans/planEdit.js');
    const { mergePatchBetween, describeMergePatch } = await import('../../src/domain/edit/mergePatch.js');
    const { editableObject } = await import('../../src/domain/edit/editDocument.js');
    const [a, b] = await twoFreshClusters();
    const before = summarize(a, { replicaSetNames: true });
    const cam = deploymentNamed(a, 'kilo-cam');
    const original = editableObject(cam);
    const edited = structuredClone(original) as { spec: { replicas: number }; metadata: { labels?: Record<string, string> } };
    edited.spec.replicas = 2;
    edited.metadata.labels = { ...edited.metadata.labels, tier: 'camera' };
    const patch = mergePatchBetween(original, edited as never)!;
    const plan = planEdit(cam, patch, describeMergePatch(original, patch), a.ctx, '/dev/null');
    expect(plan.operations[0].kubectlArgs).toEqual(['patch', 'deployment', 'kilo-cam', '-n', 'kilo-guardian', '--type=merge', '-p', '{"metadata":{"labels":{"tier":"camera"}},"spec":{"replicas":2}}']);
    const { results, log } = await runThroughFlow(a, plan);
    expect(results.map((r) => r.outcome)).toEqual(['changed']);
    expect(log).toHaveLength(1);
    await runKubectlLines(plan, b);
    const [viaExecutor, viaKubectl] = await settle(a, b, { replicaSetNames: true });
    expect(viaExecutor).toEqual(viaKubectl);
    expect(viaExecutor).not.toEqual(before);
    expect(viaExecutor.podsByDeployment['kilo-cam']).toBe(2);
    expect(snapshotOf(b).deployments.find((d) => d.metadata.name === 'kilo-cam')?.metadata.labels?.tier).toBe('camera');
  }, 90_000);
});
