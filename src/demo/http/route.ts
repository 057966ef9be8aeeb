// Parses a request path into what it addresses: a discovery document or a resource
// (collection, object or subresource), the way the API server lays out its URLs.
import { findResourceType, type ResourceType } from './resourceTypes.js';

export type Route =
  | { kind: 'version' }
  | { kind: 'apiVersions' }
  | { kind: 'apiGroupList' }
  | { kind: 'resourceList'; group: string; version: string }
  | { kind: 'resource'; type: ResourceType; namespace?: string; name?: string; subresource?: string; watchPath: boolean }
  | { kind: 'unknown' };

const UNKNOWN: Route = { kind: 'unknown' };

/** Parses what follows the group-version prefix: [watch/][namespaces/{ns}/]{plural}[/{name}[/{sub}]]. */
const parseResourcePath = (types: readonly ResourceType[], group: string, version: string, segments: string[]): Route => {
  let rest = segments;
  const watchPath = rest[0] === 'watch';
  if (watchPath) rest = rest.slice(1);
  let namespace: string | undefined;
  // "namespaces/{ns}/{plural}..." is a namespaced path; "namespaces[/{name}[/status]]" is the Namespace resource itself.
  const isNamespacedPath = rest[0] === 'namespaces' && rest.length >= 3 && findResourceType(types, group, version, rest[2]) !== undefined;
  if (isNamespacedPath) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  if (rest.length < 1 || rest.length > 3 || rest.some((s) => s === '')) return UNKNOWN;
  const type = findResourceType(types, group, version, rest[0]);
  if (!type) return UNKNOWN;
  if (namespace !== undefined && !type.namespaced) return UNKNOWN;
  const [, name, subresource] = rest;
  if (name !== undefined && type.namespaced && namespace === undefined) return UNKNOWN;
  if (subresource !== undefined && !type.subresources.includes(subresource)) return UNKNOWN;
  return { kind: 'resource', type, namespace, name, subresource, watchPath };
};

/** `types`: what the server serves now (custom kinds come and go with their CRDs). */
export const parseRoute = (pathname: string, types: readonly ResourceType[]): Route => {
  const segments = pathname.replace(/\/+$/, '').split('/').slice(1).map(decodeURIComponent);
  if (segments.length === 1 && segments[0] === 'version') return { kind: 'version' };
  if (segments[0] === 'api') {
    if (segments.length === 1) return { kind: 'apiVersions' };
    if (segments.length === 2) return { kind: 'resourceList', group: '', version: segments[1] };
    return parseResourcePath(types, '', segments[1], segments.slice(2));
  }
  if (segments[0] === 'apis') {
    if (segments.length === 1) return { kind: 'apiGroupList' };
    if (segments.length === 3) return { kind: 'resourceList', group: segments[1], version: segments[2] };
    if (segments.length > 3) return parseResourcePath(types, segments[1], segments[2], segments.slice(3));
  }
  return UNKNOWN;
};
