// MEDIUM: a Deployment running a bare base image (python:3.11-slim) where its neighbours run their
// own builds. It usually means the wrong image was set and the service lacks its code or deps.
import { byName } from '../auditContext.js';
import { classifyImage, projectPrefix } from '../imageNames.js';
import { imageOf } from '../../replicasets.js';
import type { AuditRule } from '../types.js';

export const genericBaseImage: AuditRule = (snapshot, options) => {
  const prefix = projectPrefix(snapshot.deployments);
  const extra = options.genericImages ?? [];
  const classified = [...snapshot.deployments].sort(byName).map((dep) => {
    const images = dep.spec.template.spec.containers.map((c) => c.image);
    return { dep, images, generic: images.filter((image) => classifyImage(image, prefix, extra) === 'generic') };
  });
  const patternsInUse = new Set(
    classified.flatMap(({ images }) => images.map((image) => classifyImage(image, prefix, extra))).filter((p) => p === 'prefix-slash' || p === 'prefix-dash'),
  );
  return classified.flatMap(({ dep, generic }) => {
    if (generic.length === 0) return [];
    const others = classified.filter((c) => c.dep !== dep);
    const ownImages = others.filter((c) => c.generic.length === 0).length;
    // Only suspicious when it is the odd one out; a namespace of base images is a different style.
    if (others.length === 0 || ownImages * 2 <= others.length) return [];
    const name = dep.metadata.name;
    const service = prefix && name.startsWith(`${prefix}-`) ? name.slice(prefix.length + 1) : name;
    const expected = [
      ...(patternsInUse.has('prefix-dash') ? [`${prefix}-${service}:<tag>`] : []),
      ...(patternsInUse.has('prefix-slash') ? [`${prefix}/${service}:<tag>`] : []),
    ];
    return [
      {
        id: `generic-image/${name}`,
        severity: 'MEDIUM' as const,
        title: `${name} runs generic base image ${generic.join(', ')}`,
        subjectUids: [dep.metadata.uid],
        evidence: [
          `Deployment: ${name}`,
          `  Image: ${imageOf(dep.spec.template)}`,
          ...(expected.length ? [`  Expected: ${expected.join(' or ')}`] : []),
          `  ${ownImages} of ${others.length} other deployments run their own images`,
        ],
        advice: ['Check whether a service image exists; if not, build one with its dependencies, then update the Deployment.'],
      },
    ];
  });
};
