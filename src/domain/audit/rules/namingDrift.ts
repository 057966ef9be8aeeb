// LOW: several image naming conventions in one namespace (kilo/<service> vs kilo-<service>), which
// makes it unclear which registry path or tag is the real build of a service.
import { byName } from '../auditContext.js';
import { classifyImage, patternLabel, projectPrefix, parseImage, type NamingPattern } from '../imageNames.js';
import type { AuditRule } from '../types.js';

const PATTERN_NOTE: Record<NamingPattern, string> = {
  'prefix-slash': '',
  'prefix-dash': '',
  external: 'external image',
  generic: 'generic base image',
  other: 'unprefixed image',
};

export const namingDrift: AuditRule = (snapshot, options) => {
  const prefix = projectPrefix(snapshot.deployments);
  const groups = new Map<string, { pattern: NamingPattern; deployments: string[]; uids: string[]; tags: Set<string> }>();
  for (const dep of [...snapshot.deployments].sort(byName)) {
    for (const container of dep.spec.template.spec.containers) {
      const pattern = classifyImage(container.image, prefix, options.genericImages);
      const label = patternLabel(pattern, prefix, container.image);
      const group = groups.get(label) ?? { pattern, deployments: [], uids: [], tags: new Set<string>() };
      if (!group.deployments.includes(dep.metadata.name)) group.deployments.push(dep.metadata.name);
      if (!group.uids.includes(dep.metadata.uid)) group.uids.push(dep.metadata.uid);
      group.tags.add(parseImage(container.image).tag ?? 'latest');
      groups.set(label, group);
    }
  }
  const internal = [...groups.values()].filter((g) => g.pattern === 'prefix-slash' || g.pattern === 'prefix-dash');
  if (internal.length < 2) return [];
  const lines = [...groups.entries()]
    .sort((a, b) => b[1].deployments.length - a[1].deployments.length || a[0].localeCompare(b[0]))
    .map(([label, group]) => {
      const internalPattern = group.pattern === 'prefix-slash' || group.pattern === 'prefix-dash';
      const tag = group.tags.size === 1 ? [...group.tags][0] : '<tag>';
      const shown = internalPattern ? `${label}:${tag}` : label;
      const note = internalPattern ? `${group.deployments.length} services` : PATTERN_NOTE[group.pattern];
      return `  ${shown} (${note}): ${group.deployments.join(', ')}`;
    });
  return [
    {
      id: 'naming-drift',
      severity: 'LOW',
      title: `${internal.length} image naming conventions in use`,
      subjectUids: [...new Set(internal.flatMap((g) => g.uids))],
      evidence: ['Image naming patterns found:', ...lines],
      advice: [`Standardize on one pattern, e.g. ${prefix}/<service>:<tag>, and reserve the other for test builds.`],
    },
  ];
};
