// The simulated cluster behind the demo API server: an ObjectStore loaded with the fixtures,
// with the simulated kinds' controllers (from the demo table, demoKinds.ts), the scheduler's
// placement, the garbage collectors (owners' dependents, pods of a deleted node) and a kubelet
// reacting to its changes on the injected clock.
import type { KubeObject, Namespace, Pod } from '../domain/resources.js';
import type { Clock } from '../domain/clock.js';
import { realClock } from '../domain/clock.js';
import { EndpointsController } from './controllers/endpointsController.js';
import { EventRecorder } from './controllers/eventRecorder.js';
import { GarbageCollector } from './controllers/garbageCollector.js';
import { NamespaceController } from './controllers/namespaceController.js';
import { OrphanedPodCollector } from './controllers/orphanedPodCollector.js';
import { PodPlacement } from './controllers/podPlacement.js';
import { stableUid } from './stableUid.js';
import { Scheduler } from './controllers/scheduler.js';
import { DEMO_CONTROLLERS } from './demoKinds.js';
import { startKindControllers } from './kinds/kindControllers.js';
import type { FixtureSet } from './fixtureTypes.js';
import { imagesOnNode } from './kubelet/imageRegistry.js';
import { Kubelet } from './kubelet/kubelet.js';
import { KubeletLogSource } from './kubelet/kubeletLogSource.js';
import type { LogSource } from './logSource.js';
import { ObjectStore, type StoreEvent } from './objectStore.js';
import { tabletNode } from './tabletNode.js';
import { createMetricsSource, type MetricsSource } from './metricsSource.js';

export interface DemoCluster {
  store: ObjectStore;
  logs: LogSource;
  /** metrics-server's view of the kubelet. */
  metrics: MetricsSource;
  start(): void;
  stop(): void;
}

/** Simulated time a controller takes to react to a change (divided by timeScale). */
const CONTROLLER_REACTION_MS = 200;
/** Simulated time between a namespace's deletion and its contents going (a real controller takes seconds). */
const NAMESPACE_FINALIZE_MS = 3000;
const DEFAULT_NODE_NAME = 'kilo-tablet';

const LOAD_ORDER: string[] = ['Namespace', 'CustomResourceDefinition', 'Service', 'Deployment', 'ReplicaSet', 'Pod', 'Event'];
/** Kinds not in LOAD_ORDER (custom resources among them) load last, after their CRDs. */
const loadRank = (kind: string): number => (LOAD_ORDER.includes(kind) ? LOAD_ORDER.indexOf(kind) : LOAD_ORDER.length);

/** The namespaces every cluster has from its first start (kube-system may also come with fixtures). */
const BUILT_IN_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

const namespaceObject = (name: string, creationTimestamp: string): Namespace => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, uid: stableUid(`namespace/${name}`), labels: { 'kubernetes.io/metadata.name': name }, creationTimestamp },
  spec: { finalizers: ['kubernetes'] },
  status: { phase: 'Active' },
});

const timestampOf = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function loadObjects(store: ObjectStore, fixtures: FixtureSet, now: number): void {
  const hasNamespace = fixtures.objects.some((o) => o.kind === 'Namespace' && o.metadata.name === fixtures.namespace);
  if (!hasNamespace && !store.get('Namespace', undefined, fixtures.namespace)) {
    store.create(namespaceObject(fixtures.namespace, earliestCreation(fixtures.objects) ?? timestampOf(now)));
  }
  const ordered = [...fixtures.objects].sort((a, b) => loadRank(a.kind) - loadRank(b.kind));
  for (const obj of ordered) {
    const namespaced = store.typeOf(obj.kind)?.namespaced ?? true;
    store.create({ ...obj, metadata: { ...obj.metadata, namespace: namespaced ? obj.metadata.namespace ?? fixtures.namespace : undefined } } as KubeObject);
  }
}

function earliestCreation(objects: KubeObject[]): string | undefined {
  const stamps = objects.map((o) => o.metadata.creationTimestamp).filter((s): s is string => Boolean(s)).sort();
  return stamps[0];
}

