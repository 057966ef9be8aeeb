// The resource types the demo API server serves, with what discovery advertises about them: the
// app's kind registry.
import { KIND_NAMES, KINDS } from '../../domain/kinds.js';
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
  shortNames: readonly string[];
  categories: readonly string[];
  verbs: readonly string[];
  /** Subresource names served under this resource, e.g. "scale", "log". */
  subresources: readonly string[];
  /** Objects carry spec.selector and a pod template (generation counts spec changes). */
  podTemplate: boolean;
}

const READ_WRITE = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];

export const RESOURCE_TYPES: readonly ResourceType[] = [
  ...KIND_NAMES.map((kind): ResourceType => {
    const { plural, singular, group, version, namespaced, shortNames, categories, subresources, podTemplate } = KINDS[kind];
    return { kind, plural, singular, group, version, namespaced, shortNames, categories, verbs: READ_WRITE, subresources, podTemplate };
  }),
];

export const apiVersionOf = (type: ResourceType): string => (type.group ? `${type.group}/${type.version}` : type.version);

export const findResourceType = (group: string, version: string, plural: string): ResourceType | undefined =>
  RESOURCE_TYPES.find((t) => t.group === group && t.version === version && t.plural === plural);

export const resourceTypeOfKind = (kind: ResourceKind): ResourceType => {
  const type = RESOURCE_TYPES.find((t) => t.kind === kind);
  if (!type) throw new Error(`no resource type for kind ${kind}`);
  return type;
};
