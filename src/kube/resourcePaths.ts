// URL paths and type metadata per kind, from the kind registry. Lists from the API server omit
// kind/apiVersion on items, so the watcher fills them in from here.
import { apiVersionOf, KINDS } from '../domain/kinds.js';
import { groupVersionOf, type ServedResource } from '../domain/servedResources.js';
import type { WatchedKind } from './types.js';

/** A registered kind, or a kind known through discovery (what the generic ServedObject entry stands for). */
export type ResourceRef = WatchedKind | ServedResource;

/**
 * e.g. /apis/apps/v1/namespaces/ns/replicasets or /api/v1/namespaces/ns/pods/name/log; a namespace
 * of "" lists and watches a namespaced kind across every namespace (/api/v1/pods), as kubectl -A.
 */
export function resourcePath(ref: ResourceRef, namespace: string, name?: string, subresource?: string): string {
  const apiVersion = typeof ref === 'string' ? apiVersionOf(ref) : groupVersionOf(ref);
  const { plural, namespaced } = typeof ref === 'string' ? KINDS[ref] : ref;
  const root = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
  let path = namespaced && namespace !== '' ? `${root}/namespaces/${encodeURIComponent(namespace)}/${plural}` : `${root}/${plural}`;
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
  return { apiVersion: apiVersionOf(kind), kind, ...object };
}
