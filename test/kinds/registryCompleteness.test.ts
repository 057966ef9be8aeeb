// Every kind in the registry (src/domain/kinds.ts) has every part the app and the demo server
// need: a renderer whose rows fit its columns, a `:` command that opens its list, a list that
// shows it and a describe view, a resource path, a demo resource type in discovery, Table cells
// that fit their columns, fixture validation, a store map, and a delete decision (the impact
// line and kubectl line the modal shows, or an explicit refusal), and, for a kind kubectl rolls
// out, the workload capability that set image, set resources and usage sums read, and a demo
// controller that makes its pods (or the demo never recreates a deleted one). A kind missing
// any part fails here by name, before a user meets an empty list or another kind's data.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { planSetImage } from '../../src/domain/plans/planSetImage.js';
import { planSetMemoryLimit } from '../../src/domain/plans/planSetMemoryLimit.js';
import { isWorkload, podGroupingOf, podsOfWorkload, workloadOfPod, WORKLOAD_KINDS, type Workload } from '../../src/domain/workloads.js';
import { planDelete } from '../../src/domain/plans/planDelete.js';
import { toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import { apiVersionOf, KIND_NAMES, KINDS, kubectlNameOf, objectsOfKind } from '../../src/domain/kinds.js';
import type { KindName, KubeObject, Pod, ReplicaSet, ServedObject } from '../../src/domain/resources.js';
import { validateObject } from '../../src/demo/fixtures/validateObject.js';
import { apiResourceList } from '../../src/demo/http/discovery.js';
import { RESOURCE_TYPES, resourceTypeOfKind } from '../../src/demo/http/resourceTypes.js';
import { cellsOf, columnsOf, DEMO_KINDS, type PrintedKind } from '../../src/demo/demoKinds.js';
import type { DemoController } from '../../src/demo/kinds/demoKind.js';
import { createDemoCluster } from '../../src/demo/cluster.js';
import { ManualClock } from '../../src/domain/clock.js';
import { resourcePath } from '../../src/kube/resourcePaths.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { COMMAND_ALIASES, commandWordsOf, LISTS, RENDERERS } from '../../src/render/registry.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { selectSnapshot } from '../../src/store/selectors.js';
import { parseCommandLine } from '../../src/ui/runCommand.js';
import { expectNoReactError, renderWithStore, tick } from '../helpers/renderWithStore.js';
import { SECRET_VALUE_MARKER } from './builtinSamples.js';
import { KIND_SAMPLES } from './kindSamples.js';

const NOW = Date.parse('2026-01-06T12:00:00Z');
const sampleOf = (kind: KindName): KubeObject => KIND_SAMPLES[kind];
const ctx = { context: 'k3s', currentContext: 'k3s', namespace: 'kilo-guardian' };

// The kinds `kubectl rollout` acts on ("Valid resource types include: * deployments …"), from the
// kubectl the suite runs: each rolls out a pod template, so its entry must say it is a workload.
const ROLLED_OUT_PLURALS = new Set(
  [...execFileSync('kubectl', ['rollout', '--help'], { encoding: 'utf8' }).split('Examples:')[0].matchAll(/^\s*\*\s+([a-z]+)\s*$/gm)].map((m) => m[1]),
);
// The resource words `kubectl set image` takes ("pod (po), replicationcontroller (rc), deployment (deploy), …").
const SET_IMAGE_WORDS = new Set([...execFileSync('kubectl', ['set', 'image', '--help'], { encoding: 'utf8' }).split('Examples:')[0].matchAll(/([a-z]+) \([a-z]+\)/g)].map((m) => m[1]));

const ownedBy = (owner: KubeObject) => [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true }];

/** A pod the workload made: controlled by it, or by a ReplicaSet it controls. */
function podOf(workload: Workload, throughReplicaSets: boolean): { pod: Pod; replicaSets: ReplicaSet[] } {
  const namespace = workload.metadata.namespace;
  const rs = { ...(KIND_SAMPLES.ReplicaSet as ReplicaSet), metadata: { ...KIND_SAMPLES.ReplicaSet.metadata, namespace, ownerReferences: ownedBy(workload) } };
  const controller = throughReplicaSets ? rs : workload;
  const pod: Pod = { ...KIND_SAMPLES.Pod, metadata: { ...KIND_SAMPLES.Pod.metadata, name: `${workload.metadata.name}-0`, uid: 'pod-of-the-workload', namespace, ownerReferences: ownedBy(controller) } };
  return { pod, replicaSets: throughReplicaSets ? [rs] : [] };
}

