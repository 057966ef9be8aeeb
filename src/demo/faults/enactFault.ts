// Enacts one fault on one request: the failures a real API server, proxy or network produce
// (error statuses with Retry-After, resets before or after a write is applied, slow answers,
// stalls, cut-off JSON, watches that end or expire, lists with invalid items).
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { ServerResponse, STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import type { FaultInjector } from './faultInjector.js';
import type { FaultRule } from './faultSpec.js';

export type Serve = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

/**
 * What RBAC's authorizer says, word for word as kube-apiserver does:
 * `pods is forbidden: User "x" cannot list resource "pods" in API group "" in the namespace "kube-system"`.
 */
export function forbiddenStatus(req: IncomingMessage): { message: string; details: Record<string, string> } {
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  const parts = url.pathname.split('/').filter(Boolean);
  // /api/v1/... or /apis/{group}/{version}/...
  const group = parts[0] === 'apis' ? (parts[1] ?? '') : '';
  const rest = parts.slice(parts[0] === 'apis' ? 3 : 2);
  const namespaced = rest[0] === 'namespaces' && rest.length >= 3;
  const namespace = namespaced ? rest[1] : undefined;
  const [resource = '', name] = namespaced ? rest.slice(2) : rest;
  const watch = ['true', '1'].includes(url.searchParams.get('watch') ?? '');
  const verbs: Record<string, string> = { GET: name ? 'get' : watch ? 'watch' : 'list', DELETE: 'delete', PATCH: 'patch', PUT: 'update', POST: 'create' };
  const verb = verbs[req.method ?? 'GET'] ?? 'get';
  const what = name ? `${resource} "${name}"` : resource;
  const scope = namespace ? ` in the namespace "${namespace}"` : name ? '' : ' at the cluster scope';
  return {
    message: `${what} is forbidden: User "system:serviceaccount:default:kilo-viewer" cannot ${verb} resource "${resource}" in API group "${group}"${scope}`,
    details: { ...(name ? { name } : {}), ...(group ? { group } : {}), kind: resource },
  };
}

function sendStatus(res: ServerResponse, rule: FaultRule, req: IncomingMessage): void {
  const code = rule.code ?? 500;
  const retryAfter = rule.retryAfterSeconds;
  const forbidden = code === 403 ? forbiddenStatus(req) : undefined;
  const message = code === 429 ? 'Too many requests, please try again later.' : forbidden ? forbidden.message : `injected ${code} ${STATUS_CODES[code] ?? ''}`.trim();
  const body = JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason: REASONS[code] ?? 'InternalError',
    ...(retryAfter !== undefined ? { details: { ...forbidden?.details, retryAfterSeconds: retryAfter } } : forbidden ? { details: forbidden.details } : {}),
    code,
  });
  const headers: OutgoingHttpHeaders = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) };
  if (retryAfter !== undefined) headers['Retry-After'] = String(retryAfter);
  res.writeHead(code, headers);
  res.end(body);
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    // A client that gave up still sent what it sent: the server acts on a complete request.
    req.on('error', () => resolve(Buffer.concat(chunks)));
    req.on('aborted', () => resolve(Buffer.concat(chunks)));
  });
}

/** The request again, its body already read, so it can be served after the socket is gone. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  return Object.assign(Readable.from(body.length ? [body] : []), {
    method: req.method,
    url: req.url,
    headers: req.headers,
    socket: req.socket,
  }) as unknown as IncomingMessage;
}

/**
 * Captures what a handler answers instead of sending it; `finish` gets the status, the headers
 * and the whole body (for non-streaming answers).
 */
function intercept(res: ServerResponse, finish: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => void): void {
  let status = 200;
  let headers: OutgoingHttpHeaders = {};
  const chunks: Buffer[] = [];
  const toBuffer = (chunk: unknown): Buffer => (Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  Object.assign(res, {
    writeHead: (code: number, h?: OutgoingHttpHeaders) => {
      status = code;
      headers = { ...h };
      return res;
    },
    flushHeaders: () => {},
    write: (chunk: unknown) => {
      chunks.push(toBuffer(chunk));
      return true;
    },
    end: (chunk?: unknown) => {
      if (chunk !== undefined && typeof chunk !== 'function') chunks.push(toBuffer(chunk));
      finish(status, headers, Buffer.concat(chunks));
      return res;
    },
  });
}

function sendBody(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: Buffer): void {
  const clean: OutgoingHttpHeaders = {};
  for (const [key, value] of Object.entries(headers)) if (!/^(content-length|transfer-encoding)$/i.test(key)) clean[key] = value;
  // The prototype's methods: intercept() replaced the instance's own.
  ServerResponse.prototype.writeHead.call(res, status, { ...clean, 'Content-Length': body.length });
  (ServerResponse.prototype.end as (this: ServerResponse, chunk: Buffer) => ServerResponse).call(res, body);
}

/** A list answer with two items no API object can be: `{"metadata":null}` and `42`. */
function withInvalidItems(body: Buffer): Buffer {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { items?: unknown[] };
    if (!Array.isArray(parsed.items)) return body;
    parsed.items.splice(Math.min(1, parsed.items.length), 0, { metadata: null }, 42);
    return Buffer.from(JSON.stringify(parsed));
  } catch {
    return body;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function enactFault(rule: FaultRule, req: IncomingMessage, res: ServerResponse, serve: Serve, injector: FaultInjector, watch: boolean): Promise<void> {
  switch (rule.fault) {
    case 'status':
      return sendStatus(res, rule, req);
    case 'reset-before':
      req.socket.destroy();
      return;
    case 'reset-after': {
      const request = replay(req, await readAll(req));
      if (watch) {
        req.socket.destroy();
        return;
      }
      intercept(res, () => req.socket.destroy());
      return serve(request, res);
    }
    case 'slow':
      await sleep(rule.delayMs ?? 2000);
      return serve(req, res);
    case 'stall': {
      const request = replay(req, await readAll(req));
      await injector.stalled();
      return serve(request, res);
    }
    case 'truncate':
      if (watch) {
        res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
        res.end('{"type":"ADDED","object":{"kind":');
        return;
      }
      intercept(res, (status, headers, body) => sendBody(res, status, headers, body.subarray(0, Math.floor(body.length / 2))));
      return serve(req, res);
    case 'watch-end':
    case 'watch-expire':
      if (!watch) return serve(req, res);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
      if (rule.fault === 'watch-expire') {
        const status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'too old resource version: injected', reason: 'Expired', code: 410 };
        res.write(`${JSON.stringify({ type: 'ERROR', object: status })}\n`);
      }
      res.end();
      return;
    case 'invalid-items':
      if (watch) return serve(req, res);
      intercept(res, (status, headers, body) => sendBody(res, status, headers, status === 200 ? withInvalidItems(body) : body));
      return serve(req, res);
  }
}
