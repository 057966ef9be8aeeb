// What the demo does for Deployments: kubectl's printer, and the controller that rolls each one's
// pod template out through ReplicaSets: finds or creates the ReplicaSet for the current template,
// scales new up and old down per strategy, prunes history, and reports status and conditions.
import { matchesSelector } from '../../domain/labels.js';
import { controllerOf, revisionOf } from '../../domain/replicasets.js';
import { REVISION_ANNOTATION, type Deployment, type Pod, type ReplicaSet } from '../../domain/resources.js';
import type { ObjectStore } from '../objectStore.js';
import { computeDeploymentStatus, isComplete, progressDeadlineAt } from '../controllers/deploymentStatus.js';
import type { EventRecorder } from '../controllers/eventRecorder.js';
import { buildNewReplicaSet, maxRevision, promoteRevision, replicaAnnotations, replicaSetsToPrune } from '../controllers/replicaSetHistory.js';
import { desiredReplicas, newReplicaSetTarget, oldReplicaSetTargets, replicasOf } from '../controllers/rollingMath.js';
import type { Scheduler } from '../controllers/scheduler.js';
import { canonicalJson, templateHash, templatesEqual } from '../controllers/templateHash.js';
import { ageSince } from '../http/humanDuration.js';
import { col, containerCells, formatLabelSelector, nameCol, wideWorkload, type Cell } from '../http/tableCells.js';
import type { DemoKind } from './demoKind.js';

const SOURCE = { component: 'deployment-controller' };
const byCreation = (a: ReplicaSet, b: ReplicaSet): number =>
  Date.parse(a.metadata.creationTimestamp ?? '') - Date.parse(b.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name);

export class DeploymentController {
  private readonly deadlineTimers = new Map<string, () => void>();

  constructor(
    private readonly store: ObjectStore,
    private readonly scheduler: Scheduler,
    private readonly events: EventRecorder,
    private readonly requeue: (namespace: string, name: string) => void,
  ) {}

  sync(namespace: string, name: string): void {
    const deployment = this.store.get<Deployment>('Deployment', namespace, name);
    this.deadlineTimers.get(`${namespace}/${name}`)?.();
    if (!deployment) return;
    const sets = this.claimReplicaSets(deployment).sort(byCreation);
    let newSet = sets.find((rs) => templatesEqual(rs.spec.template, deployment.spec.template));
    const oldSets = sets.filter((rs) => rs !== newSet);
    let newSetEvent: 'created' | 'found' | undefined;

    if (!deployment.spec.paused) {
      if (!newSet) {
        newSet = this.createNewReplicaSet(deployment, sets, maxRevision(oldSets) + 1);
        newSetEvent = 'created';
      } else {
        const promoted = promoteRevision(newSet, maxRevision(oldSets) + 1);
        if (promoted) {
          newSet = this.store.mutate<ReplicaSet>('ReplicaSet', namespace, newSet.metadata.name, (rs) => {
            rs.metadata.annotations = promoted;
          });
          newSetEvent = 'found';
        }
      }
      if (deployment.spec.strategy?.type === 'Recreate') this.rolloutRecreate(deployment, newSet, oldSets);
      else this.rolloutRolling(deployment, newSet, oldSets);
    }

    const allSets = this.claimReplicaSets(deployment);
    const current = newSet && allSets.find((rs) => rs.metadata.uid === newSet!.metadata.uid);
    const status = computeDeploymentStatus({ deployment, newSet: current, allSets, now: this.scheduler.clock.now(), newSetEvent });
    if (isComplete(deployment, status) || deployment.spec.paused) {
      for (const rs of replicaSetsToPrune(deployment, allSets.filter((rs) => rs !== current))) {
        this.store.delete('ReplicaSet', namespace, rs.metadata.name);
      }
    }
    const updated = this.writeStatus(deployment, status, current);
    this.scheduleDeadline(updated);
  }

  /** ReplicaSets the Deployment controls, adopting orphans its selector matches. */
  private claimReplicaSets(d: Deployment): ReplicaSet[] {
    const owned: ReplicaSet[] = [];
    for (const rs of this.store.list<ReplicaSet>('ReplicaSet', d.metadata.namespace)) {
      const owner = controllerOf(rs);
      if (owner?.uid === d.metadata.uid) owned.push(rs);
      else if (!owner && matchesSelector(rs.metadata.labels, d.spec.selector)) {
        owned.push(this.store.mutate<ReplicaSet>('ReplicaSet', rs.metadata.namespace, rs.metadata.name, (latest) => {
          latest.metadata.ownerReferences = [...(latest.metadata.ownerReferences ?? []),
            { apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }];
        }));
      }
    }
    return owned;
  }

  private createNewReplicaSet(d: Deployment, sets: ReplicaSet[], revision: number): ReplicaSet {
    let collisions = 0;
    let hash = templateHash(d.spec.template);
    // A name taken by a ReplicaSet with another template is a hash collision; Kubernetes re-hashes with a counter.
    while (this.store.get('ReplicaSet', d.metadata.namespace, `${d.metadata.name}-${hash}`)) hash = templateHash(d.spec.template, ++collisions);
    const replicas = d.spec.strategy?.type === 'Recreate' ? 0 : newReplicaSetTarget(d, sets, 0);
    const created = this.store.create(buildNewReplicaSet(d, `${d.metadata.name}-${hash}`, hash, revision, replicas));
    if (replicas > 0) this.recordScaling(d, created.metadata.name, 0, replicas);
    return created;
  }

