// LOW: images referenced by :latest or no tag. The same name can mean different builds on
// different nodes and rollbacks cannot return to the old code.
import { byName } from '../auditContext.js';
import { isMutableTag } from '../imageNames.js';
import type { AuditRule } from '../types.js';

export const mutableTags: AuditRule = (snapshot) => {
  const affected = [...snapshot.deployments].sort(byName).flatMap((dep) => {
    const images = dep.spec.template.spec.containers.map((c) => c.image).filter(isMutableTag);
    return images.length ? [{ dep, images }] : [];
  });
  if (affected.length === 0) return [];
  return [
    {
      id: 'mutable-tags',
      severity: 'LOW',
      title: `${affected.length} deployment${affected.length === 1 ? '' : 's'} use :latest or untagged images`,
      subjectUids: affected.map(({ dep }) => dep.metadata.uid),
      evidence: affected.map(({ dep, images }) => `  ${dep.metadata.name}: ${images.join(', ')}`),
      advice: ['Tag each build with a version or commit so a rollback returns to the same code.'],
    },
  ];
};
