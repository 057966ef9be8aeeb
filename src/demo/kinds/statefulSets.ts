// What the demo does for StatefulSets: kubectl's printer, and the controller that keeps each one's
// ordinals (<name>-0 … <name>-(replicas-1)): a missing one is created again with the same name, its
// claims' volumes, hostname and subdomain (as the real controller does after a pod is deleted: by a
// user, by eviction, or by the pod garbage collector once its node is gone). Status counts its
// pods. Scaling and rolling updates are not modelled here.
import { controllerOf } from '../../domain/replicasets.js';
import type { Pod, StatefulSet } from '../../domain/resources.js';
import type { ObjectStore } from '../objectStore.js';
import { ageSince } from '../http/humanDuration.js';
import { col, containerCells, nameCol, type Cell } from '../http/tableCells.js';
import type { DemoKind } from './demoKind.js';
import type { EventRecorder } from '../controllers/eventRecorder.js';
import { isPodAvailable, isPodReady } from '../controllers/podReadiness.js';
import type { PodPlacement } from '../controllers/podPlacement.js';

const SOURCE = { component: 'statefulset-controller' };

export class StatefulSetController {
  constructor(
    private readonly store: ObjectStore,
    private readonly events: EventRecorder,
    private readonly placement: PodPlacement,
    private readonly now: () => number,
  ) {}

  sync(namespace: string, name: string): void {
    const sts = this.store.get<StatefulSet>('StatefulSet', namespace, name);
    if (!sts) return;
    const pods = this.store.list<Pod>('Pod', namespace).filter((pod) => controllerOf(pod)?.uid === sts.metadata.uid);
    const want = sts.spec.replicas ?? 1;
    for (let ordinal = 0; ordinal < want; ordinal++) {
      const podName = `${name}-${ordinal}`;
      if (pods.some((pod) => pod.metadata.name === podName) || this.store.get('Pod', namespace, podName)) continue;
      // OrderedReady: one ordinal at a time, each after the ones before it are ready.
      if (sts.spec.podManagementPolicy !== 'Parallel' && pods.some((pod) => !isPodReady(pod))) break;
      pods.push(this.createPod(sts, podName, ordinal));
      if (sts.spec.podManagementPolicy !== 'Parallel') break;
    }
    this.writeStatus(sts, pods);
  }

  private createPod(sts: StatefulSet, podName: string, ordinal: number): Pod {
    const template = structuredClone(sts.spec.template);
    const claimVolumes = (sts.spec.volumeClaimTemplates ?? []).flatMap((claim) => {
      const claimName = (claim as { metadata?: { name?: string } }).metadata?.name;
      return claimName ? [{ name: claimName, persistentVolumeClaim: { claimName: `${claimName}-${podName}` } }] : [];
    });
    const revision = sts.status?.updateRevision;
    const pod = this.placement.place({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: podName,
        namespace: sts.metadata.namespace,
        uid: '',
        labels: {
          ...(template.metadata?.labels ?? {}),
          'apps.kubernetes.io/pod-index': String(ordinal),
          ...(revision ? { 'controller-revision-hash': revision } : {}),
          'statefulset.kubernetes.io/pod-name': podName,
        },
        ...(template.metadata?.annotations ? { annotations: template.metadata.annotations } : {}),
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: sts.metadata.name, uid: sts.metadata.uid, controller: true, blockOwnerDeletion: true }],
      },
      spec: {
        ...template.spec,
        hostname: podName,
        ...(sts.spec.serviceName ? { subdomain: sts.spec.serviceName } : {}),
        volumes: [...((template.spec as { volumes?: unknown[] }).volumes ?? []), ...claimVolumes],
      } as Pod['spec'],
      status: { phase: 'Pending' },
    });
    const created = this.store.create(pod);
    this.events.record(sts, 'Normal', 'SuccessfulCreate', `create Pod ${podName} in StatefulSet ${sts.metadata.name} successful`, SOURCE);
    this.placement.created(created);
    return created;
  }

  private writeStatus(sts: StatefulSet, pods: Pod[]): void {
    const now = this.now();
    const ready = pods.filter(isPodReady).length;
    const counts = {
      replicas: pods.length,
      readyReplicas: ready,
      currentReplicas: pods.length,
      updatedReplicas: pods.length,
      availableReplicas: pods.filter((pod) => isPodAvailable(pod, sts.spec.minReadySeconds ?? 0, now)).length,
    };
    const current = sts.status ?? {};
    if ((Object.keys(counts) as (keyof typeof counts)[]).every((key) => (current[key] ?? 0) === counts[key])) return;
    this.store.mutate<StatefulSet>('StatefulSet', sts.metadata.namespace, sts.metadata.name, (latest) => {
      latest.status = { ...latest.status, ...counts };
    });
  }
}

const statefulSetCells = (sts: StatefulSet, now: number): Cell[] => [
  sts.metadata.name,
  `${sts.status?.readyReplicas ?? 0}/${sts.spec.replicas ?? 1}`,
  ageSince(sts.metadata.creationTimestamp, now),
  ...containerCells(sts.spec.template.spec.containers),
];

export const statefulSets: DemoKind<'StatefulSet'> = {
  printer: { columns: [nameCol, col('Ready'), col('Age'), col('Containers', 'string', 1), col('Images', 'string', 1)], cells: statefulSetCells },
  controller: {
    create: ({ store, events, placement, scheduler }) => new StatefulSetController(store, events, placement, () => scheduler.clock.now()),
    owns: ['Pod'],
  },
};