  private rolloutRolling(d: Deployment, newSet: ReplicaSet, oldSets: ReplicaSet[]): void {
    const activeOld = oldSets.filter((rs) => replicasOf(rs) > 0);
    if (activeOld.length === 0) {
      if (replicasOf(newSet) !== desiredReplicas(d)) this.scale(d, newSet, desiredReplicas(d));
      return;
    }
    const target = Math.min(newReplicaSetTarget(d, [newSet, ...oldSets], replicasOf(newSet)), desiredReplicas(d));
    const scaledNew = target !== replicasOf(newSet) ? this.scale(d, newSet, target) : newSet;
    const targets = oldReplicaSetTargets(d, scaledNew, activeOld);
    for (const rs of activeOld) {
      const next = targets.get(rs.metadata.name)!;
      if (next !== replicasOf(rs)) this.scale(d, rs, next);
    }
  }

  private rolloutRecreate(d: Deployment, newSet: ReplicaSet, oldSets: ReplicaSet[]): void {
    const activeOld = oldSets.filter((rs) => replicasOf(rs) > 0);
    for (const rs of activeOld) this.scale(d, rs, 0);
    const oldUids = new Set(oldSets.map((rs) => rs.metadata.uid));
    const oldPodsLeft = this.store.list<Pod>('Pod', d.metadata.namespace).some((pod) => oldUids.has(controllerOf(pod)?.uid ?? ''));
    if (!oldPodsLeft && replicasOf(newSet) !== desiredReplicas(d)) this.scale(d, newSet, desiredReplicas(d));
  }

  private scale(d: Deployment, rs: ReplicaSet, replicas: number): ReplicaSet {
    const from = replicasOf(rs);
    const scaled = this.store.mutate<ReplicaSet>('ReplicaSet', rs.metadata.namespace, rs.metadata.name, (latest) => {
      latest.spec.replicas = replicas;
      latest.metadata.annotations = { ...(latest.metadata.annotations ?? {}), ...replicaAnnotations(d) };
    });
    this.recordScaling(d, rs.metadata.name, from, replicas);
    return scaled;
  }

  private recordScaling(d: Deployment, rsName: string, from: number, to: number): void {
    const direction = to > from ? 'up' : 'down';
    this.events.record(d, 'Normal', 'ScalingReplicaSet', `Scaled ${direction} replica set ${rsName} from ${from} to ${to}`, SOURCE);
  }

  private writeStatus(d: Deployment, status: NonNullable<Deployment['status']>, newSet: ReplicaSet | undefined): Deployment {
    const revision = newSet ? String(revisionOf(newSet)) : d.metadata.annotations?.[REVISION_ANNOTATION];
    const sameStatus = canonicalJson(status) === canonicalJson(d.status ?? {});
    const sameRevision = revision === undefined || d.metadata.annotations?.[REVISION_ANNOTATION] === revision;
    if (sameStatus && sameRevision) return d;
    return this.store.mutate<Deployment>('Deployment', d.metadata.namespace, d.metadata.name, (latest) => {
      latest.status = status;
      if (revision !== undefined) latest.metadata.annotations = { ...(latest.metadata.annotations ?? {}), [REVISION_ANNOTATION]: revision };
    });
  }

  /** Re-syncs when the Progressing condition would time out, so ProgressDeadlineExceeded appears on time. */
  private scheduleDeadline(d: Deployment): void {
    const at = progressDeadlineAt(d);
    if (at === undefined) return;
    const key = `${d.metadata.namespace}/${d.metadata.name}`;
    // The deadline is a spec field in real seconds, so it is not shortened by timeScale.
    const cancel = this.scheduler.afterRealTime(at - this.scheduler.clock.now() + 1000, () => {
      this.deadlineTimers.delete(key);
      this.requeue(d.metadata.namespace!, d.metadata.name);
    });
    this.deadlineTimers.set(key, cancel);
  }
}

const deploymentCells = (d: Deployment, now: number): Cell[] => [
  d.metadata.name,
  `${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`,
  d.status?.updatedReplicas ?? 0,
  d.status?.availableReplicas ?? 0,
  ageSince(d.metadata.creationTimestamp, now),
  ...containerCells(d.spec.template.spec.containers),
  formatLabelSelector(d.spec.selector),
];

export const deployments: DemoKind<'Deployment'> = {
  printer: { columns: [nameCol, col('Ready'), col('Up-to-date', 'integer'), col('Available', 'integer'), col('Age'), ...wideWorkload], cells: deploymentCells },
  // Its ReplicaSets' changes (a scale, a pod turning ready) move its rollout on.
  controller: { create: ({ store, scheduler, events }, requeue) => new DeploymentController(store, scheduler, events, requeue), owns: ['ReplicaSet'] },
};
