// metrics.k8s.io/v1beta1 as metrics-server serves it through the aggregator: the group's
// discovery, PodMetrics (per namespace or across all) and NodeMetrics, list and get, label
// selectors. Read-only: any other verb is 405. When the demo runs without metrics the group is
// absent from discovery and its paths are 404, as on a cluster without metrics-server.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../apiErrors.js';
import type { KubeObject } from '../../domain/resources.js';
import type { ServerContext } from './context.js';
import { sendJson } from './respond.js';
import { matchesFilter, parseObjectFilter } from './selectors.js';

export const METRICS_GROUP = 'metrics.k8s.io';
export const METRICS_VERSION = 'v1beta1';
const GROUP_VERSION = `${METRICS_GROUP}/${METRICS_VERSION}`;
const PREFIX = `/apis/${METRICS_GROUP}`;

export const isMetricsPath = (pathname: string): boolean => pathname === PREFIX || pathname.startsWith(`${PREFIX}/`);

export const metricsGroup = (): Record<string, unknown> => {
  const version = { groupVersion: GROUP_VERSION, version: METRICS_VERSION };
  return { name: METRICS_GROUP, versions: [version], preferredVersion: version };
};

/** The group in aggregated discovery (apidiscovery.k8s.io/v2), as the aggregator lists an APIService's group. */
export const metricsAggregatedGroup = (): Record<string, unknown> => ({
  metadata: { name: METRICS_GROUP },
  versions: [
    {
      version: METRICS_VERSION,
      resources: [
        { resource: 'nodes', responseKind: { group: METRICS_GROUP, version: METRICS_VERSION, kind: 'NodeMetrics' }, scope: 'Cluster', singularResource: '', verbs: ['get', 'list'] },
        { resource: 'pods', responseKind: { group: METRICS_GROUP, version: METRICS_VERSION, kind: 'PodMetrics' }, scope: 'Namespaced', singularResource: '', verbs: ['get', 'list'] },
      ],
      freshness: 'Current',
    },
  ],
});

const resourceList = (): Record<string, unknown> => ({
  kind: 'APIResourceList',
  apiVersion: 'v1',
  groupVersion: GROUP_VERSION,
  resources: [
    { name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] },
    { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] },
  ],
});

const notFound = (resource: string, name: string): ApiError => new ApiError(404, 'NotFound', `${resource}.${METRICS_GROUP} "${name}" not found`);
const pageNotFound = (): ApiError => new ApiError(404, 'NotFound', 'the server could not find the requested resource');

export const handleMetrics = (ctx: ServerContext, req: IncomingMessage, res: ServerResponse, url: URL): void => {
  const metrics = ctx.metrics;
  if (!metrics) throw pageNotFound();
  if (req.method !== 'GET') throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  const segments = url.pathname.replace(/\/+$/, '').split('/').slice(3).map(decodeURIComponent);
  if (segments.length === 0) return sendJson(res, 200, { kind: 'APIGroup', apiVersion: 'v1', ...metricsGroup() });
  if (segments[0] !== METRICS_VERSION) throw pageNotFound();
  const rest = segments.slice(1);
  if (rest.length === 0) return sendJson(res, 200, resourceList());
  const filter = parseObjectFilter(url.searchParams);
  const list = (kind: string, items: { metadata: { name: string } }[]) =>
    sendJson(res, 200, {
      kind: `${kind}List`,
      apiVersion: GROUP_VERSION,
      metadata: {},
      items: items.filter((item) => matchesFilter(filter, item as unknown as KubeObject)),
    });
  if (rest[0] === 'nodes' && rest.length <= 2) {
    const nodes = metrics.nodes();
    if (rest.length === 1) return list('NodeMetrics', nodes);
    const node = nodes.find((n) => n.metadata.name === rest[1]);
    if (!node) throw notFound('nodes', rest[1]);
    return sendJson(res, 200, node);
  }
  let namespace: string | undefined;
  let podPath = rest;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    podPath = rest.slice(2);
  }
  if (podPath[0] === 'pods' && podPath.length <= 2) {
    const pods = metrics.pods().filter((p) => namespace === undefined || p.metadata.namespace === namespace);
    if (podPath.length === 1) return list('PodMetrics', pods);
    if (namespace === undefined) throw pageNotFound();
    const pod = pods.find((p) => p.metadata.name === podPath[1]);
    if (!pod) throw notFound('pods', podPath[1]);
    return sendJson(res, 200, pod);
  }
  throw pageNotFound();
};
