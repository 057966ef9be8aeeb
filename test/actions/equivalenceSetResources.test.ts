// Acceptance (issue 15): raising kilo-ai-brain's memory limit from kilo-tui (L on its pod: the
// prompt's suggested value, the action flow, the executor's strategic patch with the preview's
// resourceVersion) and running the kubectl set resources line the preview printed leave two fresh
// demo clusters alike: the same limit in the template, the same new ReplicaSet (same
// pod-template-hash name), the same pods. Also for a StatefulSet (kilo-db in kilo-data).
import { afterEach, describe, expect, it } from 'vitest';
import { ActionFlowController } from '../../src/app/actions/actionController.js';
import { gatewayActionDeps } from '../../src/app/actions/gatewayActionDeps.js';
import type { ActionIntent } from '../../src/app/actions/actionFlow.js';
import { demoSnapshot } from '../../src/demo/demoSnapshot.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { runKubectlLines, runThroughFlow, settle, startSide, stopSide, summarize, type Side } from './equivalenceHarness.js';

let sides: Side[] = [];
afterEach(async () => {
  await Promise.all(sides.map(stopSide));
  sides = [];
});

/** As `L` would: take the prompt's suggested limit. */
const raiseThroughFlow = (side: Side, intent: ActionIntent) => runThroughFlow(side, intent, { answer: (prompt) => (prompt.type === 'number' ? prompt.initial : Number.NaN) });

type Workload = { spec: { template: { spec: { containers: { name: string; resources?: Record<string, unknown> }[] } } } };
const resourcesOf = (workload: Workload | undefined, container: string) => workload?.spec.template.spec.containers.find((c) => c.name === container)?.resources;

describe('equivalence: kubectl set resources --limits=memory', () => {
  it('kilo-ai-brain (OOMKilled): the executor and the previewed line give the same template, ReplicaSets and pods', async () => {
    const a = await startSide();
    const b = await startSide();
    sides.push(a, b);
    const pod = demoSnapshot(a.demo).pods.find((p) => p.metadata.name.startsWith('kilo-ai-brain-'))!;
    const before = summarize(a, { replicaSetNames: true });

    const { prompt, plan, results, log } = await raiseThroughFlow(a, { action: 'setResources', uids: [pod.metadata.uid] });
    // No usage sample in this snapshot: the limit the kill proves was reached (2Gi) + 25 % → 2560Mi.
    expect(prompt).toMatchObject({ title: 'Memory limit of ai-brain in deployment kilo-ai-brain', initial: 2560 });
    expect(plan.operations.map((op) => op.kubectlArgs)).toEqual([['set', 'resources', 'deployment/kilo-ai-brain', '-c', 'ai-brain', '--limits=memory=2560Mi', '-n', 'kilo-guardian']]);
    expect(results.map((r) => r.outcome)).toEqual(['changed']);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ namespace: 'kilo-guardian', outcome: 'changed' });

    await runKubectlLines(plan, b);
    const [viaExecutor, viaKubectl] = await settle(a, b, { replicaSetNames: true });
    expect(viaExecutor).toEqual(viaKubectl);
    expect(viaExecutor).not.toEqual(before);
    const brain = (s: Side) => demoSnapshot(s.demo).deployments.find((d) => d.metadata.name === 'kilo-ai-brain');
    expect(resourcesOf(brain(a), 'ai-brain')).toEqual({ limits: { memory: '2560Mi' }, requests: { cpu: '250m', memory: '512Mi' } });
    expect(resourcesOf(brain(b), 'ai-brain')).toEqual(resourcesOf(brain(a), 'ai-brain'));
  }, 90_000);

  it('a write after the Deployment moved on is refused by the resourceVersion precondition (409: skipped)', async () => {
    const a = await startSide();
    sides.push(a);
    const pod = demoSnapshot(a.demo).pods.find((p) => p.metadata.name.startsWith('kilo-ai-brain-'))!;
    const stale = demoSnapshot(a.demo);
    const env = { ...process.env, XDG_STATE_HOME: scratchDir('kilo-equiv-mem-') };
    const controller = new ActionFlowController(gatewayActionDeps({ gateway: a.gateway, snapshot: () => stale, readonly: false, env }));
    controller.request({ action: 'setResources', uids: [pod.metadata.uid] });
    controller.answer(3072);
    // Someone else changes the Deployment between the preview and `y`.
    await a.gateway.patchObject('Deployment', 'kilo-ai-brain', { spec: { revisionHistoryLimit: 4 } }, 'merge', { namespace: 'kilo-guardian' });
    controller.confirm();
    await controller.running;
    const done = controller.getState();
    if (done.phase !== 'done') throw new Error(`expected the run to finish, got ${done.phase}`);
    expect(done.results.map((r) => r.outcome)).toEqual(['changed since preview: skipped']);
    const brain = demoSnapshot(a.demo).deployments.find((d) => d.metadata.name === 'kilo-ai-brain');
    expect(resourcesOf(brain, 'ai-brain')).toMatchObject({ limits: { memory: '2Gi' } });
  }, 60_000);

  it('kilo-db (a StatefulSet): the line names statefulset/kilo-db and both sides end with the same template', async () => {
    const [a, b] = await Promise.all([startSide('kilo-data'), startSide('kilo-data')]);
    sides.push(a, b);
    const data = (s: Side) => demoSnapshot(s.demo, Date.now(), 'kilo-data');
    const sts = data(a).statefulSets![0];
    const before = resourcesOf(sts, 'postgres');
    const { plan, results } = await raiseThroughFlow(a, { action: 'setResources', uids: [sts.metadata.uid] });
    expect(plan.operations[0].kubectlArgs.slice(0, 5)).toEqual(['set', 'resources', 'statefulset/kilo-db', '-c', 'postgres']);
    expect(results.map((r) => r.outcome)).toEqual(['changed']);
    await runKubectlLines(plan, b);
    const after = (s: Side) => resourcesOf(data(s).statefulSets![0], 'postgres');
    expect(after(a)).not.toEqual(before);
    expect(after(b)).toEqual(after(a));
  }, 60_000);
});
