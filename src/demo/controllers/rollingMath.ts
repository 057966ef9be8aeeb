// The arithmetic of a RollingUpdate, following the Kubernetes deployment controller: surge is
// rounded up, unavailability down, and old pods only go as new ones become available.
import type { Deployment, ReplicaSet } from '../../domain/resources.js';

export const replicasOf = (rs: ReplicaSet): number => rs.spec.replicas ?? 1;
export const desiredReplicas = (d: Deployment): number => d.spec.replicas ?? 1;
const availableOf = (rs: ReplicaSet): number => rs.status?.availableReplicas ?? 0;

/** An int or "NN%" of `total`; percentages round up or down as the caller asks. */
export function scaledValue(value: number | string | undefined, total: number, roundUp: boolean, fallback: string): number {
  const raw = value ?? fallback;
  if (typeof raw === 'number') return raw;
  const match = /^(\d+)%$/.exec(raw.trim());
  if (!match) {
    const asInt = Number.parseInt(raw, 10);
    return Number.isFinite(asInt) ? asInt : 0;
  }
  const exact = (Number(match[1]) * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** maxSurge and maxUnavailable in pods; both zero would deadlock, so unavailability becomes 1. */
export function resolveFenceposts(d: Deployment): { maxSurge: number; maxUnavailable: number } {
  const desired = desiredReplicas(d);
  const rolling = d.spec.strategy?.rollingUpdate;
  const maxSurge = scaledValue(rolling?.maxSurge, desired, true, '25%');
  let maxUnavailable = scaledValue(rolling?.maxUnavailable, desired, false, '25%');
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable: Math.min(maxUnavailable, desired) };
}

export const totalReplicas = (sets: ReplicaSet[]): number => sets.reduce((sum, rs) => sum + replicasOf(rs), 0);
export const totalAvailable = (sets: ReplicaSet[]): number => sets.reduce((sum, rs) => sum + availableOf(rs), 0);

/** How many replicas the new ReplicaSet may have now without exceeding desired + maxSurge. */
export function newReplicaSetTarget(d: Deployment, allSets: ReplicaSet[], newReplicas: number): number {
  const desired = desiredReplicas(d);
  if (newReplicas >= desired) return desired;
  const maxTotal = desired + resolveFenceposts(d).maxSurge;
  const current = totalReplicas(allSets);
  if (current >= maxTotal) return newReplicas;
  return newReplicas + Math.min(maxTotal - current, desired - newReplicas);
}

/**
 * New replica counts for the old ReplicaSets (oldest first): first drop their unavailable pods,
 * then available ones while keeping at least desired - maxUnavailable pods available overall.
 */
export function oldReplicaSetTargets(d: Deployment, newSet: ReplicaSet, oldSets: ReplicaSet[]): Map<string, number> {
  const targets = new Map(oldSets.map((rs) => [rs.metadata.name, replicasOf(rs)]));
  const oldCount = [...targets.values()].reduce((a, b) => a + b, 0);
  if (oldCount === 0) return targets;
  const minAvailable = desiredReplicas(d) - resolveFenceposts(d).maxUnavailable;
  const allCount = oldCount + replicasOf(newSet);
  const newUnavailable = Math.max(0, replicasOf(newSet) - availableOf(newSet));
  let budget = allCount - minAvailable - newUnavailable;
  if (budget <= 0) return targets;
  const oldestFirst = [...oldSets].sort(
    (a, b) => Date.parse(a.metadata.creationTimestamp ?? '') - Date.parse(b.metadata.creationTimestamp ?? '') || a.metadata.name.localeCompare(b.metadata.name),
  );
  for (const rs of oldestFirst) {
    if (budget <= 0) break;
    const current = targets.get(rs.metadata.name)!;
    const unhealthy = Math.max(0, current - availableOf(rs));
    const drop = Math.min(budget, unhealthy);
    targets.set(rs.metadata.name, current - drop);
    budget -= drop;
  }
  const available = availableOf(newSet) + oldSets.reduce((sum, rs) => sum + Math.min(availableOf(rs), targets.get(rs.metadata.name)!), 0);
  let excess = available - minAvailable;
  for (const rs of oldestFirst) {
    if (excess <= 0) break;
    const current = targets.get(rs.metadata.name)!;
    const drop = Math.min(current, excess);
    targets.set(rs.metadata.name, current - drop);
    excess -= drop;
  }
  return targets;
}
