// HIGH: rollback history piling up. Every stale ReplicaSet is a full pod template in etcd and a
// line of noise in `kubectl get rs`; none of them runs a pod, so deleting them is safe.
import { formatAge } from '../../age.js';
import { countOf } from '../../plans/planContext.js';
import { planDelete } from '../../plans/planDelete.js';
import { compareNewestFirst } from '../../replicasets.js';
import { snapshotIndex } from '../../snapshotIndex.js';
import { planContextFor } from '../auditContext.js';
import { staleBreakdown } from '../staleBreakdown.js';
import type { AuditRule } from '../types.js';

export const staleReplicaSets: AuditRule = (snapshot, options) => {
  const index = snapshotIndex(snapshot);
  const stale = snapshot.replicaSets.filter((rs) => index.isStale(rs));
  if (stale.length === 0) return [];
  const rows = staleBreakdown(snapshot).filter((row) => row.stale > 0);
  const ordered = [...stale].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name) || compareNewestFirst(a, b));
  return [
    {
      id: 'stale-replicasets',
      severity: 'HIGH',
      title: `${countOf(stale.length, 'stale ReplicaSet')} with 0 replicas`,
      subjectUids: ordered.map((rs) => rs.metadata.uid),
      evidence: [
        `${countOf(stale.length, 'ReplicaSet')} scaled to 0 across ${countOf(rows.length, 'Deployment')}:`,
        ...rows.map((row) => `  ${row.deployment}: ${row.stale} stale of ${row.total}, oldest ${formatAge(row.oldestStaleAgeMs ?? 0)}`),
      ],
      plan: planDelete(ordered, planContextFor(snapshot, options), snapshot),
      advice: ['Safe: no running pods are affected. Lower revisionHistoryLimit so they do not pile up again.'],
    },
  ];
};
