// Acceptance for a kind added through the registry: deleting a StatefulSet from kilo-tui (the
// action flow and executor) and running the kubectl line its preview printed leave two fresh
// demo clusters alike: the StatefulSet and its pods gone from kilo-data, kilo-guardian untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import type { ClusterSnapshot } from '../../src/domain/resources.js';
import { demoSnapshot } from '../../src/demo/demoSnapshot.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { ActionFlowController } from '../../src/app/actions/actionController.js';
import { gatewayActionDeps } from '../../src/app/actions/gatewayActionDeps.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { runKubectlLines, type Side } from './equivalenceHarness.js';

const NAMESPACE = 'kilo-data';
let open: { demo: RunningDemo; gateway: ClusterGateway }[] = [];
afterEach(async () => {
  await Promise.all(open.map(async ({ demo, gateway }) => (gateway.close(), demo.close())));
  open = [];
});

async function side(): Promise<Side> {
  const demo = await startDemo({ timeScale: 200 });
  const gateway = await connect({ kubeconfig: demo.kubeconfigPath, namespace: NAMESPACE });
  open.push({ demo, gateway });
  return { demo, gateway, ctx: { context: gateway.context, currentContext: gateway.currentContext, namespace: NAMESPACE } };
}

const dataOf = (s: Side): ClusterSnapshot => demoSnapshot(s.demo, Date.now(), NAMESPACE);

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

    const env = { ...process.env, XDG_STATE_HOME: scratchDir('kilo-equiv-sts-') };
    const controller = new ActionFlowController(gatewayActionDeps({ gateway: a.gateway, snapshot: () => dataOf(a), readonly: false, env }));
    controller.request({ action: 'delete', uids: [sts.metadata.uid] });
    const preview = controller.getState();
    if (preview.phase !== 'previewing') throw new Error(`expected a preview, got ${JSON.stringify(preview)}`);
    expect(preview.plan.operations.map((op) => toKubectlLine(op, a.ctx))).toEqual(['kubectl delete statefulset.apps/kilo-db -n kilo-data']);
    expect(preview.plan.operations[0]).toMatchObject({ dangerous: true, impact: '2 pods will be terminated (deleted with the statefulset)' });
    controller.confirm();
    if (controller.getState().phase === 'confirming-danger') controller.confirm();
    await controller.running;
    const done = controller.getState();
    expect(done.phase === 'done' && done.results.map((r) => r.outcome)).toEqual(['deleted']);

    await runKubectlLines(preview.plan, b);
    const [afterA, afterB] = await Promise.all([settled(a), settled(b)]);
    expect(afterA).toEqual({ statefulSets: [], dataPods: [], dataServices: ['kilo-db'], guardian: [14, 78, 15, 15] });
    expect(afterB).toEqual(afterA);
  }, 60_000);
});
