// The node's kubelet stand-in: runs every pod's containers per their image behaviour, reports
// pod status and Events, and forgets a pod (ending its log followers) the moment it is deleted.
import type { Pod } from '../../domain/resources.js';
import type { EventRecorder } from '../controllers/eventRecorder.js';
import type { Scheduler } from '../controllers/scheduler.js';
import type { Behaviour } from '../fixtureTypes.js';
import type { ObjectStore, StoreEvent } from '../objectStore.js';
import { genericBehaviour, imageDigestRef, qualifiedImage, type ContainerRecord } from './containerRecord.js';
import { ContainerLifecycle } from './containerLifecycle.js';
import { buildPodStatus } from './podStatusBuilder.js';
import { PodIpAllocator } from './podIpAllocator.js';
import { NODE_HOST_IP } from '../tabletNode.js';
import { resourceOf } from './quantity.js';
import { containerUsageAt, DEFAULT_USAGE, type ContainerUsage } from './usageModel.js';
import { ImageRegistry } from './imageRegistry.js';
import { CONTAINER_START_DELAY_MS, pullAndStart } from './imagePull.js';

const HOST_IP = NODE_HOST_IP;

export interface KubeletPod {
  namespace: string;
  name: string;
  uid: string;
  containers: ContainerLifecycle[];
}

export interface PodUsage {
  namespace: string;
  name: string;
  containers: ({ name: string } & ContainerUsage)[];
}

const keyOf = (namespace: string | undefined, name: string): string => `${namespace ?? ''}/${name}`;

export class Kubelet {
  private readonly pods = new Map<string, KubeletPod>();
  private readonly behaviours: Map<string, Behaviour>;
  private readonly registry: ImageRegistry;
  private readonly podIps = new PodIpAllocator(() => this.store.list<Pod>('Pod').filter((pod) => pod.spec.nodeName === this.nodeName));
  private unsubscribe?: () => void;

  constructor(
    private readonly store: ObjectStore,
    private readonly scheduler: Scheduler,
    private readonly events: EventRecorder,
    readonly nodeName: string,
    behaviours: Behaviour[],
    /** Images the node already has (the fixtures' own); others are pulled from the registry first. */
    presentImages: Iterable<string> = behaviours.map((b) => b.image),
  ) {
    this.behaviours = new Map(behaviours.map((b) => [b.image, b]));
    this.registry = new ImageRegistry(behaviours, presentImages);
  }

  start(): void {
    this.unsubscribe = this.store.subscribe((event) => this.onStoreEvent(event));
    for (const pod of this.store.list<Pod>('Pod')) if (this.isBoundHere(pod)) this.admit(pod);
  }

  stop(): void {
    this.unsubscribe?.();
    for (const pod of this.pods.values()) for (const container of pod.containers) container.stop();
    this.pods.clear();
  }

  /** What each pod's running containers use at `scrapeAt`, as cAdvisor reports them to metrics-server. */
  usageAt(scrapeAt: number): PodUsage[] {
    const pods: PodUsage[] = [];
    for (const pod of this.pods.values()) {
      const containers: PodUsage['containers'] = [];
      for (const { record } of pod.containers) {
        const instance = record.instance;
        if (!record.state.running || !instance || instance.startedAt > scrapeAt) continue;
        const usage = containerUsageAt(record.behaviour.usage ?? DEFAULT_USAGE, instance.containerID, scrapeAt, {
          from: instance.leakFrom ?? instance.startedAt,
          timeScale: this.scheduler.timeScale,
          limitBytes: record.memoryLimitBytes,
        });
        containers.push({ name: record.name, ...usage });
      }
      // metrics-server leaves out a pod none of whose containers runs.
      if (containers.length) pods.push({ namespace: pod.namespace, name: pod.name, containers });
    }
    return pods;
  }

  /** The pod as the kubelet runs it, or undefined when it has not been admitted. */
  podFor(namespace: string, name: string): KubeletPod | undefined {
    return this.pods.get(keyOf(namespace, name));
  }

  /** Only pods the scheduler bound to this node run here; a pod bound later (MODIFIED) is taken on then. */
  private isBoundHere(pod: Pod): boolean {
    return pod.spec.nodeName === this.nodeName;
  }

  private onStoreEvent(event: StoreEvent): void {
    if (event.kind !== 'Pod') return;
    const pod = event.object as Pod;
    if (event.type === 'DELETED') this.forget(pod);
    else if (this.isBoundHere(pod) && !this.pods.has(keyOf(pod.metadata.namespace, pod.metadata.name))) this.admit(pod);
  }

