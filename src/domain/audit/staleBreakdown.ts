// Per-Deployment ReplicaSet counts: how much rollback history each one keeps.
import { ageOf } from '../age.js';
import { hasReplicas } from '../replicasets.js';
import { snapshotIndex } from '../snapshotIndex.js';
import type { ClusterSnapshot } from '../resources.js';
import type { StaleBreakdownRow } from './types.js';

/** One row per Deployment with any ReplicaSet; most ReplicaSets first, then by name. */
export function staleBreakdown(snapshot: ClusterSnapshot): StaleBreakdownRow[] {
  const index = snapshotIndex(snapshot);
  return snapshot.deployments
    .map((dep) => {
      const owned = index.replicaSetsOf(dep);
      const stale = owned.filter((rs) => index.isStale(rs));
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
