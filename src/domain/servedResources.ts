// The kinds the API server serves, as discovery advertises them (`/api/v1`, `/apis/<g>/<v>`):
// how a `:` word names one, kubectl's name for it, and the closest known word to a typo. Pure:
// kube/discovery.ts fetches the documents, this reads them.

/** One resource of discovery: what `kubectl api-resources` prints a line of. */
export interface ServedResource {
  /** "" for the core group. */
  group: string;
  version: string;
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames: readonly string[];
  categories: readonly string[];
  verbs: readonly string[];
}

/** A column of the server's Table form (meta.k8s.io/v1 TableColumnDefinition). */
export interface TableColumn {
  name: string;
  type: string;
  format?: string;
  /** 0: kubectl prints it; above: only with -o wide. */
  priority?: number;
  description?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The listable resources of one APIResourceList (subresources such as pods/log left out). */
export function resourcesOfList(group: string, version: string, document: unknown): ServedResource[] {
  if (!isRecord(document) || !Array.isArray(document.resources)) return [];
  return document.resources.flatMap((entry): ServedResource[] => {
    if (!isRecord(entry) || typeof entry.name !== 'string' || entry.name.includes('/') || typeof entry.kind !== 'string') return [];
    const verbs = strings(entry.verbs);
    if (!verbs.includes('list')) return [];
    const singular = typeof entry.singularName === 'string' && entry.singularName ? entry.singularName : entry.kind.toLowerCase();
    return [{
      group, version, plural: entry.name, singular, kind: entry.kind, namespaced: entry.namespaced === true,
      shortNames: strings(entry.shortNames), categories: strings(entry.categories), verbs,
    }];
  });
}

/**
 * The listable resources of an aggregated discovery document (apidiscovery.k8s.io/v2
 * APIGroupDiscoveryList), each group's first (preferred) version only, as kubectl resolves names.
 */
export function resourcesOfAggregated(document: unknown): ServedResource[] {
  if (!isRecord(document) || !Array.isArray(document.items)) return [];
  return document.items.flatMap((item): ServedResource[] => {
    if (!isRecord(item) || !Array.isArray(item.versions)) return [];
    const group = isRecord(item.metadata) && typeof item.metadata.name === 'string' ? item.metadata.name : '';
    const preferred = item.versions.find((v) => isRecord(v) && typeof v.version === 'string');
    if (!isRecord(preferred) || !Array.isArray(preferred.resources)) return [];
    const version = preferred.version as string;
    return preferred.resources.flatMap((entry): ServedResource[] => {
      if (!isRecord(entry) || typeof entry.resource !== 'string') return [];
      const kind = isRecord(entry.responseKind) && typeof entry.responseKind.kind === 'string' ? entry.responseKind.kind : undefined;
      const verbs = strings(entry.verbs);
      if (!kind || !verbs.includes('list')) return [];
      const singular = typeof entry.singularResource === 'string' && entry.singularResource ? entry.singularResource : kind.toLowerCase();
      return [{
        group, version, plural: entry.resource, singular, kind, namespaced: entry.scope === 'Namespaced',
        shortNames: strings(entry.shortNames), categories: strings(entry.categories), verbs,
      }];
    });
  });
}

/** The group versions to read, preferred version first per group, from an APIGroupList. */
export function groupVersionsOf(document: unknown): { group: string; version: string }[] {
  if (!isRecord(document) || !Array.isArray(document.groups)) return [];
  return document.groups.flatMap((group) => {
    if (!isRecord(group) || typeof group.name !== 'string') return [];
    const preferred = isRecord(group.preferredVersion) && typeof group.preferredVersion.version === 'string' ? group.preferredVersion.version : undefined;
    const versions = (Array.isArray(group.versions) ? group.versions : []).flatMap((v) => (isRecord(v) && typeof v.version === 'string' ? [v.version] : []));
    // kubectl resolves a plural to the group's preferred version only.
    const version = preferred ?? versions[0];
    return version ? [{ group: group.name, version }] : [];
  });
}

/** `apps/v1`, `v1` */
export const groupVersionOf = (resource: Pick<ServedResource, 'group' | 'version'>): string =>
  resource.group ? `${resource.group}/${resource.version}` : resource.version;

/** The type name kubectl prints and accepts unambiguously: `ingressroute.traefik.io`, `configmap`. */
export const kubectlTypeOf = (resource: Pick<ServedResource, 'group' | 'singular'>): string =>
  resource.group ? `${resource.singular}.${resource.group}` : resource.singular;

/** Every `:` word that opens the resource: plural, singular, short names, kind, and each with `.group`. */
export function wordsOf(resource: ServedResource): string[] {
  const bare = [resource.plural, resource.singular, resource.kind.toLowerCase(), ...resource.shortNames.map((s) => s.toLowerCase())];
  const qualified = resource.group ? [resource.plural, resource.singular, resource.kind.toLowerCase()].map((word) => `${word}.${resource.group}`) : [];
  return [...new Set([...bare, ...qualified])];
}

/** The resource a word names, in discovery order (core first, as kubectl resolves), or undefined. */
export function findServed(resources: readonly ServedResource[], word: string): ServedResource | undefined {
  const wanted = word.toLowerCase();
  return resources.find((resource) => wordsOf(resource).includes(wanted));
}

/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The known word nearest to `word` (ties: the shorter, then the alphabetically first); undefined when none is close. */
export function closestWord(word: string, known: Iterable<string>): string | undefined {
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(word, candidate);
    if (
      !best || distance < best.distance ||
      (distance === best.distance && (candidate.length < best.word.length || (candidate.length === best.word.length && candidate < best.word)))
    ) best = { word: candidate, distance };
  }
  // Further than half the word away is not a typo of it: say nothing rather than something odd.
  return best && best.distance <= Math.max(2, Math.ceil(word.length / 2)) ? best.word : undefined;
}
