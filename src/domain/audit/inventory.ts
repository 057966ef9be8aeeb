// The report's tables: counts, deployment health, per-Deployment status and services.
import { ageOf } from '../age.js';
import { podStatus } from '../pods.js';
import { currentReplicaSet, hasReplicas, imageOf, isStale } from '../replicasets.js';
import type { ClusterSnapshot } from '../resources.js';
import { rolloutStatus } from '../rollout.js';
import { byName, deploymentOfPod } from './auditContext.js';
import { runningPodsOf } from './rules/serviceSelectors.js';
import type { AuditReport, DeploymentStatusRow, Finding, ServiceRow } from './types.js';

export function summaryOf(snapshot: ClusterSnapshot): AuditReport['summary'] {
  const statuses = snapshot.pods.map((pod) => podStatus(pod, snapshot.now));
  return {
    deployments: snapshot.deployments.length,
    replicaSets: {
      total: snapshot.replicaSets.length,
      active: snapshot.replicaSets.filter(hasReplicas).length,
      stale: snapshot.replicaSets.filter((rs) => isStale(rs, snapshot.deployments)).length,
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

export function deploymentRows(snapshot: ClusterSnapshot, findings: Finding[]): DeploymentStatusRow[] {
  return [...snapshot.deployments].sort(byName).map((dep) => {
    const status = rolloutStatus(dep, snapshot.replicaSets, snapshot.pods, snapshot.now);
    const pods = snapshot.pods.filter((pod) => deploymentOfPod(pod, snapshot)?.metadata.uid === dep.metadata.uid);
    const restarts = pods.reduce((sum, pod) => sum + podStatus(pod, snapshot.now).restarts, 0);
    const related = new Set([dep.metadata.uid, ...pods.map((pod) => pod.metadata.uid)]);
    const notes = findings
      .filter((f) => f.subjectUids.some((uid) => related.has(uid)))
      .flatMap((f) => NOTE_FOR_FINDING.filter(([pattern]) => pattern.test(f.id)).map(([, note]) => note));
    if (restarts > 0) notes.push(`${restarts} restart${restarts === 1 ? '' : 's'}`);
    if (dep.spec.paused) notes.push('paused');
    const current = currentReplicaSet(dep, snapshot.replicaSets);
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
