// Every write carries a precondition (issue 12): restart, scale and revisionHistoryLimit, run by
// the executor through the real client against the demo API server over HTTP, are refused when
// the object changed in the way each one guards against since the preview, change nothing, and
// are logged as "changed since preview: skipped" — and still go through when only the
// resourceVersion moved (a status update of a rollout in progress, a label), which is why restart
// and history limit guard the uid and scale the replicas it previewed (see executePlan.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionFlowController } from '../../src/app/actions/actionController.js';
import { gatewayActionDeps } from '../../src/app/actions/gatewayActionDeps.js';
import type { Plan } from '../../src/domain/plans/plan.js';
import { planRolloutRestart } from '../../src/domain/plans/planRolloutRestart.js';
import { planScale } from '../../src/domain/plans/planScale.js';
import { planSetRevisionHistoryLimit } from '../../src/domain/plans/planSetRevisionHistoryLimit.js';
import { RESTARTED_AT_ANNOTATION, type Deployment } from '../../src/domain/resources.js';
import { executePlan } from '../../src/kube/executePlan.js';
import { KubeError } from '../../src/kube/types.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { snapshotOf, startSide, stopSide, type Side } from './equivalenceHarness.js';

const NS = 'kilo-guardian';
const NOW = Date.parse('2026-01-06T12:00:00Z');
let side: Side | undefined;
afterEach(async () => {
  await stopSide(side);
  side = undefined;
});

const deploymentOf = (s: Side, name: string): Deployment => {
  const dep = snapshotOf(s).deployments.find((d) => d.metadata.name === name);
  if (!dep) throw new Error(`no deployment ${name}`);
  return dep;
};
const stored = (s: Side, name: string) => s.demo.cluster.store.get<Deployment>('Deployment', NS, name)!;

/** Deleted and created again under the same name while the preview was open: another uid. */
function recreate(s: Side, name: string): Deployment {
  const { store } = s.demo.cluster;
  const old = stored(s, name);
  store.delete('Deployment', NS, name);
  const { uid: _uid, resourceVersion: _rv, creationTimestamp: _ct, generation: _g, ...metadata } = old.metadata;
  const created = store.create<Deployment>({ ...old, metadata, status: undefined } as Deployment);
  expect(created.metadata.uid).not.toBe(old.metadata.uid);
  return created;
}

/** A change no controller reacts to: only the resourceVersion moves, as a status update moves it. */
const relabel = (s: Side, name: string) =>
  s.demo.cluster.store.mutate<Deployment>('Deployment', NS, name, (d) => void (d.metadata.labels = { ...d.metadata.labels, 'reviewed-by': 'someone-else' })).metadata.resourceVersion;

