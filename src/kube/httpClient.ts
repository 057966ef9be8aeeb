// Raw HTTP(S) to the API server with the kubeconfig's TLS material and credentials. We use
// node:http directly (not client-node's generated APIs) to control streaming, aborting and the
// exact content types of patches; client-node supplies the agent and the auth headers.
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { KubeConfig } from '@kubernetes/client-node';
import { formatSeconds, kubeErrorFromResponse, NETWORK_ERROR_STATUS, networkError } from './errors.js';
import { KubeError } from './types.js';

export type QueryValue = string | number | boolean | undefined;

export interface KubeRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  contentType?: string;
  /** The media type asked for; application/json when absent (e.g. the Table form's). */
  accept?: string;
  /** A cached answer's ETag: the server answers 304 Not Modified when it still holds. */
  ifNoneMatch?: string;
  signal?: AbortSignal;
  /** Aborts with a "timed out" network error when no response arrives in time. */
  timeoutMs?: number;
}

export interface HttpClient {
  readonly server: string;
  /** Sends a request and parses the JSON answer; non-2xx answers reject with KubeError. */
  json<T>(request: KubeRequest): Promise<T>;
  text(request: KubeRequest): Promise<string>;
  /** json() for a document cached by its ETag: `notModified` when the server's 304 says the cache holds. */
  cachedJson<T>(request: KubeRequest): Promise<{ notModified: true } | { notModified: false; body: T; etag?: string }>;
  /** Resolves with the open response once a 2xx status arrives; the caller reads and aborts it. */
  stream(request: KubeRequest): Promise<IncomingMessage>;
  close(): void;
}

export function buildUrl(server: string, path: string, query: Record<string, QueryValue> = {}): URL {
  const url = new URL(server.replace(/\/+$/, '') + path);
  for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
  return url;
}

function readBody(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
    // Destroyed mid-body (timeout, close): not always an 'error', never an 'end'.
    response.on('close', () => {
      if (!response.complete) reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    });
  });
}

const isResetByPeer = (error: NodeJS.ErrnoException): boolean => error.code === 'ECONNRESET' || error.code === 'EPIPE';

/** TCP keep-alive probes on an idle kept connection as client-go's dialer sends them, not Node's default of every second. */
const KEEP_ALIVE_PROBE_MS = 30_000;

/**
 * The agent for reads (lists, watches, metrics polls, liveness probes, logs): the one client-node
 * built (its TLS material) made again with keep-alive, so a poll every few seconds is a request on
 * an open connection, not a TCP (and on a real cluster a TLS) handshake and teardown each time.
 * Node's agent unrefs a free socket, so a kept connection never holds the process open, and arms no
 * timer for it. A proxy's agent is not plain HTTP(S) and is left as it is (undefined: reads share it).
 */
export function keepAliveAgentLike(agent: http.Agent | undefined): http.Agent | undefined {
  if (!agent || (agent.constructor !== http.Agent && agent.constructor !== https.Agent)) return undefined;
  const { options } = agent as http.Agent & { options?: http.AgentOptions };
  if (!options) return undefined;
  const Agent = agent.constructor as typeof http.Agent;
  return new Agent({ ...options, keepAlive: true, keepAliveMsecs: KEEP_ALIVE_PROBE_MS });
}

