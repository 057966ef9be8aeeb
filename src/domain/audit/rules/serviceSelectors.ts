// Services that route nowhere: a selector matching no running pod (LOW), or no selector at all,
// which is legitimate for externally managed endpoints (INFO).
import { matchesSelector } from '../../labels.js';
import type { ClusterSnapshot, Service } from '../../resources.js';
import { byName } from '../auditContext.js';
import type { AuditRule, Finding } from '../types.js';

/** Pods a Service routes to: selected, Running and not being deleted. */
export function runningPodsOf(svc: Service, snapshot: ClusterSnapshot) {
  const selector = svc.spec.selector;
  if (!selector || Object.keys(selector).length === 0) return [];
  return snapshot.pods.filter(
    (pod) => pod.status?.phase === 'Running' && !pod.metadata.deletionTimestamp && matchesSelector(pod.metadata.labels, selector),
  );
}

export const serviceSelectors: AuditRule = (snapshot) =>
  [...snapshot.services].sort(byName).flatMap((svc): Finding[] => {
    const name = svc.metadata.name;
    const selector = svc.spec.selector;
    if (svc.spec.type === 'ExternalName') return [];
    if (!selector || Object.keys(selector).length === 0) {
      return [{ id: `service-no-selector/${name}`, severity: 'INFO', title: `Service ${name} has no selector`, subjectUids: [svc.metadata.uid], evidence: ['  Endpoints are managed outside Kubernetes (or the selector was forgotten)'] }];
    }
    if (runningPodsOf(svc, snapshot).length > 0) return [];
    const text = Object.entries(selector).map(([k, v]) => `${k}=${v}`).join(',');
    return [{ id: `service-no-pods/${name}`, severity: 'LOW', title: `Service ${name} selects no running pod`, subjectUids: [svc.metadata.uid], evidence: [`  Selector: ${text}`, '  Requests to it will fail until a matching pod runs'] }];
  });