/** Runs the plan as `y` does and returns the one outcome with what the action log recorded. */
async function confirm(s: Side, plan: Plan) {
  const env = { ...process.env, XDG_STATE_HOME: scratchDir('kilo-preconditions-') };
  const controller = new ActionFlowController(gatewayActionDeps({ gateway: s.gateway, snapshot: () => snapshotOf(s), readonly: false, env }));
  controller.previewPlan(plan);
  controller.confirm();
  if (controller.getState().phase === 'confirming-danger') controller.confirm();
  await controller.running;
  const done = controller.getState();
  if (done.phase !== 'done') throw new Error(`expected done, got ${done.phase}`);
  const log = readFileSync(join(env.XDG_STATE_HOME, 'kilo-tui', 'actions.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { outcome: string; message?: string; command: string });
  return { result: done.results[0], log };
}

describe('write preconditions against the demo API server', () => {
  it('restart: refused for a Deployment recreated since the preview (nothing stamped, logged as skipped); applied when only its resourceVersion moved', async () => {
    side = await startSide();
    const s = side;
    const plan = planRolloutRestart([deploymentOf(s, 'kilo-cam'), deploymentOf(s, 'kilo-frontend')], s.ctx, NOW);
    recreate(s, 'kilo-cam');
    relabel(s, 'kilo-frontend');
    const results = await executePlan(s.gateway, plan);
    expect(results.map((r) => [r.operation.target.name, r.outcome])).toEqual([
      ['kilo-cam', 'changed since preview: skipped'],
      ['kilo-frontend', 'changed'],
    ]);
    expect(results[0].message).toMatch(/recreated since the preview \(another uid\).*metadata\.uid.*field is immutable/);
    expect(stored(s, 'kilo-cam').spec.template.metadata?.annotations?.[RESTARTED_AT_ANNOTATION]).toBeUndefined();
    expect(stored(s, 'kilo-frontend').spec.template.metadata?.annotations?.[RESTARTED_AT_ANNOTATION]).toBe('2026-01-06T12:00:00Z');

    // Through the flow `y` runs: the action log says skipped, not changed.
    const again = planRolloutRestart([stored(s, 'kilo-cam')], s.ctx, NOW);
    recreate(s, 'kilo-cam');
    const { result, log } = await confirm(s, again);
    expect(result.outcome).toBe('changed since preview: skipped');
    expect(log).toEqual([expect.objectContaining({ command: 'kubectl rollout restart deployment/kilo-cam -n kilo-guardian', outcome: 'changed since preview: skipped' })]);
  }, 60_000);

  it('revisionHistoryLimit: refused for a recreated Deployment, applied when only its resourceVersion moved', async () => {
    side = await startSide();
    const s = side;
    const plan = planSetRevisionHistoryLimit([deploymentOf(s, 'kilo-cam'), deploymentOf(s, 'kilo-frontend')], 3, s.ctx);
    const recreated = recreate(s, 'kilo-cam');
    relabel(s, 'kilo-frontend');
    const { result, log } = await confirm(s, { ...plan, operations: [plan.operations[0]] });
    expect(result.outcome).toBe('changed since preview: skipped');
    expect(log[0]).toMatchObject({ outcome: 'changed since preview: skipped' });
    expect(stored(s, 'kilo-cam').spec.revisionHistoryLimit).toBe(recreated.spec.revisionHistoryLimit);
    const [moved] = await executePlan(s.gateway, { ...plan, operations: [plan.operations[1]] });
    expect(moved.outcome).toBe('changed');
    expect(stored(s, 'kilo-frontend').spec.revisionHistoryLimit).toBe(3);
  }, 60_000);

  it('scale: refused when someone scaled it meanwhile or it was recreated (replicas left as they are); applied when only its resourceVersion moved', async () => {
    side = await startSide();
    const s = side;
    const plan = planScale([deploymentOf(s, 'kilo-cam'), deploymentOf(s, 'kilo-frontend'), deploymentOf(s, 'kilo-habits')], 4, s.ctx);
    const previewed = plan.operations.map((op) => (op.action === 'scale' ? op.currentReplicas : -1));
    s.demo.cluster.store.mutate<Deployment>('Deployment', NS, 'kilo-cam', (d) => void (d.spec.replicas = previewed[0] + 1));
    recreate(s, 'kilo-habits');
    relabel(s, 'kilo-frontend');
    const results = await executePlan(s.gateway, plan);
    expect(results.map((r) => [r.operation.target.name, r.outcome])).toEqual([
      ['kilo-cam', 'changed since preview: skipped'],
      ['kilo-frontend', 'changed'],
      ['kilo-habits', 'changed since preview: skipped'],
    ]);
    expect(results[0].message).toBe(`kilo-cam has ${previewed[0] + 1} replicas now, ${previewed[0]} at the preview: someone scaled it meanwhile; not scaled to 4`);
    expect(results[2].message).toBe('deployment kilo-habits was recreated since the preview');
    expect(stored(s, 'kilo-cam').spec.replicas).toBe(previewed[0] + 1);
    expect(stored(s, 'kilo-frontend').spec.replicas).toBe(4);
    expect(stored(s, 'kilo-habits').spec.replicas).toBe(previewed[2]);

    const { result, log } = await confirm(s, planScale([stored(s, 'kilo-cam')], 0, s.ctx));
    expect(result.outcome).toBe('changed');
    expect(log[0]).toMatchObject({ command: `kubectl scale deployment/kilo-cam -n kilo-guardian --current-replicas=${previewed[0] + 1} --replicas=0`, outcome: 'changed' });
  }, 60_000);

  it('the demo answers a stale Scale PUT as a real API server does: 409 Conflict naming the precondition', async () => {
    side = await startSide();
    const s = side;
    const cam = stored(s, 'kilo-cam');
    const moved = relabel(s, 'kilo-cam');
    const staleVersion = s.gateway.scale('Deployment', 'kilo-cam', 3, { namespace: NS, preconditions: { uid: cam.metadata.uid, resourceVersion: cam.metadata.resourceVersion! } });
    await expect(staleVersion).rejects.toMatchObject({
      status: 409,
      reason: 'Conflict',
      message: 'Operation cannot be fulfilled on deployments.apps "kilo-cam": the object has been modified; please apply your changes to the latest version and try again',
    });
    const otherUid = s.gateway.scale('Deployment', 'kilo-cam', 3, { namespace: NS, preconditions: { uid: 'not-this-one', resourceVersion: moved! } });
    await expect(otherUid).rejects.toBeInstanceOf(KubeError);
    await expect(otherUid).rejects.toMatchObject({
      status: 409,
      reason: 'Conflict',
      message: `Operation cannot be fulfilled on deployments.apps "kilo-cam": StorageError: invalid object, Code: 4, Key: /registry/deployments/kilo-guardian/kilo-cam, ResourceVersion: 0, AdditionalErrorMsg: Precondition failed: UID in precondition: not-this-one, UID in object meta: ${cam.metadata.uid}`,
    });
    expect(stored(s, 'kilo-cam').spec.replicas).toBe(cam.spec.replicas);
    // With the current uid and resourceVersion it goes through.
    await s.gateway.scale('Deployment', 'kilo-cam', 3, { namespace: NS, preconditions: { uid: cam.metadata.uid, resourceVersion: moved! } });
    expect(stored(s, 'kilo-cam').spec.replicas).toBe(3);
  }, 60_000);

  it('rollout undo: a change between its read of the Deployment and its patch is refused (409), not overwritten', async () => {
    side = await startSide();
    const s = side;
    const meds = stored(s, 'kilo-meds');
    const imageBefore = meds.spec.template.spec?.containers[0].image;
    // The executor reads the Deployment to compute kubectl's patch; someone changes it right after.
    const racing = Object.create(s.gateway) as typeof s.gateway;
    racing.get = (async (...args: Parameters<typeof s.gateway.get>) => {
      const read = await s.gateway.get(...args);
      if (args[0] === 'Deployment') relabel(s, 'kilo-meds');
      return read;
    }) as typeof s.gateway.get;
    const env = { ...process.env, XDG_STATE_HOME: scratchDir('kilo-preconditions-') };
    const controller = new ActionFlowController(gatewayActionDeps({ gateway: racing, snapshot: () => snapshotOf(s), readonly: false, env }));
    controller.request({ action: 'rolloutUndo', uids: [meds.metadata.uid], toPrevious: true });
    if (controller.getState().phase !== 'previewing') throw new Error(`expected a preview, got ${controller.getState().phase}`);
    controller.confirm();
    if (controller.getState().phase === 'confirming-danger') controller.confirm();
    await controller.running;
    const done = controller.getState();
    expect(done.phase === 'done' && done.results.map((r) => r.outcome)).toEqual(['changed since preview: skipped']);
    expect(stored(s, 'kilo-meds').spec.template.spec?.containers[0].image).toBe(imageBefore);
    expect(stored(s, 'kilo-meds').metadata.labels?.['reviewed-by']).toBe('someone-else');
  }, 60_000);
});
