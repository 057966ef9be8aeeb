// The resource types the demo API server serves, with what discovery advertises about them: the
// app's kind registry and the custom resources of the CustomResourceDefinitions in the store
// (served as a real apiserver's apiextensions part does: they appear with their CRD and go with it).
import { KINDS, SERVED_KIND_NAMES } from '../../domain/kinds.js';
import type { CustomResourceColumn, CustomResourceDefinition } from '../../domain/resources.js';

export interface ResourceType {
  /** The object kind: a registered kind or a CRD's kind. */
  kind: string;
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
  /** A custom resource: its CRD version's additionalPrinterColumns (the Table form's columns). */
  custom?: { printerColumns: readonly CustomResourceColumn[] };
}

const READ_WRITE = ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'];
const CUSTOM_VERBS = ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'];

/** The built-in types: fixed for the server's life. */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  ...SERVED_KIND_NAMES.map((kind): ResourceType => {
    const { plural, singular, group, version, namespaced, shortNames, categories, subresources, podTemplate } = KINDS[kind];
    return { kind, plural, singular, group, version, namespaced, shortNames, categories, verbs: READ_WRITE, subresources, podTemplate };
  }),
];

/** The served versions of a CRD, each a resource type (the apiserver serves every `served: true` version). */
export function customResourceTypes(crd: CustomResourceDefinition): ResourceType[] {
  const { group, names, scope, versions } = crd.spec;
  return versions
    .filter((version) => version.served)
    .map((version) => ({
      kind: names.kind,
      plural: names.plural,
      singular: names.singular || names.kind.toLowerCase(),
      group,
      version: version.name,
      namespaced: scope === 'Namespaced',
      shortNames: names.shortNames ?? [],
      categories: names.categories ?? [],
      verbs: CUSTOM_VERBS,
      subresources: version.subresources && 'status' in version.subresources ? ['status'] : [],
      podTemplate: false,
      custom: { printerColumns: version.additionalPrinterColumns ?? [] },
    }));
}

/** The types served now: the built-in ones and those of the given CRDs. */
export const servedTypes = (crds: readonly CustomResourceDefinition[]): ResourceType[] => [...RESOURCE_TYPES, ...crds.flatMap(customResourceTypes)];

export const apiVersionOf = (type: ResourceType): string => (type.group ? `${type.group}/${type.version}` : type.version);

export const findResourceType = (types: readonly ResourceType[], group: string, version: string, plural: string): ResourceType | undefined =>
  types.find((t) => t.group === group && t.version === version && t.plural === plural);

/** A built-in kind's type (custom kinds are looked up through the store, which knows the CRDs). */
export const resourceTypeOfKind = (kind: string): ResourceType => {
  const type = RESOURCE_TYPES.find((t) => t.kind === kind);
  if (!type) throw new Error(`no resource type for kind ${kind}`);
  return type;
};
