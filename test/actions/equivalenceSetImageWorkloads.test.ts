// Issue 12: set image also on StatefulSets and DaemonSets. The executor (through the action flow)
// and the `kubectl set image statefulset/…` / `daemonset/…` line its preview printed leave two
// fresh demo clusters with the same pod template; the other containers keep their images.
import { afterEach, describe, expect, it } from 'vitest';
import { ActionFlowController } from '../../src/app/actions/actionController.js';
import { gatewayActionDeps } from '../../src/app/actions/gatewayActionDeps.js';
import { toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import type { ClusterSnapshot, DaemonSet, KubeObject, StatefulSet } from '../../src/domain/resources.js';
import { demoSnapshot } from '../../src/demo/demoSnapshot.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { runKubectlLines, type Side } from './equivalenceHarness.js';

let open: { demo: RunningDemo; gateway: ClusterGateway }[] = [];
afterEach(async () => {
  await Promise.all(open.map(async ({ demo, gateway }) => (gateway.close(), demo.close())));
  open = [];
});

async function side(namespace: string): Promise<Side> {
  const demo = await startDemo({ timeScale: 200 });
  const gateway = await connect({ kubeconfig: demo.kubeconfigPath, namespace });
  open.push({ demo, gateway });
  return { demo, gateway, ctx: { context: gateway.context, currentContext: gateway.currentContext, namespace } };
}

type Workload = StatefulSet | DaemonSet;
const stored = (s: Side, kind: Workload['kind'], namespace: string, name: string): Workload => s.demo.cluster.store.get<Workload>(kind, namespace, name)!;
const templateOf = (w: Workload) => ({ generation: w.metadata.generation, containers: w.spec.template.spec?.containers.map((c) => `${c.name}=${c.image}`) });

async function setImageBothWays(kind: Workload['kind'], namespace: string, name: string, container: string, image: string) {
  const [a, b] = await Promise.all([side(namespace), side(namespace)]);
  const snapshot = (): ClusterSnapshot => demoSnapshot(a.demo, Date.now(), namespace);
  const before = templateOf(stored(a, kind, namespace, name));
  const target = stored(a, kind, namespace, name) as KubeObject;
  const env = { ...process.env, XDG_STATE_HOME: scratchDir('kilo-equiv-image-') };
  const controller = new ActionFlowController(gatewayActionDeps({ gateway: a.gateway, snapshot, readonly: false, env }));
  controller.request({ action: 'setImage', uids: [target.metadata.uid] });
  expect(controller.getState()).toMatchObject({ phase: 'prompting', prompt: { type: 'images', fields: expect.arrayContaining([expect.objectContaining({ workload: name, container })]) } });
  controller.answer({ [target.metadata.uid]: { [container]: image } });
  const preview = controller.getState();
  if (preview.phase !== 'previewing') throw new Error(`expected a preview, got ${JSON.stringify(preview)}`);
  controller.confirm();
  if (controller.getState().phase === 'confirming-danger') controller.confirm();
  await controller.running;
  const done = controller.getState();
  expect(done.phase === 'done' && done.results.map((r) => r.outcome)).toEqual(['changed']);
  await runKubectlLines(preview.plan, b);
  const viaExecutor = templateOf(stored(a, kind, namespace, name));
  expect(viaExecutor).toEqual(templateOf(stored(b, kind, namespace, name)));
  expect(viaExecutor).not.toEqual(before);
  return { line: toKubectlLine(preview.plan.operations[0], a.ctx), title: preview.plan.title, before, viaExecutor };
}

describe('set image on a StatefulSet and a DaemonSet: executor and kubectl line agree', () => {
  it('statefulset kilo-db (kilo-data): postgres to postgres:16.4-alpine', async () => {
    const { line, title, viaExecutor } = await setImageBothWays('StatefulSet', 'kilo-data', 'kilo-db', 'postgres', 'postgres:16.4-alpine');
    expect(line).toBe('kubectl set image statefulset/kilo-db postgres=postgres:16.4-alpine -n kilo-data');
    expect(title).toBe('Set image of statefulset kilo-db');
    expect(viaExecutor.containers).toEqual(['postgres=postgres:16.4-alpine']);
  }, 60_000);

  it('daemonset svclb-traefik (kube-system): one of its two containers', async () => {
    const name = 'svclb-traefik-c0179b81';
    const { line, before, viaExecutor } = await setImageBothWays('DaemonSet', 'kube-system', name, 'lb-tcp-80', 'rancher/klipper-lb:v0.4.13');
    expect(line).toBe(`kubectl set image daemonset/${name} lb-tcp-80=rancher/klipper-lb:v0.4.13 -n kube-system`);
    expect(viaExecutor.containers).toEqual(['lb-tcp-80=rancher/klipper-lb:v0.4.13', 'lb-tcp-443=rancher/klipper-lb:v0.4.9']);
    expect(before.containers).toEqual(['lb-tcp-80=rancher/klipper-lb:v0.4.9', 'lb-tcp-443=rancher/klipper-lb:v0.4.9']);
  }, 60_000);
});
