// kube-controller-manager's pod garbage collector, its orphaned-pod part (pkg/controller/podgc):
// a pod bound to a node that no longer exists is quarantined for 40 s (the node may be coming
// back), then, if the node is still missing, marked Failed with a DisruptionTarget condition
// (DeletionByPodGC) and force-deleted. Its controller then recreates it, Pending while no node can
// take it. The real one finds orphans on a 20 s sweep; here a Node's deletion starts the quarantine.
import type { KubeNode, Pod, Condition } from '../../domain/resources.js';
import type { ObjectStore } from '../objectStore.js';
import type { Scheduler } from './scheduler.js';

/** podgc's quarantineTime (simulated; divided by timeScale like every demo controller's delay). */
export const ORPHAN_QUARANTINE_MS = 40_000;

const toTimestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const isFinished = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

export class OrphanedPodCollector {
  constructor(
    private readonly store: ObjectStore,
    private readonly scheduler: Scheduler,
  ) {}

  /** A node went: its pods are collected after the quarantine unless a node of that name is back by then. */
  nodeDeleted(nodeName: string): void {
    this.scheduler.after(ORPHAN_QUARANTINE_MS, () => this.collect(nodeName));
  }

  private collect(nodeName: string): void {
    if (this.store.get<KubeNode>('Node', undefined, nodeName)) return;
    const at = toTimestamp(this.scheduler.clock.now());
    for (const pod of this.store.list<Pod>('Pod')) {
      if (pod.spec.nodeName !== nodeName) continue;
      const { namespace, name } = pod.metadata;
      if (!isFinished(pod)) {
        this.store.mutate<Pod>('Pod', namespace, name, (latest) => {
          const condition: Condition = { type: 'DisruptionTarget', status: 'True', reason: 'DeletionByPodGC', message: 'PodGC: node no longer exists', lastTransitionTime: at };
          latest.status = { ...latest.status, phase: 'Failed', conditions: [...(latest.status?.conditions ?? []).filter((c) => c.type !== 'DisruptionTarget'), condition] };
        });
      }
      if (this.store.get('Pod', namespace, name)) this.store.delete('Pod', namespace, name);
    }
  }
}
