// What the demo does for DaemonSets: kubectl's printer, and the controller that keeps one pod of
// each DaemonSet per registered node (the demo has one). A node that is gone gets none: its old pod
// is the pod garbage collector's to delete, and the status counts only existing nodes
// (desiredNumberScheduled 0 once the only node is deleted), as the real controller reports it.
import { randomBytes } from 'node:crypto';
import { controllerOf } from '../../domain/replicasets.js';
import type { DaemonSet } from '../../domain/builtinResources.js';
import type { Pod } from '../../domain/resources.js';
import type { ObjectStore } from '../objectStore.js';
import { ageSince } from '../http/humanDuration.js';
import { col, containerCells, formatLabelSelector, nameCol, wideWorkload, type Cell } from '../http/tableCells.js';
import type { DemoKind } from './demoKind.js';
import type { EventRecorder } from '../controllers/eventRecorder.js';
import { isPodAvailable, isPodReady } from '../controllers/podReadiness.js';
import type { PodPlacement } from '../controllers/podPlacement.js';

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

const plainLabels = (labels: Record<string, unknown> | undefined): string => {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${String(labels![k])}`).join(',') : '<none>';
};

const daemonSetCells = (ds: DaemonSet, now: number): Cell[] => [
  ds.metadata.name,
  ds.status?.desiredNumberScheduled ?? 0,
  ds.status?.currentNumberScheduled ?? 0,
  ds.status?.numberReady ?? 0,
  ds.status?.updatedNumberScheduled ?? 0,
  ds.status?.numberAvailable ?? 0,
  plainLabels(ds.spec.template.spec.nodeSelector as Record<string, unknown> | undefined),
  ageSince(ds.metadata.creationTimestamp, now),
  ...containerCells(ds.spec.template.spec.containers),
  formatLabelSelector(ds.spec.selector),
];

export const daemonSets: DemoKind<'DaemonSet'> = {
  printer: {
    columns: [nameCol, col('Desired', 'integer'), col('Current', 'integer'), col('Ready', 'integer'), col('Up-to-date', 'integer'), col('Available', 'integer'), col('Node Selector'), col('Age'), ...wideWorkload],
    cells: daemonSetCells,
  },
  controller: {
    create: ({ store, events, placement, node, scheduler }) => new DaemonSetController(store, events, placement, node, () => scheduler.clock.now()),
    owns: ['Pod'],
    perNode: true,
  },
};
