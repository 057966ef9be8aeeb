// Per-Deployment ReplicaSet counts: how much rollback history each one keeps.
import { ageOf } from '../age.js';
import { hasReplicas, isStale, replicaSetsOf } from '../replicasets.js';
import type { ClusterSnapshot } from '../resources.js';
import type { StaleBreakdownRow } from './types.js';

/** One row per Deployment with any ReplicaSet; most ReplicaSets first, then by name. */
export function staleBreakdown(snapshot: ClusterSnapshot): StaleBreakdownRow[] {
  return snapshot.deployments
    .map((dep) => {
      const owned = replicaSetsOf(dep, snapshot.replicaSets);
      const stale = owned.filter((rs) => isStale(rs, snapshot.deployments));
      const ages = stale.map((rs) => ageOf(rs.metadata.creationTimestamp, snapshot.now));
      return {
        deployment: dep.metadata.name,
        total: owned.length,
        active: owned.filter(hasReplicas).length,
        stale: stale.length,
        oldestStaleAgeMs: ages.length ? Math.max(...ages) : undefined,
      };
    })
    .filter((row) => row.total > 0)
    .sort((a, b) => b.total - a.total || a.deployment.localeCompare(b.deployment));
}
