// Issue 12: set image also on StatefulSets and DaemonSets. The executor (through the action flow)
// and the `kubectl set image statefulset/…` / `daemonset/…` line its preview printed leave two
// fresh demo clusters with the same pod template; the other containers keep their images.
import { afterEach, describe, expect, it } from 'vitest';
import { toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import type { DaemonSet, StatefulSet } from '../../src/domain/resources.js';
import { runKubectlLines, runThroughFlow, startSide, stopSide, type Side } from './equivalenceHarness.js';

let sides: Side[] = [];
afterEach(async () => {
  await Promise.all(sides.map(stopSide));
  sides = [];
});

type Workload = StatefulSet | DaemonSet;
const stored = (s: Side, kind: Workload['kind'], name: string): Workload => s.demo.cluster.store.get<Workload>(kind, s.ctx.namespace, name)!;
const templateOf = (w: Workload) => ({ generation: w.metadata.generation, containers: w.spec.template.spec?.containers.map((c) => `${c.name}=${c.image}`) });

async function setImageBothWays(kind: Workload['kind'], namespace: string, name: string, container: string, image: string) {
  const [a, b] = await Promise.all([startSide(namespace), startSide(namespace)]);
  sides.push(a, b);
  const before = templateOf(stored(a, kind, name));
  const { uid } = stored(a, kind, name).metadata;
  const { prompt, plan, results } = await runThroughFlow(a, { action: 'setImage', uids: [uid] }, { answer: { [uid]: { [container]: image } } });
  expect(prompt).toMatchObject({ type: 'images', fields: expect.arrayContaining([expect.objectContaining({ workload: name, container })]) });
  expect(results.map((r) => r.outcome)).toEqual(['changed']);
  await runKubectlLines(plan, b);
  const viaExecutor = templateOf(stored(a, kind, name));
  expect(viaExecutor).toEqual(templateOf(stored(b, kind, name)));
  expect(viaExecutor).not.toEqual(before);
  return { line: toKubectlLine(plan.operations[0], a.ctx), title: plan.title, before, viaExecutor };
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
