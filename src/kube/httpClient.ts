// Raw HTTP(S) to the API server with the kubeconfig's TLS material and credentials. We use
// node:http directly (not client-node's generated APIs) to control streaming, aborting and the
// exact content types of patches; client-node supplies the agent and the auth headers.
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import type { KubeConfig } from '@kubernetes/client-node';
import { kubeErrorFromResponse, networkError } from './errors.js';

export type QueryValue = string | number | boolean | undefined;

export interface KubeRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal;
  /** Aborts with a "timed out" network error when no response arrives in time. */
  timeoutMs?: number;
}

export interface HttpClient {
  readonly server: string;
  /** Sends a request and parses the JSON answer; non-2xx answers reject with KubeError. */
  json<T>(request: KubeRequest): Promise<T>;
  text(request: KubeRequest): Promise<string>;
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
  });
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
  const agent = base.agent as http.Agent;

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

  function send(request: KubeRequest, auth: Promise<OutgoingHttpHeaders> = headers()): Promise<IncomingMessage> {
    return auth.then(
      (auth) =>
        new Promise<IncomingMessage>((resolve, reject) => {
          const url = buildUrl(server, request.path, request.query);
          const body = request.body === undefined ? undefined : JSON.stringify(request.body);
          const requestHeaders: OutgoingHttpHeaders = { accept: 'application/json', ...auth };
          if (body !== undefined) {
            requestHeaders['content-type'] = request.contentType ?? 'application/json';
            requestHeaders['content-length'] = Buffer.byteLength(body);
          }
          const transport = url.protocol === 'http:' ? http : https;
          const req = transport.request(url, { method: request.method, headers: requestHeaders, agent, signal: request.signal });
          let timer: NodeJS.Timeout | undefined;
          if (request.timeoutMs !== undefined) {
            timer = setTimeout(() => {
              const error = Object.assign(new Error('timed out'), { code: 'KILO_TIMEOUT' });
              req.destroy(error);
            }, request.timeoutMs);
            timer.unref();
          }
          req.on('response', (response) => {
            if (timer) clearTimeout(timer);
            resolve(response);
          });
          req.on('error', (error) => {
            if (timer) clearTimeout(timer);
            reject(error.name === 'AbortError' ? error : networkError(error, server));
          });
          req.end(body);
        }),
    );
  }

  async function checked(request: KubeRequest): Promise<IncomingMessage> {
    const used = headers();
    let response = await send(request, used);
    if (dynamicAuth && response.statusCode === 401) {
      response.resume();
      // Another request may already have refreshed it; otherwise ask the plugin again.
      if (cachedAuth === used) cachedAuth = undefined;
      response = await send(request);
    }
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) return response;
    const text = await readBody(response).catch(() => '');
    throw kubeErrorFromResponse(status, text);
  }

  async function text(request: KubeRequest): Promise<string> {
    const response = await checked(request);
    try {
      return await readBody(response);
    } catch (error) {
      throw (error as Error).name === 'AbortError' ? error : networkError(error, server);
    }
  }

  return {
    server,
    text,
    async json<T>(request: KubeRequest): Promise<T> {
      const body = await text(request);
      return (body ? JSON.parse(body) : undefined) as T;
    },
    stream: checked,
    close: () => agent.destroy(),
  };
}
