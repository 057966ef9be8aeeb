// Endpoints and EndpointSlices against the built `kilo-tui demo-server`, whose controllers keep them:
// kilo-tui lists the same objects `kubectl get` prints; the line Ctrl-d previews, run with real
// kubectl, deletes that object and the controllers write it again (a slice under a new name), which
// the open list shows live; Enter on a slice lists the pods it points to.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KINDS, kubectlNameOf } from '../../src/domain/kinds.js';
import type { KindName, KubeObject } from '../../src/domain/resources.js';
import { startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { kubectlRows, openKindList } from '../helpers/kindListTui.js';

const run = promisify(execFile);

let server: DemoServerProcess;
beforeAll(async () => {
  server = await startDemoServerProcess();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

/** kubectl's NAME column, sorted as kilo-tui sorts (by name). */
const kubectlNames = async (kind: KindName, namespace: string): Promise<string[]> => {
  const rows = await kubectlRows(server.kubeconfig, kind, namespace);
  return rows.map((line) => line.split(/\s+/)[0]).sort((a, b) => a.localeCompare(b));
};

const CASES: { kind: KindName; namespace: string; first: RegExp }[] = [
  { kind: 'Endpoints', namespace: 'kilo-guardian', first: /^kilo-ai-brain$/ },
  { kind: 'EndpointSlice', namespace: 'kilo-guardian', first: /^kilo-ai-brain-[bcdfghjklmnpqrstvwxz2456789]{5}$/ },
  { kind: 'EndpointSlice', namespace: 'kube-system', first: /^kube-dns-[bcdfghjklmnpqrstvwxz2456789]{5}$/ },
];

describe.each(CASES)('$kind in $namespace', ({ kind, namespace, first }) => {
  const def = KINDS[kind];

  it('lists what kubectl get prints; Ctrl-d previews a kubectl line that deletes the first one, and the list shows the one written again', async () => {
    const tui = await openKindList(server.kubeconfig, kind, namespace);
    try {
      const names = await kubectlNames(kind, namespace);
      expect(names.length).toBeGreaterThan(0);
      expect(names[0]).toMatch(first);
      await tui.frameWhere(new RegExp(`${def.title} \\(${names.length}\\)`), `${def.title} (${names.length}) title`);
      const shown = () => [...(tui.store.getState().resources[kind] as ReadonlyMap<string, KubeObject>).values()].map((o) => o.metadata.name).sort((a, b) => a.localeCompare(b));
      expect(shown()).toEqual(names);
      for (const name of names) expect(tui.view.lastFrame()).toContain(name);

      const target = [...(tui.store.getState().resources[kind] as ReadonlyMap<string, KubeObject>).values()].find((obj) => obj.metadata.name === names[0])!;
      await tui.view.press('\u0004');
      const [line] = await tui.frameWhere(/kubectl delete \S+ -n \S+/, 'kubectl line in the preview');
      expect(line).toBe(`kubectl delete ${kubectlNameOf(kind)}/${names[0]} -n ${namespace}`);
      expect(tui.view.lastFrame()).toMatch(/writes it again|creates it again/);
      await tui.view.press('\u001b');

      await run('bash', ['-c', `${line} --kubeconfig '${server.kubeconfig}'`], { timeout: 20_000 });
      // The controllers answer the deletion: same count, the deleted uid gone, in kubectl and in the open list.
      const deadline = Date.now() + 30_000;
      for (;;) {
        const objects = [...(tui.store.getState().resources[kind] as ReadonlyMap<string, KubeObject>).values()];
        const again = objects.find((o) => o.metadata.name !== target.metadata.name && first.test(o.metadata.name)) ?? objects.find((o) => o.metadata.name === target.metadata.name);
        if (objects.length === names.length && again && again.metadata.uid !== target.metadata.uid && !objects.some((o) => o.metadata.uid === target.metadata.uid)) break;
        if (Date.now() > deadline) throw new Error(`no replacement of ${target.metadata.name} in the list within 30 s: ${objects.map((o) => o.metadata.name).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const after = await kubectlNames(kind, namespace);
      expect(after).toHaveLength(names.length);
      expect(shown()).toEqual(after);
      if (kind === 'EndpointSlice') expect(after).not.toContain(names[0]);
    } finally {
      tui.close();
    }
  }, 90_000);
});

describe('Enter on an EndpointSlice', () => {
  it("lists the pods its endpoints point to: kilo-meds' serving pod and its crash-looping one", async () => {
    const tui = await openKindList(server.kubeconfig, 'EndpointSlice', 'kilo-guardian');
    try {
      await tui.frameWhere(/EndpointSlices \(15\)/, 'the slices');
      await tui.view.press('/', ...'kilo-meds', '\r');
      await tui.frameWhere(/EndpointSlices.*\(1\b/, 'one slice after the filter');
      await tui.view.press('\r');
      const { stdout } = await run('kubectl', ['--kubeconfig', server.kubeconfig, 'get', 'endpointslices', '-n', 'kilo-guardian', '-l', 'kubernetes.io/service-name=kilo-meds', '-o', 'jsonpath={.items[*].endpoints[*].targetRef.name}'], { timeout: 20_000 });
      const pods = stdout.trim().split(/\s+/);
      expect(pods).toHaveLength(2);
      await tui.frameWhere(/Pods.*\(2\)/, 'two pods scoped to the slice');
      for (const pod of pods) expect(tui.view.lastFrame()).toContain(pod);
      expect(tui.view.lastFrame()).toContain('CrashLoopBackOff');
    } finally {
      tui.close();
    }
  }, 90_000);
});
