// Watches: newline-delimited JSON events over a chunked response, resuming after a
// resourceVersion, 410 Expired as an ERROR event, optional bookmarks and a server-side timeout.
import type { KubeObject } from '../../domain/resources.js';
import { ApiError, gone } from '../apiErrors.js';
import type { StoreEvent } from '../objectStore.js';
import type { ResourceRequest, ServerContext } from './context.js';
import { sendError } from './respond.js';
import { apiVersionOf } from './resourceTypes.js';
import { matchesFilter, parseObjectFilter, type ObjectFilter } from './selectors.js';
import { buildTable, parseIncludeObject, wantsTable } from './tables.js';

type WireEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

const parseResourceVersion = (value: string | null): number | undefined => {
  if (value === null || value === '' || value === '0') return undefined;
  const rv = Number(value);
  if (!Number.isInteger(rv) || rv < 0) throw new ApiError(400, 'BadRequest', `invalid resource version: ${value}`);
  return rv;
};

/** Applies the selectors to a change, turning objects that stop matching into DELETED. */
const filterEvent = (filter: ObjectFilter, seen: Set<string>, event: StoreEvent): 'ADDED' | 'MODIFIED' | 'DELETED' | undefined => {
  const uid = event.object.metadata.uid;
  const matches = matchesFilter(filter, event.object);
  const wasSeen = seen.has(uid);
  if (event.type === 'DELETED') {
    seen.delete(uid);
    return matches || wasSeen ? 'DELETED' : undefined;
  }
  if (matches) {
    seen.add(uid);
    return event.type === 'MODIFIED' && !wasSeen ? 'ADDED' : event.type;
  }
  if (wasSeen) {
    seen.delete(uid);
    return 'DELETED';
  }
  return undefined;
};

export const handleWatch = (ctx: ServerContext, r: ResourceRequest): void => {
  const filter = parseObjectFilter(r.params);
  if (r.name) filter.fields.push({ op: 'equals', field: 'metadata.name', value: r.name });
  const since = parseResourceVersion(r.params.get('resourceVersion'));
  const asTable = wantsTable(r.req.headers.accept);
  const includeObject = parseIncludeObject(r.params.get('includeObject'));
  const timeoutSeconds = Number(r.params.get('timeoutSeconds') ?? '0');
  const bookmarks = r.params.get('allowWatchBookmarks') === 'true';

  // Everything up to subscribing runs synchronously, so no change can slip between replay and live.
  let backlog: StoreEvent[] = [];
  let expired: ApiError | undefined;
  const seen = new Set<string>();
  const current = ctx.store.list(r.type.kind, r.namespace).filter((obj) => matchesFilter(filter, obj));
  if (since === undefined) {
    backlog = current.map((object) => ({ type: 'ADDED', kind: r.type.kind, object, resourceVersion: ctx.store.resourceVersion }));
  } else {
    for (const obj of current) seen.add(obj.metadata.uid);
    try {
      if (since < ctx.watchWindowStart) throw gone(`too old resource version: ${since} (${ctx.watchWindowStart})`);
      backlog = ctx.store.eventsSince(r.type.kind, since, r.namespace);
    } catch (error) {
      if (!(error instanceof ApiError)) return sendError(r.res, error);
      expired = error;
    }
    // The seeded set describes now, not `since`; replayed additions must still be reported.
    for (const e of backlog) if (e.type === 'ADDED') seen.delete(e.object.metadata.uid);
  }

  const { res } = r;
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.socket?.setNoDelay(true);
  // Send the headers now: clients treat the watch as established only once they arrive.
  res.flushHeaders();
  const write = (type: WireEventType, object: unknown): void => {
    res.write(`${JSON.stringify({ type, object })}\n`);
  };
  const writeObject = (type: WireEventType, object: KubeObject): void => {
    if (!asTable) return write(type, object);
    write(type, buildTable(r.type, [object], { now: ctx.clock.now(), includeObject, resourceVersion: object.metadata.resourceVersion }));
  };

  if (expired) {
    write('ERROR', expired.toStatus());
    res.end();
    return;
  }

  const deliver = (event: StoreEvent): void => {
    if (event.kind !== r.type.kind) return;
    if (r.namespace !== undefined && event.object.metadata.namespace !== r.namespace) return;
    const type = filterEvent(filter, seen, event);
    if (type) writeObject(type, event.object);
  };

  let ended = false;
  let timeoutTimer: unknown;
  let bookmarkTimer: unknown;
  const unsubscribe = ctx.store.subscribe(deliver);
  const end = (): void => {
    if (ended) return;
    ended = true;
    unsubscribe();
    if (timeoutTimer !== undefined) ctx.clock.clearTimeout(timeoutTimer);
    if (bookmarkTimer !== undefined) ctx.clock.clearTimeout(bookmarkTimer);
    ctx.openStreams.delete(end);
    if (!res.writableEnded) res.end();
  };
  ctx.openStreams.add(end);
  res.on('close', end);

  for (const event of backlog) deliver(event);
  if (timeoutSeconds > 0) timeoutTimer = ctx.clock.setTimeout(end, timeoutSeconds * 1000);
  if (bookmarks) {
    const bookmark = (): void => {
      if (ended) return;
      write('BOOKMARK', { kind: r.type.kind, apiVersion: apiVersionOf(r.type), metadata: { resourceVersion: String(ctx.store.resourceVersion) } });
      bookmarkTimer = ctx.clock.setTimeout(bookmark, ctx.bookmarkIntervalMs);
    };
    bookmarkTimer = ctx.clock.setTimeout(bookmark, ctx.bookmarkIntervalMs);
  }
};
