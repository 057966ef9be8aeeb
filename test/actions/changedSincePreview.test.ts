// Acceptance: a marked ReplicaSet scaled up between preview and confirm is skipped as changed;
// the rest of the plan is still deleted.

import { afterEach, expect, it } from 'vitest';
import { isStale } from '../../src/domain/replicasets.js';
import type { ReplicaSet } from '../../src/domain/resources.js';
import { ActionFlowController } from '../../src/app/actions/actionController.js';
import { gatewayActionDeps } from '../../src/app/actions/gatewayActionDeps.js';
import { summarizeResults } from '../../src/app/actions/resultSummary.js';
import { snapshotOf, startSide, stopSide, type Side } from './equivalenceHarness.js';
import { scratchDir } from '../helpers/scratchDir.js';

let side: Side | undefined;
afterEach(async () => {
  await stopSide(side);
  side = undefined;
});

it('skips the ReplicaSet scaled up after the preview and deletes the others', async () => {
  side = await startSide();
  const current = side;
  const env = { ...process.env, XDG_STATE_HOME: scratchDir('kilo-changed-') };
  const controller = new ActionFlowController(gatewayActionDeps({ gateway: current.gateway, snapshot: () => snapshotOf(current), readonly: false, env }));
  const snap = snapshotOf(current);
  const stale = snap.replicaSets.filter((rs) => rs.metadata.name.startsWith('kilo-frontend-') && isStale(rs, snap.deployments));
  expect(stale.length).toBeGreaterThan(2);

  controller.request({ action: 'delete', uids: stale.map((rs) => rs.metadata.uid) });
  const preview = controller.getState();
  expect(preview).toMatchObject({ phase: 'previewing', plan: { title: `Delete ${stale.length} ReplicaSets` } });

  // Someone scales one of the marked ReplicaSets while the modal is open.
  const scaled = stale[1].metadata.name;
  current.demo.cluster.store.mutate<ReplicaSet>('ReplicaSet', 'kilo-guardian', scaled, (rs) => {
    rs.spec.replicas = 1;
  });

  controller.confirm();
  await controller.running;
  const done = controller.getState();
  if (done.phase !== 'done') throw new Error(`expected done, got ${done.phase}`);
  const outcomes = new Map(done.results.map((r) => [r.operation.target.name, r.outcome]));
  expect(outcomes.get(scaled)).toBe('changed since preview: skipped');
  for (const rs of stale) if (rs.metadata.name !== scaled) expect(outcomes.get(rs.metadata.name)).toBe('deleted');
  expect(summarizeResults(done.results)).toBe(`${stale.length - 1} deleted · 1 skipped (changed since preview)`);

  const remaining = new Set(current.demo.cluster.store.list<ReplicaSet>('ReplicaSet', 'kilo-guardian').map((rs) => rs.metadata.name));
  expect(remaining.has(scaled)).toBe(true);
  for (const rs of stale) if (rs.metadata.name !== scaled) expect(remaining.has(rs.metadata.name)).toBe(false);
}, 60_000);
