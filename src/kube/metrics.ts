// Reads metrics.k8s.io/v1beta1 (metrics-server through the aggregator): the namespace's PodMetrics
// and the cluster's NodeMetrics, parsed. A missing or failing metrics API is reported as one short
// reason the header can show ("not served", "forbidden", "503 ServiceUnavailable").
import { parseNodeMetricsList, parsePodMetricsList } from '../domain/metrics/parseMetrics.js';
import type { NodeUsage, PodUsage } from '../domain/metrics/usage.js';
import type { HttpClient } from './httpClient.js';
import { NETWORK_ERROR_STATUS } from './errors.js';
import { KubeError, type RequestOptions } from './types.js';

const ROOT = '/apis/metrics.k8s.io/v1beta1';

/** `namespace` '' reads every namespace's pods (kilo-tui -A). */
export async function readPodMetrics(client: HttpClient, namespace: string, options: RequestOptions = {}): Promise<PodUsage[]> {
  const body = await client.json<unknown>({ method: 'GET', path: namespace === '' ? `${ROOT}/pods` : `${ROOT}/namespaces/${encodeURIComponent(namespace)}/pods`, timeoutMs: options.timeoutMs });
  return parsePodMetricsList(body);
}

export async function readNodeMetrics(client: HttpClient, options: RequestOptions = {}): Promise<NodeUsage[]> {
  const body = await client.json<unknown>({ method: 'GET', path: `${ROOT}/nodes`, timeoutMs: options.timeoutMs });
  return parseNodeMetricsList(body);
}

/** Why metrics cannot be read, in a few words (the header adds nothing else). */
export function metricsUnavailableReason(error: unknown): string {
  if (!(error instanceof KubeError)) return 'error';
  if (error.status === 404) return 'metrics API not served';
  if (error.status === 403) return 'forbidden';
  if (error.status === 503) return '503 service unavailable';
  if (error.status === NETWORK_ERROR_STATUS) return 'no answer';
  return `${error.status} ${error.reason}`;
}
