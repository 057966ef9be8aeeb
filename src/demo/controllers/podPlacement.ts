// The default scheduler on the demo's one-node cluster: a pod goes to the node while that node is
// registered; with no node at all it stays Pending with PodScheduled False (Unschedulable) and a
// FailedScheduling Event, as kube-scheduler leaves it (ErrNoNodesAvailable's message).
import type { Condition, KubeNode, Pod } from '../../domain/resources.js';
import type { ObjectStore } from '../objectStore.js';
import type { EventRecorder } from './eventRecorder.js';
import type { Scheduler } from './scheduler.js';

export const NO_NODES_MESSAGE = 'no nodes available to schedule pods';

const toTimestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const unschedulable = (at: number): Condition => ({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: NO_NODES_MESSAGE, lastTransitionTime: toTimestamp(at) });

export class PodPlacement {
  constructor(
    private readonly store: ObjectStore,
    private readonly scheduler: Scheduler,
    private readonly events: EventRecorder,
    private readonly nodeName: string,
  ) {}

  get nodeRegistered(): boolean {
    return this.store.get<KubeNode>('Node', undefined, this.nodeName) !== undefined;
  }

  /** A pod a controller is about to create: bound to the node, or Pending and Unschedulable when there is none. */
  place(pod: Pod): Pod {
    if (this.nodeRegistered) return { ...pod, spec: { ...pod.spec, nodeName: this.nodeName } };
    const { nodeName: _unbound, ...spec } = pod.spec;
    return { ...pod, spec, status: { phase: 'Pending', conditions: [unschedulable(this.scheduler.clock.now())] } };
  }

  /** After creating a placed pod: an unschedulable one gets the scheduler's Event. */
  created(pod: Pod): void {
    if (!pod.spec.nodeName) this.scheduler.after(0, () => this.events.record(pod, 'Warning', 'FailedScheduling', NO_NODES_MESSAGE, { component: 'default-scheduler' }));
  }

  /** A pod created through the API without a node (kubectl run): bound from a timer, as the scheduler does after the create. */
  onPodAdded(pod: Pod): void {
    if (pod.spec.nodeName || pod.metadata.deletionTimestamp || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return;
    this.scheduler.after(0, () => {
      const current = this.store.get<Pod>('Pod', pod.metadata.namespace, pod.metadata.name);
      if (!current || current.metadata.uid !== pod.metadata.uid || current.spec.nodeName) return;
      const registered = this.nodeRegistered;
      this.store.mutate<Pod>('Pod', pod.metadata.namespace, pod.metadata.name, (latest) => {
        if (registered) latest.spec.nodeName = this.nodeName;
        else latest.status = { ...latest.status, phase: 'Pending', conditions: [...(latest.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled'), unschedulable(this.scheduler.clock.now())] };
      });
      if (!registered) this.events.record(current, 'Warning', 'FailedScheduling', NO_NODES_MESSAGE, { component: 'default-scheduler' });
    });
  }
}
