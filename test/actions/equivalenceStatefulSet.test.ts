// Acceptance for a kind added through the registry: deleting a StatefulSet from kilo-tui (the
// action flow and executor) and running the kubectl line its preview printed leave two fresh
// demo clusters alike: the StatefulSet and its pods gone from kilo-data, kilo-guardian untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import { demoSnapshot } from '../../src/demo/demoSnapshot.js';
import { runKubectlLines, runThroughFlow, snapshotOf as dataOf, startSide, stopSide, type Side } from './equivalenceHarness.js';

const NAMESPACE = 'kilo-data';
let sides: Side[] = [];
afterEach(async () => {
  await Promise.all(sides.map(stopSide));
  sides = [];
});

async function side(): Promise<Side> {
  const started = await startSide(NAMESPACE);
  sides.push(started);
  return started;
}

/** What the two clusters must agree on once the garbage collector has run. */
function summary(s: Side) {
  const data = dataOf(s);
  const guardian = demoSnapshot(s.demo);
  return {
    statefulSets: (data.statefulSets ?? []).map((sts) => sts.metadata.name),
    // The StatefulSet's pods (the nightly backup's Completed pods are the CronJob's, untouched).
    dataPods: data.pods.filter((pod) => pod.metadata.labels?.app === 'kilo-db').map((pod) => pod.metadata.name).sort(),
    dataServices: data.services.map((svc) => svc.metadata.name),
    guardian: [guardian.deployments.length, guardian.replicaSets.length, guardian.pods.length, guardian.services.length],
  };
}

async function settled(s: Side): Promise<ReturnType<typeof summary>> {
  const deadline = Date.now() + 10_000;
  while (summary(s).dataPods.length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return summary(s);
}

describe('equivalence: delete a StatefulSet', () => {
  it('the executor and the previewed kubectl line leave kilo-data alike: StatefulSet and pods gone, Service and kilo-guardian kept', async () => {
    const [a, b] = await Promise.all([side(), side()]);
    expect(summary(a)).toEqual({ statefulSets: ['kilo-db'], dataPods: ['kilo-db-0', 'kilo-db-1'], dataServices: ['kilo-db'], guardian: [14, 78, 15, 15] });
    const sts = dataOf(a).statefulSets![0];

    const { plan, results } = await runThroughFlow(a, { action: 'delete', uids: [sts.metadata.uid] });
    expect(plan.operations.map((op) => toKubectlLine(op, a.ctx))).toEqual(['kubectl delete statefulset.apps/kilo-db -n kilo-data']);
    expect(plan.operations[0]).toMatchObject({ dangerous: true, impact: '2 pods will be terminated (deleted with the statefulset)' });
    expect(results.map((r) => r.outcome)).toEqual(['deleted']);

    await runKubectlLines(plan, b);
    const [afterA, afterB] = await Promise.all([settled(a), settled(b)]);
    expect(afterA).toEqual({ statefulSets: [], dataPods: [], dataServices: ['kilo-db'], guardian: [14, 78, 15, 15] });
    expect(afterB).toEqual(afterA);
  }, 60_000);
});
