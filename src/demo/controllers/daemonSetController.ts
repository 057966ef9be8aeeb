// One pod of each DaemonSet per registered node (the demo has one). A node that is gone gets none:
// its old pod is the pod garbage collector's to delete, and the status counts only existing nodes
// (desiredNumberScheduled 0 once the only node is deleted), as the real controller reports it.
import { randomBytes } from 'node:crypto';
import { controllerOf } from '../../domain/replicasets.js';
import type { DaemonSet } from '../../domain/builtinResources.js';
import type { Pod } from '../../domain/resources.js';
import type { ObjectStore } from '../objectStore.js';
import type { EventRecorder } from './eventRecorder.js';
import { isPodAvailable, isPodReady } from './podReadiness.js';
import type { PodPlacement } from './podPlacement.js';

const SOURCE = { component: 'daemonset-controller' };
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
const randomSuffix = (): string => [...randomBytes(5)].map((b) => ALPHANUMS[b % ALPHANUMS.length]).join('');

export class DaemonSetController {
  constructor(
    private readonly store: ObjectStore,
    private readonly events: EventRecorder,
    private readonly placement: PodPlacement,
    private readonly nodeName: string,
    private readonly now: () => number,
  ) {}

  sync(namespace: string, name: string): void {
    const ds = this.store.get<DaemonSet>('DaemonSet', namespace, name);
    if (!ds) return;
    const registered = this.placement.nodeRegistered;
    const pods = this.store.list<Pod>('Pod', namespace).filter((pod) => controllerOf(pod)?.uid === ds.metadata.uid);
    const onNode = pods.filter((pod) => registered && pod.spec.nodeName === this.nodeName);
    if (registered && onNode.length === 0) onNode.push(this.createPod(ds));
    this.writeStatus(ds, registered ? 1 : 0, onNode);
  }

  private createPod(ds: DaemonSet): Pod {
    const template = structuredClone(ds.spec.template);
    const generation = ds.metadata.annotations?.['deprecated.daemonset.template.generation'];
    const pod = this.placement.place({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${ds.metadata.name}-${randomSuffix()}`,
        namespace: ds.metadata.namespace,
        uid: '',
        labels: { ...(template.metadata?.labels ?? {}), ...(generation ? { 'pod-template-generation': generation } : {}) },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata.name, uid: ds.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      spec: { ...template.spec } as Pod['spec'],
      status: { phase: 'Pending' },
    });
    const created = this.store.create(pod);
    this.events.record(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${created.metadata.name}`, SOURCE);
    return created;
  }

  private writeStatus(ds: DaemonSet, desired: number, pods: Pod[]): void {
    const available = pods.filter((pod) => isPodAvailable(pod, ds.spec.minReadySeconds ?? 0, this.now())).length;
    const counts = {
      desiredNumberScheduled: desired,
      currentNumberScheduled: pods.length,
      updatedNumberScheduled: pods.length,
      numberReady: pods.filter(isPodReady).length,
      numberAvailable: available,
      numberMisscheduled: 0,
    };
    const current = ds.status ?? {};
    const unavailable = desired - available;
    const same = (Object.keys(counts) as (keyof typeof counts)[]).every((key) => (current[key] ?? 0) === counts[key]) && (current.numberUnavailable ?? 0) === Math.max(0, unavailable);
    if (same) return;
    this.store.mutate<DaemonSet>('DaemonSet', ds.metadata.namespace, ds.metadata.name, (latest) => {
      const { numberUnavailable: _, ...rest } = latest.status ?? {};
      latest.status = { ...rest, ...counts, ...(unavailable > 0 ? { numberUnavailable: unavailable } : {}) };
    });
  }
}