  /** Takes a pod on: fixture pods keep their recorded state; new ones start after a short delay. */
  private admit(pod: Pod): void {
    const key = keyOf(pod.metadata.namespace, pod.metadata.name);
    if (this.pods.has(key)) return;
    const entry: KubeletPod = { namespace: pod.metadata.namespace ?? '', name: pod.metadata.name, uid: pod.metadata.uid, containers: [] };
    this.pods.set(key, entry);
    const ctx = {
      scheduler: this.scheduler,
      podName: pod.metadata.name,
      podNamespace: entry.namespace,
      podUid: entry.uid,
      changed: () => this.writeStatus(entry),
      event: (type: 'Normal' | 'Warning', reason: string, message: string) => this.podEvent(entry, type, reason, message),
    };
    for (const container of pod.spec.containers) {
      const record: ContainerRecord = {
        name: container.name,
        image: container.image,
        imageRef: qualifiedImage(container.image),
        imageID: imageDigestRef(container.image),
        behaviour: this.behaviours.get(container.image) ?? genericBehaviour(container.image),
        memoryLimitBytes: resourceOf(container.resources, 'limits', 'memory'),
        restartCount: 0,
        ready: false,
        state: { waiting: { reason: 'ContainerCreating' } },
        lastState: {},
        timers: [],
      };
      entry.containers.push(new ContainerLifecycle(record, ctx));
    }
    const statuses = pod.status?.containerStatuses ?? [];
    // A finished pod (a Job's) is never run again: its containers keep their terminated state.
    if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') {
      for (const lifecycle of entry.containers) {
        const status = statuses.find((s) => s.name === lifecycle.record.name);
        if (status) lifecycle.adoptFinished(status);
      }
      return;
    }
    const hasRecordedState = statuses.some((s) => s.state?.running || s.state?.terminated || s.lastState?.terminated);
    if (hasRecordedState) {
      for (const lifecycle of entry.containers) {
        const status = statuses.find((s) => s.name === lifecycle.record.name);
        if (status) lifecycle.adopt(status);
        else this.scheduler.after(CONTAINER_START_DELAY_MS, () => lifecycle.start());
      }
      return;
    }
    this.scheduler.after(0, () => {
      if (!this.pods.has(key)) return;
      this.podEvent(entry, 'Normal', 'Scheduled', `Successfully assigned ${entry.namespace}/${entry.name} to ${this.nodeName}`, 'default-scheduler');
      this.writeStatus(entry);
    });
    const pullContext = { registry: this.registry, event: ctx.event };
    for (const lifecycle of entry.containers) pullAndStart(lifecycle, pullContext, this.scheduler.timeScale);
  }

  private forget(pod: Pod): void {
    const key = keyOf(pod.metadata.namespace, pod.metadata.name);
    const entry = this.pods.get(key);
    if (!entry) return;
    this.pods.delete(key);
    const running = entry.containers.filter((c) => c.record.state.running).map((c) => c.record.name);
    for (const container of entry.containers) container.stop();
    // Recorded from a timer: this runs inside the store's delete notification.
    this.scheduler.after(0, () => {
      for (const name of running) this.podEventFor(pod, 'Normal', 'Killing', `Stopping container ${name}`, 'kubelet');
    });
  }

  private writeStatus(entry: KubeletPod): void {
    const current = this.store.get<Pod>('Pod', entry.namespace, entry.name);
    if (!current || current.metadata.uid !== entry.uid) return;
    const records = entry.containers.map((c) => c.record);
    const podIP = current.status?.podIP ?? this.podIps.allocate();
    const status = buildPodStatus(current, records, this.scheduler.clock.now(), HOST_IP, podIP);
    this.store.mutate<Pod>('Pod', entry.namespace, entry.name, (pod) => {
      pod.status = structuredClone(status);
    });
  }

  private podEvent(entry: KubeletPod, type: 'Normal' | 'Warning', reason: string, message: string, component = 'kubelet'): void {
    const pod = this.store.get<Pod>('Pod', entry.namespace, entry.name);
    if (pod) this.podEventFor(pod, type, reason, message, component);
  }

  private podEventFor(pod: Pod, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    this.events.record(pod, type, reason, message, { component, host: component === 'kubelet' ? this.nodeName : undefined });
  }
}
