// GET on a collection or a single object: JSON or Table, with selectors and paging.
import type { KubeObject } from '../../domain/resources.js';
import { badRequest } from '../apiErrors.js';
import type { ResourceRequest, ServerContext } from './context.js';
import { decodeContinue, encodeContinue } from './continueToken.js';
import { sendJson } from './respond.js';
import { apiVersionOf } from './resourceTypes.js';
import { matchesFilter, parseObjectFilter } from './selectors.js';
import { buildTable, parseIncludeObject, wantsTable } from './tables.js';

const keyOf = (obj: KubeObject): string => `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;

const parseLimit = (value: string | null): number | undefined => {
  if (value === null || value === '' || value === '0') return undefined;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 0) throw badRequest(`invalid value for limit: ${value}`);
  return limit;
};

export const handleGetObject = (ctx: ServerContext, r: ResourceRequest): void => {
  const obj = ctx.store.require(r.type.kind, r.namespace, r.name!);
  if (wantsTable(r.req.headers.accept)) {
    const includeObject = parseIncludeObject(r.params.get('includeObject'));
    sendJson(r.res, 200, buildTable(r.type, [obj], { now: ctx.clock.now(), includeObject, resourceVersion: obj.metadata.resourceVersion }));
    return;
  }
  sendJson(r.res, 200, obj);
};

export const handleList = (ctx: ServerContext, r: ResourceRequest): void => {
  const filter = parseObjectFilter(r.params);
  const limit = parseLimit(r.params.get('limit'));
  const token = r.params.get('continue');
  const position = token ? decodeContinue(token) : undefined;
  const resourceVersion = position?.resourceVersion ?? ctx.store.resourceVersion;
  let items = ctx.store.list(r.type.kind, r.namespace).filter((obj) => matchesFilter(filter, obj));
  if (position) items = items.filter((obj) => keyOf(obj) > position.afterKey);
  let continueToken: string | undefined;
  let remainingItemCount: number | undefined;
  if (limit !== undefined && items.length > limit) {
    remainingItemCount = items.length - limit;
    items = items.slice(0, limit);
    continueToken = encodeContinue({ resourceVersion, afterKey: keyOf(items[items.length - 1]) });
  }
  if (wantsTable(r.req.headers.accept)) {
    const includeObject = parseIncludeObject(r.params.get('includeObject'));
    sendJson(r.res, 200, buildTable(r.type, items, { now: ctx.clock.now(), includeObject, resourceVersion: String(resourceVersion), continueToken }));
    return;
  }
  sendJson(r.res, 200, {
    kind: `${r.type.kind}List`,
    apiVersion: apiVersionOf(r.type),
    metadata: {
      resourceVersion: String(resourceVersion),
      ...(continueToken ? { continue: continueToken, remainingItemCount } : {}),
    },
    items,
  });
};
