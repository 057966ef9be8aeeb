// Discovery: what the API server serves. Asked for in the aggregated form (/api and /apis,
// apidiscovery.k8s.io/v2, as kubectl 1.32 asks), with the per-group documents as the fallback for
// servers without it. Each document is kept with the server's ETag and asked for again with
// If-None-Match, so a refresh (a CRD appeared, or a word matched nothing) costs a 304 when
// nothing changed.
import { groupVersionsOf, resourcesOfAggregated, resourcesOfList, type ServedResource } from '../domain/servedResources.js';
import type { HttpClient } from './httpClient.js';

const DISCOVERY_TIMEOUT_MS = 10_000;
const AGGREGATED_ACCEPT = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';

export interface Discovery {
  /** The served kinds, core first, then the groups in the server's order; cached until `refresh`. */
  resources(options?: { refresh?: boolean }): Promise<readonly ServedResource[]>;
}

interface Cached {
  etag?: string;
  body: unknown;
}

const isAggregated = (body: unknown): boolean => typeof body === 'object' && body !== null && (body as { kind?: unknown }).kind === 'APIGroupDiscoveryList';

export function createDiscovery(client: HttpClient): Discovery {
  const documents = new Map<string, Cached>();
  let current: Promise<readonly ServedResource[]> | undefined;

  const fetchDocument = async (path: string, accept?: string): Promise<unknown> => {
    const cached = documents.get(path);
    const answer = await client.cachedJson<unknown>({
      method: 'GET',
      path,
      timeoutMs: DISCOVERY_TIMEOUT_MS,
      ...(accept ? { accept } : {}),
      ...(cached?.etag ? { ifNoneMatch: cached.etag } : {}),
    });
    if (answer.notModified) return cached!.body;
    documents.set(path, { body: answer.body, ...(answer.etag ? { etag: answer.etag } : {}) });
    return answer.body;
  };

  const legacyGroups = async (groups: unknown): Promise<ServedResource[]> => {
    const lists = await Promise.all(
      groupVersionsOf(groups).map(async ({ group, version }) => {
        try {
          return resourcesOfList(group, version, await fetchDocument(`/apis/${encodeURIComponent(group)}/${encodeURIComponent(version)}`));
        } catch {
          // One unavailable group (an aggregated API whose backend is down) must not hide the rest: kubectl warns and goes on.
          return [];
        }
      }),
    );
    return lists.flat();
  };

  const load = async (): Promise<readonly ServedResource[]> => {
    const [core, groups] = await Promise.all([fetchDocument('/api', AGGREGATED_ACCEPT), fetchDocument('/apis', AGGREGATED_ACCEPT)]);
    const coreResources = isAggregated(core) ? resourcesOfAggregated(core) : resourcesOfList('', 'v1', await fetchDocument('/api/v1'));
    const groupResources = isAggregated(groups) ? resourcesOfAggregated(groups) : await legacyGroups(groups);
    return [...coreResources, ...groupResources];
  };

  return {
    resources(options = {}) {
      if (!current || options.refresh) {
        const attempt = load();
        current = attempt;
        // A failed discovery is not kept: the next ask tries again.
        attempt.catch(() => {
          if (current === attempt) current = undefined;
        });
      }
      return current;
    },
  };
}