/** `fixtures`: one namespace's, or several (each loads into its own namespace; behaviours are shared). */
export function createDemoCluster(options: { fixtures: FixtureSet | readonly FixtureSet[]; clock?: Clock; timeScale?: number }): DemoCluster {
  const clock = options.clock ?? realClock;
  const timeScale = options.timeScale && options.timeScale > 0 ? options.timeScale : 1;
  const store = new ObjectStore(clock);
  const sets: readonly FixtureSet[] = Array.isArray(options.fixtures) ? options.fixtures : [options.fixtures as FixtureSet];
  for (const set of sets) loadObjects(store, set, clock.now());
  const objects = sets.flatMap((set) => set.objects);
  // As old as the oldest object: the cluster was installed before anything was deployed to it.
  const installedAt = earliestCreation(objects) ?? timestampOf(clock.now());
  for (const name of BUILT_IN_NAMESPACES) if (!store.get('Namespace', undefined, name)) store.create(namespaceObject(name, installedAt));

  const scheduler = new Scheduler(clock, timeScale);
  const events = new EventRecorder(store, clock);
  // New pods land on the node the fixture pods run on, like a single-node cluster's scheduler would.
  const node = objects.flatMap((o) => (o.kind === 'Pod' && o.spec.nodeName ? [o.spec.nodeName] : []))[0] ?? DEFAULT_NODE_NAME;
  // The node registered itself before any pod ran on it.
  const nodeCreated = earliestCreation(objects) ?? new Date(clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  store.create(tabletNode(node, nodeCreated, clock.now()));
  const garbageCollector = new GarbageCollector(store);
  const namespaces = new NamespaceController(store);
  const placement = new PodPlacement(store, scheduler, events, node);
  const orphanedPods = new OrphanedPodCollector(store, scheduler);
  const kubelet = new Kubelet(store, scheduler, events, node, sets.flatMap((set) => set.behaviours), imagesOnNode(objects));
  const logs = new KubeletLogSource(store, kubelet, clock);
  const metrics = createMetricsSource(store, kubelet, () => clock.now());

  const endpoints = new EndpointsController(store, scheduler, CONTROLLER_REACTION_MS);
  // Part of the state the cluster starts in, as the controllers left it: no watch sees them appear.
  endpoints.syncAll();

  const controllers = startKindControllers(DEMO_CONTROLLERS, { store, scheduler, events, placement, node }, CONTROLLER_REACTION_MS);

  const onChange = (event: StoreEvent) => {
    const obj = event.object;
    // Any owner's dependents go with it (a ReplicaSet's pods, any other controller's); pods and events own nothing.
    if (event.type === 'DELETED' && event.kind !== 'Pod' && event.kind !== 'Event') {
      scheduler.after(0, () => garbageCollector.collectDependentsOf(obj));
    }
    if (event.type === 'DELETED' && obj.kind === 'CustomResourceDefinition') scheduler.after(0, () => garbageCollector.collectCustomResourcesOf(obj));
    // A namespace shows Terminating for a moment before its contents go.
    if (event.kind === 'Namespace' && event.type === 'MODIFIED' && obj.metadata.deletionTimestamp) scheduler.after(NAMESPACE_FINALIZE_MS, () => namespaces.finalize(obj.metadata.name));
    // The kubelet does not register its Node again until it restarts: the node stays gone, and its pods are orphans.
    if (event.kind === 'Node' && event.type === 'DELETED') orphanedPods.nodeDeleted(obj.metadata.name);
    if (event.kind === 'Pod' && event.type === 'ADDED') placement.onPodAdded(obj as Pod);
    controllers.onChange(event);
    endpoints.onChange(event);
  };

  let unsubscribe: (() => void) | undefined;
  return {
    store,
    logs,
    metrics,
    start() {
      if (unsubscribe) return;
      scheduler.start();
      unsubscribe = store.subscribe(onChange);
      kubelet.start();
      controllers.syncAll();
      controllers.kick();
    },
    stop() {
      unsubscribe?.();
      unsubscribe = undefined;
      kubelet.stop();
      scheduler.stop();
    },
  };
}
