// LOW: Deployments keeping Kubernetes' default 10 old ReplicaSets, the reason stale history piles
// up. A few revisions are enough to roll back.
import { planSetRevisionHistoryLimit, DEFAULT_REVISION_HISTORY_LIMIT } from '../../plans/planSetRevisionHistoryLimit.js';
import { byName, planContextFor } from '../auditContext.js';
import { DEFAULT_TARGET_REVISION_HISTORY_LIMIT, type AuditRule } from '../types.js';

export const revisionHistoryLimit: AuditRule = (snapshot, options) => {
  const target = options.targetRevisionHistoryLimit ?? DEFAULT_TARGET_REVISION_HISTORY_LIMIT;
  const affected = [...snapshot.deployments]
    .sort(byName)
    .filter((dep) => (dep.spec.revisionHistoryLimit ?? DEFAULT_REVISION_HISTORY_LIMIT) >= DEFAULT_REVISION_HISTORY_LIMIT);
  if (affected.length === 0) return [];
  return [
    {
      id: 'revision-history-limit',
      severity: 'LOW',
      title: `${affected.length} deployment${affected.length === 1 ? '' : 's'} keep ${DEFAULT_REVISION_HISTORY_LIMIT} old ReplicaSets`,
      subjectUids: affected.map((dep) => dep.metadata.uid),
      evidence: affected.map((dep) => `  ${dep.metadata.name}: revisionHistoryLimit ${dep.spec.revisionHistoryLimit ?? `unset (default ${DEFAULT_REVISION_HISTORY_LIMIT})`}`),
      plan: planSetRevisionHistoryLimit(affected, target, planContextFor(snapshot, options)),
    },
  ];
};
