// What the demo does for ReplicaSets: kubectl's printer, and the controller that keeps each one's
// pods at spec.replicas and reports their readiness in its status.
import { randomInt } from 'node:crypto';
import { matchesSelector } from '../../domain/labels.js';
import { controllerOf } from '../../domain/replicasets.js';
import type { Pod, ReplicaSet } from '../../domain/resources.js';
import type { ObjectStore } from '../objectStore.js';
import type { EventRecorder } from '../controllers/eventRecorder.js';
import { isPodAvailable, isPodReady, nextAvailabilityAt } from '../controllers/podReadiness.js';
import { safeEncode } from '../controllers/templateHash.js';
import type { PodPlacement } from '../controllers/podPlacement.js';
import type { Scheduler } from '../controllers/scheduler.js';
import { ageSince } from '../http/humanDuration.js';
import { col, containerCells, formatLabelSelector, nameCol, wideWorkload, type Cell } from '../http/tableCells.js';
import type { DemoKind } from './demoKind.js';

const SOURCE = { component: 'replicaset-controller' };

function randomSuffix(length: number): string {
  let digits = '';
  for (let i = 0; i < length; i++) digits += String.fromCharCode(randomInt(0, 27));
  return safeEncode(digits);
}

/** Pods to delete first when scaling down: not ready before ready, then newest first. */
function deletionOrder(a: Pod, b: Pod): number {
  return Number(isPodReady(a)) - Number(isPodReady(b)) ||
    Date.parse(b.metadata.creationTimestamp ?? '') - Date.parse(a.metadata.creationTimestamp ?? '');
}

export class ReplicaSetController {
  constructor(
    private readonly store: ObjectStore,
    private readonly scheduler: Scheduler,
    private readonly events: EventRecorder,
    private readonly placement: PodPlacement,
    private readonly requeue: (namespace: string, name: string) => void,
  ) {}

  sync(namespace: string, name: string): void {
    const rs = this.store.get<ReplicaSet>('ReplicaSet', namespace, name);
    if (!rs) return;
    let pods = this.claimPods(rs);
    const want = rs.spec.replicas ?? 1;
    if (pods.length < want) {
      for (let i = pods.length; i < want; i++) pods.push(this.createPod(rs));
    } else if (pods.length > want) {
      const doomed = [...pods].sort(deletionOrder).slice(0, pods.length - want);
      for (const pod of doomed) {
        if (this.store.get('Pod', namespace, pod.metadata.name)) this.store.delete('Pod', namespace, pod.metadata.name);
        this.events.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, SOURCE);
      }
      pods = pods.filter((pod) => !doomed.includes(pod));
    }
    this.writeStatus(rs, pods);
  }

  /** Pods controlled by the ReplicaSet, adopting orphans its selector matches (as the real controller does). */
  private claimPods(rs: ReplicaSet): Pod[] {
    const claimed: Pod[] = [];
    for (const pod of this.store.list<Pod>('Pod', rs.metadata.namespace)) {
      const owner = controllerOf(pod);
      if (owner?.uid === rs.metadata.uid) claimed.push(pod);
      else if (!owner && matchesSelector(pod.metadata.labels, rs.spec.selector)) {
        claimed.push(
          this.store.mutate<Pod>('Pod', pod.metadata.namespace, pod.metadata.name, (p) => {
            p.metadata.ownerReferences = [...(p.metadata.ownerReferences ?? []), this.ownerRef(rs)];
          }),
        );
      }
    }
    return claimed;
  }

  private ownerRef(rs: ReplicaSet) {
    return { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name, uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true };
  }

  private createPod(rs: ReplicaSet): Pod {
    const template = structuredClone(rs.spec.template);
    let name: string;
    do name = `${rs.metadata.name}-${randomSuffix(5)}`;
    while (this.store.get('Pod', rs.metadata.namespace, name));
    const pod: Pod = this.placement.place({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: rs.metadata.namespace,
        uid: '',
        labels: template.metadata?.labels ?? {},
        ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
        ownerReferences: [this.ownerRef(rs)],
      },
      spec: { restartPolicy: 'Always', terminationGracePeriodSeconds: 30, ...template.spec },
      status: { phase: 'Pending' },
    });
    const created = this.store.create(pod);
    this.placement.created(created);
    this.events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`, SOURCE);
    return created;
  }

  private writeStatus(rs: ReplicaSet, pods: Pod[]): void {
    const now = this.scheduler.clock.now();
    const minReady = rs.spec.minReadySeconds ?? 0;
    const status = {
      replicas: pods.length,
      fullyLabeledReplicas: pods.filter((p) => matchesSelector(p.metadata.labels, rs.spec.selector)).length,
      readyReplicas: pods.filter(isPodReady).length,
      availableReplicas: pods.filter((p) => isPodAvailable(p, minReady, now)).length,
      observedGeneration: rs.metadata.generation ?? 1,
    };
    const current = rs.status ?? {};
    const changed = (Object.keys(status) as (keyof typeof status)[]).some((k) => (current[k] ?? 0) !== status[k]);
    if (changed) {
      this.store.mutate<ReplicaSet>('ReplicaSet', rs.metadata.namespace, rs.metadata.name, (latest) => {
        latest.status = { ...latest.status, ...status };
      });
    }
    const availableAt = nextAvailabilityAt(pods, minReady, now);
    if (availableAt !== undefined) {
      this.scheduler.afterRealTime(availableAt - now, () => this.requeue(rs.metadata.namespace!, rs.metadata.name));
    }
  }
}

const replicaSetCells = (rs: ReplicaSet, now: number): Cell[] => [
  rs.metadata.name,
  rs.spec.replicas ?? 1,
  rs.status?.replicas ?? 0,
  rs.status?.readyReplicas ?? 0,
  ageSince(rs.metadata.creationTimestamp, now),
  ...containerCells(rs.spec.template.spec.containers),
  formatLabelSelector(rs.spec.selector),
];

export const replicaSets: DemoKind<'ReplicaSet'> = {
  printer: { columns: [nameCol, col('Desired', 'integer'), col('Current', 'integer'), col('Ready', 'integer'), col('Age'), ...wideWorkload], cells: replicaSetCells },
  controller: { create: ({ store, scheduler, events, placement }, requeue) => new ReplicaSetController(store, scheduler, events, placement, requeue), owns: ['Pod'] },
};
