// List + watch for one kind in one namespace, kept alive until stopped: resumes from the last
// resourceVersion when the server ends a watch, re-lists on 410 Gone, backs off on failures.
// We drive raw watch requests instead of client-node's informer because the informer gives up
// on non-410 errors and offers no injected timers.
import type { KubeObject } from '../domain/resources.js';
import { backoffDelay, WATCH_BACKOFF } from './backoff.js';
import type { BackoffPolicy, Timers } from './backoff.js';
import { errorMessage, formatSeconds, networkError } from './errors.js';
import type { HttpClient } from './httpClient.js';
import { KINDS } from '../domain/kinds.js';
import type { ServedResource, TableColumn } from '../domain/servedResources.js';
import { resourcePath, withTypeMeta } from './resourcePaths.js';
import { isTable, servedObjectsOf, TABLE_ACCEPT, TABLE_QUERY, tableColumns } from './servedTable.js';
import { KubeError } from './types.js';
import type { ConnectionState, WatchedKind, WatchHandlers } from './types.js';
import { readWatchEvents } from './watchStream.js';
import type { RawWatchEvent } from './watchStream.js';

export interface WatcherOptions {
  client: HttpClient;
  namespace: string;
  timers: Timers;
  random?: () => number;
  backoff?: BackoffPolicy;
  /** Wait after a 401/403 before asking again (permissions change rarely). */
  forbiddenRetryMs?: number;
  /** Called on every sign of life from the server (list answered, watch bytes, bookmarks). */
  onActivity?: () => void;
  /** Server-side watch timeout; client-go picks 5–10 minutes at random to spread reconnects. */
  watchTimeoutSeconds?: () => number;
}

interface ListResponse {
  metadata?: { resourceVersion?: string };
  items?: KubeObject[];
}

/** The longest Retry-After honoured; a longer one is capped so the view does not freeze for long. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** A watch that ended without a single byte this many times in a row counts as a failure. */
const EMPTY_WATCH_LIMIT = 3;

class StoppedError extends Error {}

/**
 * Lists and watches `kind`; with `resource` (for ServedObject), that discovered kind in the
 * server's Table form, each row a ServedObject.
 */