export async function createHttpClient(config: KubeConfig): Promise<HttpClient> {
  const cluster = config.getCurrentCluster();
  if (!cluster) throw new Error('kubeconfig has no current cluster');
  const server = cluster.server.replace(/\/+$/, '');
  const user = config.getCurrentUser();
  // exec plugins and auth providers hand out tokens that can change. Like client-go, the credential
  // is kept until the server answers 401 (client-node itself re-runs a plugin whose credential has
  // an expirationTimestamp once it passes); then it is asked for again and the request is sent
  // once more. That is safe for writes too: a 401 is refused before anything is done.
  const dynamicAuth = Boolean(user?.exec || user?.authProvider);
  let cachedAuth: Promise<OutgoingHttpHeaders> | undefined;

  const base: https.RequestOptions = {};
  await config.applyToHTTPSOptions(base);
  // Writes get a connection of their own, as before: a write sent on a kept-alive connection the
  // server is closing at that moment fails with its outcome unknown.
  const agent = base.agent as http.Agent;
  const readAgent = keepAliveAgentLike(agent);

  const headersOf = (opts: https.RequestOptions): OutgoingHttpHeaders => {
    const result: OutgoingHttpHeaders = { ...(opts.headers as OutgoingHttpHeaders | undefined) };
    if (opts.auth) result.authorization = `Basic ${Buffer.from(opts.auth).toString('base64')}`;
    return result;
  };
  // Building the agent above already ran the plugin once: that credential is the first one used.
  if (dynamicAuth) cachedAuth = Promise.resolve(headersOf(base));

  async function freshHeaders(): Promise<OutgoingHttpHeaders> {
    if (!dynamicAuth) return headersOf(base);
    const opts: https.RequestOptions = {};
    await config.applyToHTTPSOptions(opts);
    return headersOf(opts);
  }

  function headers(): Promise<OutgoingHttpHeaders> {
    if (!dynamicAuth) return freshHeaders();
    cachedAuth ??= freshHeaders().catch((error: unknown) => {
      cachedAuth = undefined;
      throw error;
    });
    return cachedAuth;
  }

  // Requests in flight, so close() (Ctrl-c) can end them instead of waiting for their answers.
  const inFlight = new Set<http.ClientRequest>();
  let closed = false;
  const closedError = (): Error => Object.assign(new Error('closed'), { code: 'KILO_CLOSED' });

  interface Exchange {
    response: IncomingMessage;
    /** Stops the request's timer: for streams once the status arrived, else once the body is read. */
    done(): void;
    /** The timeout ended it (its error says so, whatever the socket reported). */
    timeout?: Error;
  }

  /**
   * Sends a request; resolves at the response headers. The timeout covers the whole exchange
   * until done() is called, so a server that answers the headers and then stalls times out too.
   */
  function send(request: KubeRequest, auth: Promise<OutgoingHttpHeaders> = headers(), retryOnFresh = request.method === 'GET'): Promise<Exchange> {
    if (closed) return Promise.reject(networkError(closedError(), server, false));
    return auth.then(
      (auth) =>
        new Promise<Exchange>((resolve, reject) => {
          const url = buildUrl(server, request.path, request.query);
          const body = request.body === undefined ? undefined : JSON.stringify(request.body);
          const requestHeaders: OutgoingHttpHeaders = { accept: request.accept ?? 'application/json', ...auth };
          if (request.ifNoneMatch !== undefined) requestHeaders['if-none-match'] = request.ifNoneMatch;
          if (body !== undefined) {
            requestHeaders['content-type'] = request.contentType ?? 'application/json';
            requestHeaders['content-length'] = Buffer.byteLength(body);
          }
          const transport = url.protocol === 'http:' ? http : https;
          const reads = request.method === 'GET' && readAgent !== undefined;
          const req = transport.request(url, { method: request.method, headers: requestHeaders, agent: reads ? readAgent : agent, signal: request.signal });
          inFlight.add(req);
          // 'finish': the whole request was handed to the socket. Before that the server cannot
          // have acted on it, which is what makes resending a failed write safe.
          let sent = false;
          req.on('finish', () => (sent = true));
          let timer: NodeJS.Timeout | undefined;
          const done = (): void => {
            if (timer) clearTimeout(timer);
            timer = undefined;
            inFlight.delete(req);
          };
          const exchange: Partial<Exchange> = { done };
          if (request.timeoutMs !== undefined) {
            const limit = request.timeoutMs;
            timer = setTimeout(() => {
              exchange.timeout = Object.assign(new Error(formatSeconds(limit)), { code: 'KILO_TIMEOUT' });
              req.destroy(exchange.timeout);
            }, limit);
            timer.unref();
          }
          req.on('close', () => inFlight.delete(req));
          req.on('response', (response) => resolve(Object.assign(exchange, { response }) as Exchange));
          req.on('error', (error: NodeJS.ErrnoException) => {
            done();
            // A kept-alive connection the server closed as this GET went out: asked again on a new one.
            if (retryOnFresh && req.reusedSocket && !exchange.timeout && isResetByPeer(error)) {
              send(request, Promise.resolve(auth), false).then(resolve, reject);
              return;
            }
            reject(error.name === 'AbortError' ? error : networkError(error, server, sent));
          });
          req.end(body);
        }),
    );
  }

  async function checked(request: KubeRequest): Promise<Exchange> {
    const used = headers();
    let exchange = await send(request, used);
    if (dynamicAuth && exchange.response.statusCode === 401) {
      exchange.response.resume();
      exchange.done();
      // Another request may already have refreshed it; otherwise ask the plugin again.
      if (cachedAuth === used) cachedAuth = undefined;
      exchange = await send(request);
    }
    const { response } = exchange;
    const status = response.statusCode ?? 0;
    if ((status >= 200 && status < 300) || (status === 304 && request.ifNoneMatch !== undefined)) return exchange;
    const text = await readBody(response).catch(() => '');
    exchange.done();
    if (exchange.timeout) throw networkError(exchange.timeout, server, true);
    const retryAfter = response.headers['retry-after'];
    throw kubeErrorFromResponse(status, text, Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
  }

  async function text(request: KubeRequest): Promise<string> {
    const exchange = await checked(request);
    try {
      return await readBody(exchange.response);
    } catch (error) {
      // The request was answered, so it reached the server.
      throw (error as Error).name === 'AbortError' ? error : networkError(exchange.timeout ?? error, server, true);
    } finally {
      exchange.done();
    }
  }

  const parse = <T>(body: string): T => {
    try {
      return (body ? JSON.parse(body) : undefined) as T;
    } catch {
      // A proxy or a dying server cut the answer off: whatever was asked reached the server.
      throw new KubeError(NETWORK_ERROR_STATUS, 'InvalidResponse', `${server} sent an answer that is not valid JSON (cut off?)`, { requestSent: true });
    }
  };

  return {
    server,
    text,
    async json<T>(request: KubeRequest): Promise<T> {
      return parse<T>(await text(request));
    },
    async cachedJson<T>(request: KubeRequest) {
      const exchange = await checked(request);
      try {
        if (exchange.response.statusCode === 304) {
          exchange.response.resume();
          return { notModified: true as const };
        }
        const body = parse<T>(await readBody(exchange.response));
        const etag = exchange.response.headers.etag;
        return { notModified: false as const, body, ...(etag ? { etag } : {}) };
      } catch (error) {
        if (error instanceof KubeError) throw error;
        throw (error as Error).name === 'AbortError' ? error : networkError(exchange.timeout ?? error, server, true);
      } finally {
        exchange.done();
      }
    },
    async stream(request: KubeRequest): Promise<IncomingMessage> {
      const exchange = await checked(request);
      exchange.done();
      return exchange.response;
    },
    close: () => {
      closed = true;
      for (const req of [...inFlight]) req.destroy(closedError());
      inFlight.clear();
      agent.destroy();
      readAgent?.destroy();
    },
  };
}
