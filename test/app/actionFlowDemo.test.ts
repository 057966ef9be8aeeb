// The whole action flow with no Ink: the store synced from the demo API server over HTTP, marks set
// through the store's mutators, a plan built from them, a server dry run, the real run through the
// executor, the action log on disk, the marks cleared on close and the change seen by the watch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ActionFlowController } from '../../src/app/actions/actionController.js';
import { actionTargetUids } from '../../src/app/actions/actionTargets.js';
import { fixFinding } from '../../src/app/actions/fixFinding.js';
import { storeActionDeps } from '../../src/app/actions/storeActionDeps.js';
import { flowMessage } from '../../src/app/actions/flowMessage.js';
import { toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import { runAudit } from '../../src/domain/audit/runAudit.js';
import { isStale } from '../../src/domain/replicasets.js';
import { createClusterStore, type ClusterStore } from '../../src/store/clusterStore.js';
import { selectSnapshot } from '../../src/store/selectors.js';
import { syncCluster } from '../../src/store/syncCluster.js';
import { startSide, stopSide, type Side } from '../actions/equivalenceHarness.js';
import { scratchDir } from '../helpers/scratchDir.js';

let side: Side | undefined;
let stopSync: (() => void) | undefined;
afterEach(async () => {
  stopSync?.();
  await stopSide(side);
  side = stopSync = undefined;
});

async function until(what: string, ready: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function syncedStore(current: Side): Promise<ClusterStore> {
  const store = createClusterStore();
  stopSync = syncCluster(current.gateway, store);
  await until('the 78 ReplicaSets', () => store.getState().resources.ReplicaSet.size === 78 && store.getState().resources.Deployment.size === 14);
  return store;
}

it('marks → plan → dry run → run → action log → marks cleared → the watch shows the deletes', async () => {
  side = await startSide();
  const store = await syncedStore(side);
  const stateHome = scratchDir('kilo-app-flow-');
  const controller = new ActionFlowController(storeActionDeps(store, { gateway: side.gateway, readonly: false, env: { XDG_STATE_HOME: stateHome } }));
  const snapshot = selectSnapshot(store.getState());
  const stale = snapshot.replicaSets.filter((rs) => rs.metadata.name.startsWith('kilo-frontend-') && isStale(rs, snapshot.deployments));
  expect(stale.length).toBeGreaterThan(2);
  store.getState().mutators.markAll(stale.map((rs) => rs.metadata.uid));

  controller.request({ action: 'delete', uids: actionTargetUids(store.getState()) });
  expect(controller.getState()).toMatchObject({ phase: 'previewing', plan: { title: `Delete ${stale.length} ReplicaSets` } });

  controller.dryRun();
  await controller.running;
  const dry = controller.getState();
  expect(dry.phase === 'done' && dry.results.map((r) => r.outcome)).toEqual(stale.map(() => 'dry run ok'));
  controller.close();
  expect(controller.getState().phase).toBe('previewing');
  expect(Object.keys(store.getState().marks)).toHaveLength(stale.length);
  expect(store.getState().resources.ReplicaSet.size).toBe(78);

  controller.confirm();
  await controller.running;
  const done = controller.getState();
  expect(done.phase === 'done' && done.results.map((r) => r.outcome)).toEqual(stale.map(() => 'deleted'));
  expect(flowMessage(done)).toBe(`Delete ${stale.length} ReplicaSets: ${stale.length} deleted`);

  const log = readFileSync(join(stateHome, 'kilo-tui', 'actions.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  expect(log.map((entry) => entry.outcome)).toEqual(stale.map(() => 'deleted'));
  // The log records each operation as the modal previewed it.
  const previewed = done.phase === 'done' ? done.plan.operations.map((op) => toKubectlLine(op, side!.ctx)) : [];
  expect(log.map((entry) => entry.command).sort()).toEqual(previewed.sort());
  expect(previewed.map((line) => line.split(' ')[1])).toEqual(stale.map(() => 'delete'));

  controller.close();
  expect(controller.getState().phase).toBe('idle');
  expect(store.getState().marks).toEqual({});
  await until('the watch to drop the deleted ReplicaSets', () => stale.every((rs) => !store.getState().resources.ReplicaSet.has(rs.metadata.uid)));
});

it("an audit finding's fix marks its objects and runs through the same flow; read-only refuses it", async () => {
  side = await startSide();
  const store = await syncedStore(side);
  const env = { XDG_STATE_HOME: scratchDir('kilo-app-fix-') };
  const report = runAudit(selectSnapshot(store.getState()), { context: side.ctx.context, currentContext: side.ctx.context }, { rootCauseLines: {} });
  const finding = report.findings.find((f) => f.plan?.action === 'setRevisionHistoryLimit');
  expect(finding?.plan).toBeDefined();

  const readonly = new ActionFlowController(storeActionDeps(store, { gateway: side.gateway, readonly: true, env }));
  expect(fixFinding(finding, { controller: readonly, readonly: true, marks: store.getState().mutators })).toBeUndefined();
  expect(readonly.getState()).toEqual({ phase: 'idle', message: 'read-only mode (--readonly): actions are disabled' });
  expect(store.getState().marks).toEqual({});

  const controller = new ActionFlowController(storeActionDeps(store, { gateway: side.gateway, readonly: false, env }));
  fixFinding(finding, { controller, readonly: false, marks: store.getState().mutators });
  const targets = finding!.plan!.operations.map((op) => op.target.uid);
  expect(Object.keys(store.getState().marks).sort()).toEqual([...targets].sort());
  controller.confirm();
  await controller.running;
  const done = controller.getState();
  expect(done.phase === 'done' && done.results.every((r) => r.outcome === 'changed')).toBe(true);
  await until('the watch to show revisionHistoryLimit 3', () =>
    targets.every((uid) => store.getState().resources.Deployment.get(uid)?.spec.revisionHistoryLimit === 3),
  );
});
