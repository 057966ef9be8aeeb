// Dispatches a request to discovery or a resource handler by path and method.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, badRequest } from '../apiErrors.js';
import type { ResourceRequest, ServerContext } from './context.js';
import { AGGREGATED_DISCOVERY_TYPE, aggregatedDiscovery, apiGroupList, apiResourceList, apiVersions, etagOf, SERVER_VERSION, wantsAggregated } from './discovery.js';
import { handleGetObject, handleList } from './list.js';
import { handleLogs } from './logs.js';
import { handleMetrics, isMetricsPath } from './metricsApi.js';
import { handlePatch } from './patchHandler.js';
import { sendJson } from './respond.js';
import { parseRoute, type Route } from './route.js';
import { handleScale } from './scale.js';
import { handleWatch } from './watch.js';
import { handleCreate, handleDelete, handleReplace } from './writes.js';

const pageNotFound = (): ApiError => new ApiError(404, 'NotFound', 'the server could not find the requested resource');
const methodNotAllowed = (): ApiError => new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');

const isWatch = (params: URLSearchParams): boolean => ['true', '1'].includes(params.get('watch') ?? '');

const handleResource = async (ctx: ServerContext, r: ResourceRequest, watchPath: boolean): Promise<void> => {
  const method = r.req.method ?? 'GET';
  if (watchPath || (method === 'GET' && isWatch(r.params))) {
    if (method !== 'GET' || r.subresource) throw methodNotAllowed();
    return handleWatch(ctx, r);
  }
  if (r.subresource === 'log') {
    if (method !== 'GET') throw methodNotAllowed();
    return handleLogs(ctx, r);
  }
  if (r.subresource === 'scale') {
    if (!['GET', 'PUT', 'PATCH'].includes(method)) throw methodNotAllowed();
    return handleScale(ctx, r);
  }
  if (r.name === undefined) {
    if (method === 'GET') return handleList(ctx, r);
    if (method === 'POST') return handleCreate(ctx, r);
    throw methodNotAllowed();
  }
  switch (method) {
    case 'GET':
      return handleGetObject(ctx, r);
    case 'PUT':
      return handleReplace(ctx, r);
    case 'PATCH':
      return handlePatch(ctx, r);
    case 'DELETE':
      if (r.subresource) throw methodNotAllowed();
      return handleDelete(ctx, r);
    default:
      throw methodNotAllowed();
  }
};

/** The aggregated form, with its ETag; 304 when the client's copy is current. */
const sendAggregated = (req: IncomingMessage, res: ServerResponse, body: unknown): void => {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const headers = { 'Content-Type': AGGREGATED_DISCOVERY_TYPE, ETag: etag, 'Cache-Control': 'no-cache, private', Vary: 'Accept' };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
};

const handleDiscovery = (ctx: ServerContext, route: Route, req: IncomingMessage, res: ServerResponse): void => {
  if (req.method !== 'GET') throw methodNotAllowed();
  const types = ctx.store.resourceTypes();
  const aggregated = wantsAggregated(req.headers.accept);
  switch (route.kind) {
    case 'version':
      return sendJson(res, 200, SERVER_VERSION);
    case 'apiVersions':
      if (aggregated) return sendAggregated(req, res, aggregatedDiscovery(types, true));
      return sendJson(res, 200, apiVersions(req.headers.host ?? '127.0.0.1'));
    case 'apiGroupList':
      if (aggregated) return sendAggregated(req, res, aggregatedDiscovery(types, false, { metrics: ctx.metrics !== undefined }));
      return sendJson(res, 200, apiGroupList(types, { metrics: ctx.metrics !== undefined }));
    case 'resourceList': {
      const list = apiResourceList(types, route.group, route.version);
      if (!list) throw pageNotFound();
      return sendJson(res, 200, list);
    }
    default:
      throw pageNotFound();
  }
};

export const routeRequest = async (ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  if (isMetricsPath(url.pathname)) return handleMetrics(ctx, req, res, url);
  let route: Route;
  try {
    route = parseRoute(url.pathname, ctx.store.resourceTypes());
  } catch {
    throw badRequest(`malformed request path: ${url.pathname}`);
  }
  if (route.kind !== 'resource') return handleDiscovery(ctx, route, req, res);
  const { type, namespace, name, subresource, watchPath } = route;
  return handleResource(ctx, { req, res, params: url.searchParams, type, namespace, name, subresource }, watchPath);
};
