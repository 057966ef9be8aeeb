// The checks the API server makes on a written object that the demo's clients can trip over:
// identity (kind, name, namespace) matching the URL, and a few field rules answered with 422.
import type { KubeObject } from '../../domain/resources.js';
import { ApiError, badRequest } from '../apiErrors.js';
import type { ResourceType } from './resourceTypes.js';
import { apiVersionOf } from './resourceTypes.js';

const qualifiedKind = (type: ResourceType): string => (type.group ? `${type.kind}.${type.group}` : type.kind);

const unprocessable = (type: ResourceType, name: string, causes: string[]): ApiError =>
  new ApiError(422, 'Invalid', `${qualifiedKind(type)} "${name}" is invalid: ${causes.join(', ')}`, { name, group: type.group, kind: type.kind });

/** Fills kind/apiVersion/namespace from the URL and rejects bodies that address something else. */
export const checkIdentity = (type: ResourceType, namespace: string | undefined, name: string | undefined, body: unknown): KubeObject => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('the request body must be a JSON object');
  const obj = body as KubeObject & { metadata?: KubeObject['metadata'] };
  if (obj.kind !== undefined && obj.kind !== type.kind) throw badRequest(`the kind of the provided object "${obj.kind}" does not match the resource "${type.plural}"`);
  if (obj.apiVersion !== undefined && obj.apiVersion !== apiVersionOf(type)) throw badRequest(`the API version in the data (${obj.apiVersion}) does not match the expected API version (${apiVersionOf(type)})`);
  const metadata = { ...(obj.metadata ?? {}) } as KubeObject['metadata'];
  if (type.namespaced) {
    if (metadata.namespace && namespace && metadata.namespace !== namespace) {
      throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
    }
    metadata.namespace = namespace ?? metadata.namespace;
  } else delete metadata.namespace;
  if (name !== undefined && metadata.name && metadata.name !== name) throw badRequest(`the name of the object (${metadata.name}) does not match the name on the URL (${name})`);
  if (name !== undefined) metadata.name = name;
  return { ...obj, kind: type.kind, apiVersion: apiVersionOf(type), metadata } as KubeObject;
};

/** Field rules; the message lists every failing field as the API server does. */
export const validateObject = (type: ResourceType, obj: KubeObject): void => {
  const causes: string[] = [];
  const name = obj.metadata.name ?? '';
  if (!name) causes.push('metadata.name: Required value: name or generateName is required');
  else if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) || name.length > 253) {
    causes.push(`metadata.name: Invalid value: "${name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`);
  }
  if (obj.kind === 'Deployment' || obj.kind === 'ReplicaSet') {
    const replicas = obj.spec?.replicas;
    if (replicas !== undefined && (!Number.isInteger(replicas) || replicas < 0)) causes.push(`spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`);
    if (!obj.spec?.template?.spec?.containers?.length) causes.push('spec.template.spec.containers: Required value');
  }
  if (obj.kind === 'Pod' && !obj.spec?.containers?.length) causes.push('spec.containers: Required value');
  if (causes.length) throw unprocessable(type, name, causes);
};
