// Write requests: delete with preconditions, patches with the right content type, scale.
import type { KubeObject } from '../domain/resources.js';
import type { HttpClient } from './httpClient.js';
import { resourcePath, withTypeMeta, type ResourceRef } from './resourcePaths.js';
import type { WatchedKind } from './types.js';

export type PatchType = 'merge' | 'strategic' | 'json';

export const PATCH_CONTENT_TYPES: Record<PatchType, string> = {
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  json: 'application/json-patch+json',
};

export interface DeleteOptions {
  preconditions?: { uid?: string; resourceVersion?: string };
  dryRun?: boolean;
  propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
  timeoutMs?: number;
}

const dryRunQuery = (dryRun: boolean | undefined): { dryRun?: string } => (dryRun ? { dryRun: 'All' } : {});

/** The DeleteOptions body kubectl sends; Background lets the garbage collector remove dependents. */
export function deleteOptionsBody(options: DeleteOptions): Record<string, unknown> {
  return {
    kind: 'DeleteOptions',
    apiVersion: 'v1',
    propagationPolicy: options.propagationPolicy ?? 'Background',
    ...(options.preconditions ? { preconditions: options.preconditions } : {}),
    ...(options.dryRun ? { dryRun: ['All'] } : {}),
  };
}

export async function deleteObject(client: HttpClient, namespace: string, kind: ResourceRef, name: string, options: DeleteOptions = {}): Promise<void> {
  await client.text({
    method: 'DELETE',
    path: resourcePath(kind, namespace, name),
    query: dryRunQuery(options.dryRun),
    body: deleteOptionsBody(options),
    timeoutMs: options.timeoutMs,
  });
}

export async function patchObject<T extends KubeObject>(
  client: HttpClient,
  namespace: string,
  kind: WatchedKind,
  name: string,
  patch: unknown,
  type: PatchType,
  options: { dryRun?: boolean; timeoutMs?: number } = {},
): Promise<T> {
  const result = await client.json<T>({
    method: 'PATCH',
    path: resourcePath(kind, namespace, name),
    query: dryRunQuery(options.dryRun),
    body: patch,
    contentType: PATCH_CONTENT_TYPES[type],
    timeoutMs: options.timeoutMs,
  });
  return withTypeMeta(kind, result);
}

export interface ScalePreconditions {
  /** The object's identity: a Scale naming another uid is refused (409) by the API server. */
  uid: string;
  /** The resourceVersion of the read the write is based on: the server answers 409 if it moved on. */
  resourceVersion: string;
}

/**
 * What `kubectl scale` sends. Without preconditions: a merge patch of spec.replicas on the scale
 * subresource. With them (kubectl's --current-replicas/--resource-version): a PUT of the Scale
 * object carrying uid and resourceVersion, which the API server checks against the object.
 */
export async function scale(
  client: HttpClient,
  namespace: string,
  kind: 'Deployment' | 'ReplicaSet',
  name: string,
  replicas: number,
  options: { dryRun?: boolean; timeoutMs?: number; preconditions?: ScalePreconditions } = {},
): Promise<void> {
  const path = resourcePath(kind, namespace, name, 'scale');
  const query = dryRunQuery(options.dryRun);
  if (options.preconditions) {
    const { uid, resourceVersion } = options.preconditions;
    await client.text({
      method: 'PUT',
      path,
      query,
      body: { kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: { name, namespace, uid, ...(resourceVersion ? { resourceVersion } : {}) }, spec: { replicas } },
      timeoutMs: options.timeoutMs,
    });
    return;
  }
  await client.text({ method: 'PATCH', path, query, body: { spec: { replicas } }, contentType: PATCH_CONTENT_TYPES.merge, timeoutMs: options.timeoutMs });
}