export function startWatcher<T extends KubeObject>(options: WatcherOptions, kind: WatchedKind, handlers: WatchHandlers<T>, resource?: ServedResource): () => void {
  const { client, namespace, timers } = options;
  const random = options.random ?? Math.random;
  const policy = options.backoff ?? WATCH_BACKOFF;
  const forbiddenRetryMs = options.forbiddenRetryMs ?? policy.maxMs;
  const watchTimeoutSeconds = options.watchTimeoutSeconds ?? (() => Math.round(300 * (1 + random())));
  const path = resourcePath(resource ?? kind, namespace);
  const plural = resource?.plural ?? KINDS[kind].plural;
  // The Table form's columns come with the list (and the first watch event); rows share them.
  let columns: readonly TableColumn[] = [];
  const tableRequest = resource ? { accept: TABLE_ACCEPT, query: TABLE_QUERY } : undefined;
  /** The objects a list or event carries: itself, or the rows of a Table as ServedObjects. */
  const objectsOf = (body: unknown): unknown[] => {
    if (!resource || !isTable(body)) return [body];
    const defined = tableColumns(body);
    if (defined.length > 0) columns = defined;
    return servedObjectsOf(body, resource, columns);
  };

  let stopped = false;
  let controller: AbortController | undefined;
  const pendingTimers = new Set<unknown>();
  let lastStatus: ConnectionState['status'] | undefined;

  const report = (state: ConnectionState): void => {
    if (stopped) return;
    if (state.status === 'connected' && lastStatus === 'connected') return;
    lastStatus = state.status;
    handlers.onState(state);
  };

  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const handle = timers.setTimeout(() => {
        pendingTimers.delete(handle);
        resolve();
      }, ms);
      pendingTimers.add(handle);
    });

  const newSignal = (): AbortSignal => {
    controller = new AbortController();
    return controller.signal;
  };

  async function list(): Promise<string> {
    const body = await client.json<ListResponse>({ method: 'GET', path, signal: newSignal(), ...tableRequest });
    if (stopped) throw new StoppedError();
    options.onActivity?.();
    const items = resource && isTable(body) ? objectsOf(body) : (body.items ?? []).map((item) => withTypeMeta(kind, item));
    handlers.onSync(items as T[]);
    report({ status: 'connected' });
    return body.metadata?.resourceVersion ?? '0';
  }

  /** One watch request; returns the resourceVersion to resume from and whether anything arrived. */
  async function watchOnce(fromVersion: string): Promise<{ version: string; received: boolean }> {
    let version = fromVersion;
    let received = false;
    const timeoutSeconds = watchTimeoutSeconds();
    const signal = newSignal();
    const watchController = controller!;
    const response = await client.stream({
      method: 'GET',
      path,
      query: { watch: 'true', resourceVersion: fromVersion, allowWatchBookmarks: 'true', timeoutSeconds, ...tableRequest?.query },
      ...(tableRequest ? { accept: tableRequest.accept } : {}),
      signal,
    });
    // A server that vanishes without closing the socket would leave us waiting forever.
    const idleLimitMs = (timeoutSeconds + 60) * 1000;
    let idleTimer: unknown;
    const armIdleTimer = (): void => {
      if (idleTimer !== undefined) timers.clearTimeout(idleTimer);
      idleTimer = timers.setTimeout(() => response.destroy(Object.assign(new Error('watch stalled'), { code: 'ETIMEDOUT' })), idleLimitMs);
    };
    armIdleTimer();
    try {
      await readWatchEvents(
        response,
        (event: RawWatchEvent) => {
          if (stopped) throw new StoppedError();
          if (event.type === 'ERROR') {
            const status = event.object as { code?: number; reason?: string; message?: string };
            throw new KubeError(status.code ?? 500, status.reason ?? 'InternalError', status.message ?? 'watch error');
          }
          for (const item of objectsOf(event.object)) {
            const object = item as KubeObject | null;
            // A malformed object still passes on to admission, which skips and counts it.
            version = object?.metadata?.resourceVersion ?? version;
            if (event.type === 'BOOKMARK') continue;
            handlers.onEvent(event.type, (resource ? object : withTypeMeta(kind, object)) as T);
          }
          // A Table event says its version on the table too (a bookmark's rows may be empty).
          if (resource && isTable(event.object)) {
            const tableVersion = (event.object.metadata as { resourceVersion?: string } | undefined)?.resourceVersion;
            if (typeof tableVersion === 'string' && tableVersion) version = tableVersion;
          }
        },
        () => {
          received = true;
          options.onActivity?.();
          armIdleTimer();
        },
      );
    } finally {
      timers.clearTimeout(idleTimer);
      watchController.abort();
    }
    return { version, received };
  }

  async function run(): Promise<void> {
    report({ status: 'connecting' });
    let version: string | undefined;
    let attempt = 0;
    let emptyWatches = 0;
    while (!stopped) {
      try {
        if (version === undefined) {
          version = await list();
          attempt = 0;
        }
        const result = await watchOnce(version);
        version = result.version;
        emptyWatches = result.received ? 0 : emptyWatches + 1;
        if (emptyWatches >= EMPTY_WATCH_LIMIT) {
          emptyWatches = 0;
          throw new KubeError(0, 'WatchClosed', `the server keeps closing the ${plural} watch immediately`);
        }
      } catch (caught) {
        if (stopped || caught instanceof StoppedError) return;
        const error = networkError(caught, client.server);
        if (error.status === 410) {
          // Our resourceVersion is older than the server keeps: start over from a fresh list.
          version = undefined;
          continue;
        }
        version = undefined;
        if (error.status === 401 || error.status === 403) {
          const what = error.status === 403 ? 'forbidden' : 'unauthorized';
          report({ status: 'forbidden', message: `${what}: cannot watch ${plural}` });
          await delay(forbiddenRetryMs);
          continue;
        }
        attempt += 1;
        // A 429 (API priority and fairness) or 5xx with Retry-After says when to come back.
        const retryAfterMs = (error.detail.retryAfterSeconds ?? 0) * 1000;
        const wait = Math.max(backoffDelay(attempt, policy, random), Math.min(retryAfterMs, MAX_RETRY_AFTER_MS));
        report({ status: 'reconnecting', attempt, lastError: errorMessage(error), ...(retryAfterMs > 0 ? { retryIn: formatSeconds(wait) } : {}) });
        await delay(wait);
      }
    }
  }

  void run();

  return () => {
    if (stopped) return;
    stopped = true;
    controller?.abort();
    for (const handle of pendingTimers) timers.clearTimeout(handle);
    pendingTimers.clear();
  };
}
