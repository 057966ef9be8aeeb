// LOW: pods nothing manages. If they die or their node goes, nothing brings them back.
import { ageOf, formatAge } from '../../age.js';
import { controllerOf } from '../../replicasets.js';
import { byName } from '../auditContext.js';
import type { AuditRule } from '../types.js';

export const orphanPods: AuditRule = (snapshot) =>
  [...snapshot.pods]
    .sort(byName)
    .filter((pod) => controllerOf(pod) === undefined)
    .map((pod) => ({
      id: `orphan-pod/${pod.metadata.name}`,
      severity: 'LOW' as const,
      title: `Pod ${pod.metadata.name} is not managed by any controller`,
      subjectUids: [pod.metadata.uid],
      evidence: [`  Age ${formatAge(ageOf(pod.metadata.creationTimestamp, snapshot.now))}; it will not be recreated if it stops`],
    }));