describe('the kind registry', () => {
  it('has kinds, each with a sample object to check its parts on', () => {
    expect(KIND_NAMES.length).toBeGreaterThanOrEqual(5);
    for (const kind of KIND_NAMES) expect(sampleOf(kind)?.kind, `test/kinds/kindSamples.ts has no ${kind}`).toBe(kind);
  });

  it('knows the kinds kubectl rolls out, and kubectl names them as the registry does', () => {
    expect(ROLLED_OUT_PLURALS.size).toBeGreaterThanOrEqual(3);
    expect(SET_IMAGE_WORDS.size).toBeGreaterThanOrEqual(3);
    for (const plural of ROLLED_OUT_PLURALS) expect(KIND_NAMES.some((kind) => KINDS[kind].plural === plural), `kubectl rolls out ${plural}: no kind in the registry`).toBe(true);
    expect(WORKLOAD_KINDS.length).toBe(ROLLED_OUT_PLURALS.size);
  });

  it('names each kind once: commands, snapshot fields and `:` words do not collide', () => {
    const owners = new Map<string, KindName>();
    for (const kind of KIND_NAMES) {
      for (const word of commandWordsOf(kind)) {
        expect(owners.get(word), `:${word} is claimed by ${owners.get(word)} and ${kind}`).toBeUndefined();
        owners.set(word, kind);
      }
    }
    expect(new Set(KIND_NAMES.map((kind) => KINDS[kind].snapshotKey)).size).toBe(KIND_NAMES.length);
  });

  describe.each(KIND_NAMES)('%s', (kind) => {
    const def = KINDS[kind];
    const sample = sampleOf(kind);

    it('says its API identity: group/version, plural, singular, title', () => {
      expect(apiVersionOf(kind)).toBe(sample.apiVersion);
      expect(def.plural).toMatch(/^[a-z]+$/);
      expect(def.singular).toMatch(/^[a-z]+$/);
      expect(def.title).not.toBe('');
      expect(kubectlNameOf(kind)).toBe(def.group ? `${def.singular}.${def.group}` : def.singular);
    });

    it('has a renderer whose rows fit its columns', () => {
      const renderer = RENDERERS[kind];
      expect(renderer, `render/registry.ts RENDERERS has no ${kind}`).toBeDefined();
      expect(renderer.columns.length).toBeGreaterThan(0);
      const snapshot = indexSnapshot({ namespace: 'kilo-guardian', deployments: [], replicaSets: [], pods: [], services: [], events: [], [def.snapshotKey]: [sample], now: NOW });
      const row = (renderer.toRow as (obj: KubeObject, s: typeof snapshot, now: number) => { cells: string[]; uid: string })(sample, snapshot, NOW);
      expect(row.cells).toHaveLength(renderer.columns.length);
      expect(row.uid).toBe(sample.metadata.uid);
      expect((renderer.compare as (a: KubeObject, b: KubeObject) => number)(sample, sample)).toBe(0);
    });

    const generic = 'generic' in def && def.generic === true;

    it('opens its list from every `:` word, and that list is of this kind', () => {
      expect(LISTS[def.command].kind).toBe(kind);
      // The generic entry's words are the discovered kinds' (test/app/resolveCommand.test.ts).
      if (generic) return void expect(commandWordsOf(kind)).toEqual([]);
      for (const word of commandWordsOf(kind)) expect(parseCommandLine(word), `:${word}`).toEqual({ type: 'open', pane: def.command });
      expect(COMMAND_ALIASES[def.plural]).toBe(def.command);
      expect(LISTS[def.command].kind).toBe(kind);
      if ('drillsTo' in def) expect(LISTS[KINDS[def.drillsTo].command]).toBeDefined();
    });

    it('is kept by the store and reaches the snapshot under its field', () => {
      const store = createClusterStore({ now: NOW });
      store.getState().mutators.applyChanges([{ type: 'sync', kind, items: [sample] as never }]);
      expect(store.getState().resources[kind].get(sample.metadata.uid)).toBe(sample);
      expect(objectsOfKind(selectSnapshot(store.getState()), kind)).toEqual([sample]);
    });

    it('shows in its list and in describe', async () => {
      const store = createClusterStore({ now: NOW, stack: [{ type: 'list', id: 0, pane: def.command }] });
      store.getState().mutators.applyChanges([{ type: 'sync', kind, items: [sample] as never }]);
      const list = renderWithStore(store, { columns: 160, rows: 20 });
      await tick(30);
      expect(list.lastFrame()).toContain(`${def.title} (1)`);
      expect(list.lastFrame()).not.toContain(SECRET_VALUE_MARKER.slice(0, 24));
      expectNoReactError(list.lastFrame());
      list.unmount();
      store.setState({ stack: [{ type: 'describe', id: 0, kind, uid: sample.metadata.uid, scroll: 0 }] });
      const described = renderWithStore(store, { columns: 160, rows: 20 });
      await tick(30);
      const shownKind = sample.kind === 'ServedObject' ? sample.resource.kind : kind;
      expect(described.lastFrame()).toContain(`Describe ${shownKind}/${sample.metadata.name}`);
      expect(described.lastFrame()).toMatch(new RegExp(`Name:\\s+${sample.metadata.name}`));
      // No list or describe shows a Secret's value (the sample's values carry the marker).
      expect(described.lastFrame()).not.toContain(SECRET_VALUE_MARKER.slice(0, 24));
      described.unmount();
      store.setState({ stack: [{ type: 'describe', id: 0, kind, uid: sample.metadata.uid, scroll: 0, format: 'yaml' }] });
      const yaml = renderWithStore(store, { columns: 160, rows: 20 });
      await tick(30);
      expect(yaml.lastFrame()).toContain(`kind: ${shownKind}`);
      expect(yaml.lastFrame()).not.toContain(SECRET_VALUE_MARKER.slice(0, 24));
      yaml.unmount();
    });

    it('has a resource path the API server serves it under', () => {
      if (generic) return void expect(resourcePath((sample as ServedObject).resource, 'kube-system', 'x')).toBe('/apis/traefik.io/v1alpha1/namespaces/kube-system/ingressroutes/x');
      const root = def.group ? `/apis/${def.group}/${def.version}` : `/api/${def.version}`;
      expect(resourcePath(kind, 'kilo-guardian', 'x')).toBe(def.namespaced ? `${root}/namespaces/kilo-guardian/${def.plural}/x` : `${root}/${def.plural}/x`);
    });

    it('is served by the demo: a resource type in discovery, Table cells that fit its columns, fixture validation', () => {
      // The generic entry is what the server serves already: nothing of its own to serve.
      if (generic) return void expect(RESOURCE_TYPES.some((type) => type.kind === kind)).toBe(false);
      const type = resourceTypeOfKind(kind);
      expect(type.plural).toBe(def.plural);
      const served = apiResourceList(RESOURCE_TYPES, def.group, def.version)?.resources as { name: string; kind: string; shortNames?: string[] }[];
      const entry = served.find((r) => r.name === def.plural);
      expect(entry).toMatchObject({ kind });
      // Discovery leaves shortNames out when a kind has none (Jobs, Secrets), as a real server does.
      expect(entry?.shortNames ?? []).toEqual(def.shortNames);
      const columns = columnsOf(kind as PrintedKind);
      expect(columns.length).toBeGreaterThan(0);
      expect(cellsOf(sample, NOW)).toHaveLength(columns.length);
      const { resourceVersion: _, ...metadata } = sample.metadata;
      expect(validateObject({ ...sample, metadata }, 'sample.yaml', 0, sample.metadata.namespace ?? 'kilo-guardian').kind).toBe(kind);
    });

    it('is a workload when kubectl rolls it out: how its pods are found, what a new template does, set image and set resources lines, usage sums', () => {
      const workload = 'workload' in def ? def.workload : undefined;
      const renderer = RENDERERS[kind];
      const sumsUsage = renderer.columns.some((c) => c.header === 'CPU') && kind !== 'Pod' && kind !== 'Node';
      if (!ROLLED_OUT_PLURALS.has(def.plural)) {
        expect(workload, `${kind}: kubectl does not roll it out, so it is not a workload`).toBeUndefined();
        // Pods and Nodes read their own metrics; any other usage columns are a workload's sums.
        expect(sumsUsage, `${kind}: usage columns but no workload capability to find the pods they sum`).toBe(false);
        return;
      }
      expect(workload, `${kind}: kubectl rolls it out; its entry in kinds.ts needs \`workload: { pods, rollout }\``).toBeDefined();
      if (!workload) return;
      expect(def.podTemplate, `${kind}: a workload's template is spec.template`).toBe(true);
      expect(['controlled', 'throughReplicaSets'], `${kind}: workload.pods`).toContain(workload.pods);
      expect(typeof workload.rollout, `${kind}: workload.rollout`).toBe('function');
      const target = sample as Workload;
      expect(isWorkload(target)).toBe(true);

      const rollout = workload.rollout(target as never);
      expect(['replicaSet', 'ordinal', 'node']).toContain(rollout.via);
      expect(rollout.pods).toBeGreaterThanOrEqual(0);

      // Its pods are found (the explorer's index and the snapshot's), and its pods' workload is it.
      const { pod, replicaSets } = podOf(target, workload.pods === 'throughReplicaSets');
      const lists = { namespace: 'kilo-guardian', deployments: [], replicaSets, pods: [pod], services: [], events: [], [def.snapshotKey]: [sample], now: NOW };
      expect(podsOfWorkload(lists, target).map((p) => p.metadata.uid)).toEqual([pod.metadata.uid]);
      expect(podGroupingOf(indexSnapshot(lists), target.kind).get(sample.metadata.uid)?.map((p) => p.metadata.uid)).toEqual([pod.metadata.uid]);
      expect(workloadOfPod(pod, lists)).toBe(sample);

      // kubectl set image|resources take its singular as the resource word.
      expect(SET_IMAGE_WORDS, `${kind}: kubectl set image does not take ${def.singular}`).toContain(def.singular);
      const container = target.spec.template.spec?.containers[0]?.name ?? '';
      const namespace = sample.metadata.namespace ?? ctx.namespace;
      const image = planSetImage([target], { [sample.metadata.uid]: { [container]: 'registry.example/app:2' } }, ctx);
      expect(toKubectlLine(image.operations[0], ctx)).toBe(`kubectl set image ${def.singular}/${sample.metadata.name} ${container}=registry.example/app:2 -n ${namespace}`);
      expect(image.warnings[0]).toMatch(/^a rollout starts: \d+ pods? replaced/);
      const limit = planSetMemoryLimit(target, container, 512 * 2 ** 20, ctx);
      expect(toKubectlLine(limit.operations[0], ctx)).toBe(`kubectl set resources ${def.singular}/${sample.metadata.name} -c ${container} --limits=memory=512Mi -n ${namespace}`);
      expect(limit.warnings[0]).toMatch(/\S/);

      // Its list shows the summed usage of those pods.
      expect(sumsUsage, `${kind}: a workload's list has CPU and MEM columns (render/registry.ts)`).toBe(true);
    });

    it('is simulated by the demo when it is a workload: its table entry has a controller that makes its pods', () => {
      const workload = 'workload' in def ? def.workload : undefined;
      if (!workload) return;
      const controller = (DEMO_KINDS[kind as PrintedKind] as { controller?: DemoController }).controller;
      expect(controller, `${kind}: a workload with no controller in src/demo/demoKinds.ts: the demo never recreates its deleted pods`).toBeDefined();
      // It syncs when what it creates changes (its pods, or its ReplicaSets), and whoever creates the pods syncs when one goes.
      const creates = workload.pods === 'controlled' ? 'Pod' : 'ReplicaSet';
      expect(controller!.owns, `${kind}: its controller's \`owns\` (src/demo/kinds/) misses ${creates}`).toContain(creates);
      const podMaker = workload.pods === 'controlled' ? controller : (DEMO_KINDS.ReplicaSet as { controller?: DemoController }).controller;
      expect(podMaker?.owns, `${kind}: the controller making its pods does not own Pods`).toContain('Pod');

      // And it does: a cluster holding only the sample makes the pods its registry entry finds.
      const clock = new ManualClock(NOW);
      const { metadata } = sample;
      const cluster = createDemoCluster({ fixtures: { namespace: metadata.namespace ?? 'kilo-guardian', objects: [{ ...sample, status: undefined } as KubeObject], behaviours: [] }, clock });
      cluster.start();
      for (let i = 0; i < 50; i++) clock.advance(100);
      const lists = {
        namespace: metadata.namespace ?? 'kilo-guardian',
        deployments: [],
        replicaSets: cluster.store.list<ReplicaSet>('ReplicaSet'),
        pods: cluster.store.list<Pod>('Pod'),
        services: [],
        events: [],
        [def.snapshotKey]: cluster.store.list(kind),
        now: NOW,
      };
      cluster.stop();
      const made = podsOfWorkload(lists, cluster.store.require<Workload>(kind, metadata.namespace, metadata.name));
      expect(made.length, `${kind}: the demo made none of its pods in 5 s`).toBeGreaterThan(0);
    });

    it('says what deleting it means: an impact line and the kubectl line, or why it is refused', () => {
      const { deletion } = def;
      if ('refused' in deletion) {
        expect(deletion.refused).not.toBe('');
        expect(() => planDelete([sample], ctx)).toThrow(/does not (act on|delete)/);
        return;
      }
      const plan = planDelete([sample], ctx);
      expect(plan.operations).toHaveLength(1);
      expect(plan.operations[0].impact).toMatch(/\S/);
      const type = sample.kind === 'ServedObject' ? `${sample.resource.singular}.${sample.resource.group}` : kubectlNameOf(kind);
      const namespace = def.namespaced ? ` -n ${sample.metadata.namespace ?? ctx.namespace}` : '';
      expect(toKubectlLine(plan.operations[0], ctx)).toBe(`kubectl delete ${type}/${sample.metadata.name}${namespace}`);
    });
  });
});
