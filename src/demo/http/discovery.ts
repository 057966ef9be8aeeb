// Discovery, in both forms a real apiserver serves: the aggregated documents (apidiscovery.k8s.io/v2
// at /api and /apis, with an ETag and 304 Not Modified, which kubectl 1.32 asks for first) and the
// legacy per-group documents (/api/v1, /apis/<group>/<version>). Custom kinds appear in both as
// soon as their CRD is stored.
import { createHash } from 'node:crypto';
import { metricsAggregatedGroup, metricsGroup } from './metricsApi.js';
import { apiVersionOf, type ResourceType } from './resourceTypes.js';

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

/** The Accept of an aggregated discovery request, and the Content-Type of its answer. */
export const AGGREGATED_DISCOVERY_TYPE = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

/** True when the Accept header lists the aggregated v2 form. */
export const wantsAggregated = (accept: string | undefined): boolean =>
  (accept ?? '').split(',').some((media) => {
    const params = new Map(media.split(';').slice(1).map((p) => p.trim().split('=') as [string, string]));
    return params.get('as') === 'APIGroupDiscoveryList' && params.get('g') === 'apidiscovery.k8s.io' && params.get('v') === 'v2';
  });

/** Groups other than core, with the versions served (the resource types'); autoscaling exists only for Scale. */
const groupsOf = (types: readonly ResourceType[]): { name: string; version: string }[] => [
  ...new Map(types.filter((t) => t.group !== '').map((t) => [`${t.group}/${t.version}`, { name: t.group, version: t.version }])).values(),
  { name: 'autoscaling', version: 'v1' },
];


export const apiVersions = (serverAddress: string): Record<string, unknown> => ({
  kind: 'APIVersions',
  versions: ['v1'],
  serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
});

/** `metrics`: metrics-server is installed, and its aggregated group is listed. */
export const apiGroupList = (types: readonly ResourceType[], options: { metrics?: boolean } = {}): Record<string, unknown> => {
  const byGroup = new Map<string, string[]>();
  for (const g of groupsOf(types)) byGroup.set(g.name, [...(byGroup.get(g.name) ?? []), g.version]);
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: [
      ...[...byGroup].map(([name, versions]) => {
        const entries = versions.map((version) => ({ groupVersion: `${name}/${version}`, version }));
        return { name, versions: entries, preferredVersion: entries[0] };
      }),
      ...(options.metrics ? [metricsGroup()] : []),
    ],
  };
};

interface SubresourceShape {
  name: string;
  group?: string;
  version?: string;
  kind: string;
  verbs: string[];
}

const subresourceOf = (type: ResourceType, sub: string): SubresourceShape => {
  switch (sub) {
    case 'scale':
      return { name: 'scale', group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'] };
    case 'log':
      return { name: 'log', kind: 'Pod', verbs: ['get'] };
    default:
      return { name: sub, kind: type.kind, verbs: ['get', 'patch', 'update'] };
  }
};

/** The APIResourceList of a group version, or undefined when it is not served. */
export const apiResourceList = (types: readonly ResourceType[], group: string, version: string): Record<string, unknown> | undefined => {
  const groupVersion = group ? `${group}/${version}` : version;
  if (group && !groupsOf(types).some((g) => g.name === group && g.version === version)) return undefined;
  if (!group && version !== 'v1') return undefined;
  const resources = types.filter((t) => apiVersionOf(t) === groupVersion).flatMap((type) => [
    {
      name: type.plural,
      singularName: type.singular,
      namespaced: type.namespaced,
      kind: type.kind,
      verbs: type.verbs,
      ...(type.shortNames.length ? { shortNames: type.shortNames } : {}),
      ...(type.categories.length ? { categories: type.categories } : {}),
    },
    ...type.subresources.map((sub) => {
      const s = subresourceOf(type, sub);
      return { name: `${type.plural}/${s.name}`, singularName: '', namespaced: type.namespaced, ...(s.group ? { group: s.group, version: s.version } : {}), kind: s.kind, verbs: s.verbs };
    }),
  ]);
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources };
};

const aggregatedResource = (type: ResourceType): Record<string, unknown> => ({
  resource: type.plural,
  responseKind: { group: type.group, version: type.version, kind: type.kind },
  scope: type.namespaced ? 'Namespaced' : 'Cluster',
  singularResource: type.singular,
  verbs: type.verbs,
  ...(type.shortNames.length ? { shortNames: type.shortNames } : {}),
  ...(type.categories.length ? { categories: type.categories } : {}),
  ...(type.subresources.length
    ? {
        subresources: type.subresources.map((sub) => {
          const s = subresourceOf(type, sub);
          return { subresource: s.name, responseKind: { group: s.group ?? type.group, version: s.version ?? type.version, kind: s.kind }, verbs: s.verbs };
        }),
      }
    : {}),
});

/**
 * The aggregated document of /api (`core`) or /apis: every group with its versions and resources;
 * `metrics` adds metrics-server's aggregated group to /apis (kubectl top reads it from here).
 */
export const aggregatedDiscovery = (types: readonly ResourceType[], core: boolean, options: { metrics?: boolean } = {}): Record<string, unknown> => {
  const groups = new Map<string, Map<string, ResourceType[]>>();
  for (const type of types) {
    if ((type.group === '') !== core) continue;
    const versions = groups.get(type.group) ?? new Map<string, ResourceType[]>();
    versions.set(type.version, [...(versions.get(type.version) ?? []), type]);
    groups.set(type.group, versions);
  }
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: 'apidiscovery.k8s.io/v2',
    metadata: {},
    items: [
      ...[...groups].map(([group, versions]) => ({
        metadata: group ? { name: group } : {},
        versions: [...versions].map(([version, of]) => ({ version, resources: of.map(aggregatedResource), freshness: 'Current' })),
      })),
      ...(options.metrics && !core ? [metricsAggregatedGroup()] : []),
    ],
  };
};

/** A strong ETag of a document's JSON, as the apiserver hashes its aggregated discovery. */
export const etagOf = (text: string): string => `"${createHash('sha256').update(text).digest('hex').slice(0, 32)}"`;
