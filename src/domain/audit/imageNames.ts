// How images are named in a namespace: `<prefix>/<name>:<tag>`, `<prefix>-<name>:<tag>`, an
// external `owner/image`, or a generic base image like python:3.11-slim.
import type { Deployment } from '../resources.js';

export interface ImageRef {
  /** Repository path without registry, e.g. `kilo/ai_brain`, `python` */
  repository: string;
  tag?: string;
  digest?: string;
}

export type NamingPattern = 'prefix-slash' | 'prefix-dash' | 'external' | 'generic' | 'other';

export const GENERIC_IMAGES = ['python', 'node', 'ubuntu', 'debian', 'alpine', 'busybox'];

export function parseImage(image: string): ImageRef {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const segments = rest.split('/');
  // A first segment with a dot or port, or "localhost", is a registry host, not part of the name.
  if (segments.length > 1 && (/[.:]/.test(segments[0]) || segments[0] === 'localhost')) segments.shift();
  if (segments[0] === 'library' && segments.length === 2) segments.shift();
  return { repository: segments.join('/'), tag, digest };
}

/** The namespace's project prefix: the most common first word of its Deployment names (`kilo`). */
export function projectPrefix(deployments: Deployment[]): string | undefined {
  const counts = new Map<string, number>();
  for (const dep of deployments) {
    const first = dep.metadata.name.split('-')[0];
    if (first !== dep.metadata.name) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

function isGeneric(ref: ImageRef, extra: string[]): boolean {
  const names = [...GENERIC_IMAGES, ...extra.map((g) => g.replace(/:\*$/, ''))];
  return names.includes(ref.repository);
}

export function classifyImage(image: string, prefix: string | undefined, extraGeneric: string[] = []): NamingPattern {
  const ref = parseImage(image);
  if (isGeneric(ref, extraGeneric)) return 'generic';
  const segments = ref.repository.split('/');
  if (prefix && segments.length === 2 && segments[0] === prefix) return 'prefix-slash';
  if (prefix && segments.length === 1 && segments[0].startsWith(`${prefix}-`)) return 'prefix-dash';
  if (segments.length >= 2) return 'external';
  return 'other';
}

/** `kilo/<service>`, `kilo-<service>`, or the image itself for external/generic/other. */
export function patternLabel(pattern: NamingPattern, prefix: string | undefined, image: string): string {
  if (pattern === 'prefix-slash') return `${prefix}/<service>`;
  if (pattern === 'prefix-dash') return `${prefix}-<service>`;
  return image;
}

/** True for `:latest` or no tag and no digest: the image can change under the same name. */
export function isMutableTag(image: string): boolean {
  const ref = parseImage(image);
  return ref.digest === undefined && (ref.tag === undefined || ref.tag === 'latest');
}
