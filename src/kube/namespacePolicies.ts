// A namespace's ResourceQuotas and LimitRanges, read when its describe opens (as kubectl describe
// namespace reads them). A server that does not serve one of them (404) leaves it out, as kubectl
// does; any other failure is reported as one line.
import type { HttpClient } from './httpClient.js';
import { KubeError, type NamespacePolicies, type RequestOptions } from './types.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

async function listItems(client: HttpClient, path: string, options: RequestOptions): Promise<Record<string, unknown>[] | undefined> {
  try {
    const body = await client.json<{ items?: unknown }>({ method: 'GET', path, timeoutMs: options.timeoutMs });
    return Array.isArray(body?.items) ? body.items.filter(isRecord) : [];
  } catch (error) {
    if (error instanceof KubeError && error.status === 404) return undefined;
    throw error;
  }
}

export async function readNamespacePolicies(client: HttpClient, namespace: string, options: RequestOptions = {}): Promise<NamespacePolicies> {
  const base = `/api/v1/namespaces/${encodeURIComponent(namespace)}`;
  const [quotas, limitRanges] = await Promise.all([listItems(client, `${base}/resourcequotas`, options), listItems(client, `${base}/limitranges`, options)]);
  return { ...(quotas ? { quotas } : {}), ...(limitRanges ? { limitRanges } : {}) };
}
