// URL paths and type metadata per kind. Lists from the API server omit kind/apiVersion on items,
// so the watcher fills them in from here.
import type { WatchedKind } from './types.js';

interface KindInfo {
  apiVersion: string;
  /** Lower-case plural used in URLs and RBAC messages. */
  resource: string;
}

export const KINDS: Record<WatchedKind, KindInfo> = {
  Deployment: { apiVersion: 'apps/v1', resource: 'deployments' },
  ReplicaSet: { apiVersion: 'apps/v1', resource: 'replicasets' },
  Pod: { apiVersion: 'v1', resource: 'pods' },
  Service: { apiVersion: 'v1', resource: 'services' },
  Event: { apiVersion: 'v1', resource: 'events' },
};

/** e.g. /apis/apps/v1/namespaces/ns/replicasets or /api/v1/namespaces/ns/pods/name/log */
export function resourcePath(kind: WatchedKind, namespace: string, name?: string, subresource?: string): string {
  const { apiVersion, resource } = KINDS[kind];
  const root = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  let path = `${root}/namespaces/${encodeURIComponent(namespace)}/${resource}`;
  if (name !== undefined) path += `/${encodeURIComponent(name)}`;
  if (subresource !== undefined) path += `/${subresource}`;
  return path;
}

/** Adds the kind and apiVersion the server leaves off list items. */
export function withTypeMeta<T>(kind: WatchedKind, object: T): T {
  // Not an object (null, 42): left as it is for admission (domain/admitObject) to refuse and count.
  if (typeof object !== 'object' || object === null || Array.isArray(object)) return object;
  const typed = object as { kind?: string; apiVersion?: string };
  if (typed.kind && typed.apiVersion) return object;
  return { apiVersion: KINDS[kind].apiVersion, kind, ...object };
}
