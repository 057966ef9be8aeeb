// The resource types the demo API server serves, with what discovery advertises about them.
import type { ResourceKind } from '../../domain/resources.js';

export interface ResourceType {
  kind: ResourceKind;
  /** URL plural, e.g. "replicasets". */
  plural: string;
  singular: string;
  /** "" for the core group. */
  group: string;
  version: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  verbs: string[];
  /** Subresource names served under this resource, e.g. "scale", "log". */
  subresources: string[];
}

const READ_WRITE = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];

export const RESOURCE_TYPES: readonly ResourceType[] = [
  { kind: 'Pod', plural: 'pods', singular: 'pod', group: '', version: 'v1', namespaced: true, shortNames: ['po'], categories: ['all'], verbs: READ_WRITE, subresources: ['log', 'status'] },
  { kind: 'Service', plural: 'services', singular: 'service', group: '', version: 'v1', namespaced: true, shortNames: ['svc'], categories: ['all'], verbs: READ_WRITE, subresources: ['status'] },
  { kind: 'Event', plural: 'events', singular: 'event', group: '', version: 'v1', namespaced: true, shortNames: ['ev'], categories: [], verbs: READ_WRITE, subresources: [] },
  { kind: 'Namespace', plural: 'namespaces', singular: 'namespace', group: '', version: 'v1', namespaced: false, shortNames: ['ns'], categories: [], verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], subresources: ['status'] },
  { kind: 'Deployment', plural: 'deployments', singular: 'deployment', group: 'apps', version: 'v1', namespaced: true, shortNames: ['deploy'], categories: ['all'], verbs: READ_WRITE, subresources: ['scale', 'status'] },
  { kind: 'ReplicaSet', plural: 'replicasets', singular: 'replicaset', group: 'apps', version: 'v1', namespaced: true, shortNames: ['rs'], categories: ['all'], verbs: READ_WRITE, subresources: ['scale', 'status'] },
];

export const apiVersionOf = (type: ResourceType): string => (type.group ? `${type.group}/${type.version}` : type.version);

export const findResourceType = (group: string, version: string, plural: string): ResourceType | undefined =>
  RESOURCE_TYPES.find((t) => t.group === group && t.version === version && t.plural === plural);

export const resourceTypeOfKind = (kind: ResourceKind): ResourceType => {
  const type = RESOURCE_TYPES.find((t) => t.kind === kind);
  if (!type) throw new Error(`no resource type for kind ${kind}`);
  return type;
};
