// Legacy (non-aggregated) discovery documents. kubectl asks for aggregated discovery first, but
// an answer with plain `application/json` makes client-go fall back to these, which is simpler
// than maintaining the v2 shapes as well.
import { RESOURCE_TYPES, apiVersionOf, type ResourceType } from './resourceTypes.js';

export const SERVER_VERSION = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.0-kilo-demo',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2026-01-06T00:00:00Z',
  goVersion: 'go1.23.0',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/** Groups other than core with the versions served (the resource types'; autoscaling/v1 for Scale), preferred first. */
const GROUPS: { name: string; version: string }[] = [
  ...new Map(RESOURCE_TYPES.filter((t) => t.group !== '').map((t) => [`${t.group}/${t.version}`, { name: t.group, version: t.version }])).values(),
  { name: 'autoscaling', version: 'v1' },
];

/** One APIGroup per group name, its versions in GROUPS order (autoscaling: v2 preferred, then v1, as a real server lists them). */
const GROUP_NAMES = [...new Set(GROUPS.map((g) => g.name))];

export const apiVersions = (serverAddress: string): Record<string, unknown> => ({
  kind: 'APIVersions',
  versions: ['v1'],
  serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
});

export const apiGroupList = (): Record<string, unknown> => ({
  kind: 'APIGroupList',
  apiVersion: 'v1',
  groups: GROUP_NAMES.map((name) => {
    const versions = GROUPS.filter((g) => g.name === name).map((g) => ({ groupVersion: `${name}/${g.version}`, version: g.version }));
    return { name, versions, preferredVersion: versions[0] };
  }),
});

const subresourceEntry = (type: ResourceType, sub: string): Record<string, unknown> => {
  switch (sub) {
    case 'scale':
      return { name: `${type.plural}/scale`, singularName: '', namespaced: true, group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'] };
    case 'log':
      return { name: `${type.plural}/log`, singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] };
    default:
      return { name: `${type.plural}/${sub}`, singularName: '', namespaced: type.namespaced, kind: type.kind, verbs: ['get', 'patch', 'update'] };
  }
};

/** The APIResourceList of a group version, or undefined when it is not served. */
export const apiResourceList = (group: string, version: string): Record<string, unknown> | undefined => {
  const groupVersion = group ? `${group}/${version}` : version;
  if (group && !GROUPS.some((g) => g.name === group && g.version === version)) return undefined;
  if (!group && version !== 'v1') return undefined;
  const resources = RESOURCE_TYPES.filter((t) => apiVersionOf(t) === groupVersion).flatMap((type) => [
    {
      name: type.plural,
      singularName: type.singular,
      namespaced: type.namespaced,
      kind: type.kind,
      verbs: type.verbs,
      ...(type.shortNames.length ? { shortNames: type.shortNames } : {}),
      ...(type.categories.length ? { categories: type.categories } : {}),
    },
    ...type.subresources.map((sub) => subresourceEntry(type, sub)),
  ]);
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources };
};
