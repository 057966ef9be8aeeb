// The report's tables: counts, deployment health, per-Deployment status and services.
import { ageOf } from '../age.js';
import { podStatus } from '../pods.js';
import { currentOfOwned, hasReplicas, imageOf } from '../replicasets.js';
import type { ClusterSnapshot } from '../resources.js';
import { rolloutOfOwned } from '../rollout.js';
import { snapshotIndex } from '../snapshotIndex.js';
import { byName } from './auditContext.js';
import { runningPodsOf } from './rules/serviceSelectors.js';
import type { AuditReport, DeploymentStatusRow, Finding, ServiceRow } from './types.js';

export function summaryOf(snapshot: ClusterSnapshot): AuditReport['summary'] {
  const index = snapshotIndex(snapshot);
  const statuses = snapshot.pods.map((pod) => podStatus(pod, snapshot.now));
  return {
    deployments: snapshot.deployments.length,
    replicaSets: {
      total: snapshot.replicaSets.length,
      active: snapshot.replicaSets.filter(hasReplicas).length,
      stale: snapshot.replicaSets.filter((rs) => index.isStale(rs)).length,
    },
    pods: {
      total: snapshot.pods.length,
      running: statuses.filter((s) => s.reason === 'Running' && !s.crashing).length,
      crashing: statuses.filter((s) => s.crashing).length,
    },
    services: snapshot.services.length,
  };
}

// Notes for the status table come from the findings, so the table and the findings agree.
const NOTE_FOR_FINDING: [RegExp, string][] = [
  [/^generic-image\//, 'generic base image'],
  [/^stuck-rollout\//, 'rollout stuck'],
];

/** uid → the notes of the findings about it (read once, not per Deployment: a finding can name 9,000 objects). */
function notesBySubject(findings: Finding[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const finding of findings) {
    const found = NOTE_FOR_FINDING.filter(([pattern]) => pattern.test(finding.id)).map(([, note]) => note);
    if (found.length === 0) continue;
    for (const uid of finding.subjectUids) notes.set(uid, [...(notes.get(uid) ?? []), ...found]);
  }
  return notes;
}

export function deploymentRows(snapshot: ClusterSnapshot, findings: Finding[]): DeploymentStatusRow[] {
  const index = snapshotIndex(snapshot);
  const findingNotes = notesBySubject(findings);
  return [...snapshot.deployments].sort(byName).map((dep) => {
    const owned = index.replicaSetsOf(dep);
    const pods = index.podsOfDeployment(dep);
    const status = rolloutOfOwned(dep, owned, pods, snapshot.now);
    const restarts = pods.reduce((sum, pod) => sum + podStatus(pod, snapshot.now).restarts, 0);
    const notes = [dep, ...pods].flatMap((obj) => findingNotes.get(obj.metadata.uid) ?? []);
    if (restarts > 0) notes.push(`${restarts} restart${restarts === 1 ? '' : 's'}`);
    if (dep.spec.paused) notes.push('paused');
    const current = currentOfOwned(dep, owned);
    return {
      name: dep.metadata.name,
      uid: dep.metadata.uid,
      image: imageOf(dep.spec.template),
      status: status.text,
      healthy: status.state === 'available' || status.state === 'scaled-to-zero' || status.state === 'paused',
      ageMs: ageOf((current ?? dep).metadata.creationTimestamp, snapshot.now),
      restarts,
      notes: [...new Set(notes)],
    };
  });
}

export function healthOf(rows: DeploymentStatusRow[]): AuditReport['health'] {
  const healthy = rows.filter((row) => row.healthy).length;
  return {
    healthy,
    total: rows.length,
    text: `${healthy}/${rows.length} deployments healthy`,
    unhealthy: rows.filter((row) => !row.healthy).map((row) => row.name),
  };
}

export function serviceRows(snapshot: ClusterSnapshot): ServiceRow[] {
  return [...snapshot.services].sort(byName).map((svc) => ({
    name: svc.metadata.name,
    type: svc.spec.type ?? 'ClusterIP',
    clusterIP: svc.spec.clusterIP,
    ports: (svc.spec.ports ?? []).map((p) => (p.nodePort ? `${p.port}→${p.nodePort}` : String(p.port))),
    runningPods: runningPodsOf(svc, snapshot).length,
  }));
}
