// A small Kubernetes-like API server over an ObjectStore for kube/ tests: list, watch (with
// resume and 410), get, delete with preconditions, merge/strategic/json patches, scale, logs and
// /version, plus knobs to fail requests, end watches and stop/restart on the same port.
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from '../../src/demo/apiErrors.js';
import { ObjectStore, RESOURCE_NAMES } from '../../src/demo/objectStore.js';
import type { StoreEvent } from '../../src/demo/objectStore.js';
import type { KubeObject, ResourceKind } from '../../src/domain/resources.js';
import { applyJsonPatch, mergePatch } from './patches.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string;
  body: unknown;
}

interface Failure {
  method?: string;
  pathIncludes?: string;
  watch?: boolean;
  status: number;
  remaining: number;
}

export interface FakeApiServer {
  readonly url: string;
  readonly port: number;
  readonly store: ObjectStore;
  readonly requests: RecordedRequest[];
  /** Answers the next `times` matching requests with `status` and a Status body. */
  failNext(match: { method?: string; pathIncludes?: string; watch?: boolean }, status: number, times?: number): void;
  /** Sends an ERROR event with this code on every open watch, then ends them. */
  sendWatchError(code: number): void;
  /** Sends a BOOKMARK carrying only this resourceVersion on every open watch. */
  sendBookmark(resourceVersion: string): void;
  /** Ends every open watch normally, as a server-side timeout does. */
  endWatches(): void;
  openWatchCount(): number;
  /** Log text per pod; `followers` get appended text live. */
  appendLog(pod: string, text: string | Buffer): void;
  endLogStreams(pod: string): void;
  logFollowerCount(pod: string): number;
  stop(): Promise<void>;
  restart(): Promise<void>;
}

const KIND_BY_RESOURCE = new Map<string, ResourceKind>(Object.entries(RESOURCE_NAMES).map(([kind, resource]) => [resource, kind as ResourceKind]));

const ROUTE = /^\/(?:api\/v1|apis\/apps\/v1)\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+))?(?:\/([^/]+))?$/;

function sendJson(res: ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sendStatus(res: ServerResponse, code: number, reason = 'InternalError', message = `injected ${code}`): void {
  sendJson(res, code, { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason, message, code });
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve(text ? JSON.parse(text) : undefined);
    });
  });
}

export async function startFakeApiServer(options: { store?: ObjectStore; port?: number } = {}): Promise<FakeApiServer> {
  const store = options.store ?? new ObjectStore();
  const requests: RecordedRequest[] = [];
  const failures: Failure[] = [];
  const watches = new Set<{ res: ServerResponse; unsubscribe: () => void }>();
  const logs = new Map<string, Buffer>();
  const logFollowers = new Map<string, Set<ServerResponse>>();

  function takeFailure(method: string, path: string, isWatch: boolean): number | undefined {
    const failure = failures.find(
      (f) => f.remaining > 0 && (!f.method || f.method === method) && (!f.pathIncludes || path.includes(f.pathIncludes)) && (f.watch === undefined || f.watch === isWatch),
    );
    if (!failure) return undefined;
    failure.remaining -= 1;
    return failure.status;
  }

  function startWatch(res: ServerResponse, kind: ResourceKind, namespace: string, fromVersion: number): void {
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    const write = (event: StoreEvent): void => {
      res.write(JSON.stringify({ type: event.type, object: event.object }) + '\n');
    };
    let backlog: StoreEvent[];
    try {
      backlog = store.eventsSince(kind, fromVersion, namespace);
    } catch (error) {
      // Like a real API server: 200, then an ERROR event carrying the 410 Status.
      res.end(JSON.stringify({ type: 'ERROR', object: (error as ApiError).toStatus() }) + '\n');
      return;
    }
    backlog.forEach(write);
    const unsubscribe = store.subscribe((event) => {
      if (event.kind === kind && event.object.metadata.namespace === namespace) write(event);
    });
    const entry = { res, unsubscribe };
    watches.add(entry);
    res.on('close', () => {
      unsubscribe();
      watches.delete(entry);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    const isWatch = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
    requests.push({ method, path: url.pathname, query: url.searchParams, contentType: req.headers['content-type'] ?? '', body });
    const injected = takeFailure(method, url.pathname, isWatch);
    if (injected !== undefined) return sendStatus(res, injected, injected === 403 ? 'Forbidden' : injected === 410 ? 'Expired' : 'InternalError');
    if (url.pathname === '/version') return sendJson(res, 200, { major: '1', minor: '31', gitVersion: 'v1.31.0-fake' });

    const match = ROUTE.exec(url.pathname);
    const kind = match ? KIND_BY_RESOURCE.get(match[2]) : undefined;
    if (!match || !kind) return sendStatus(res, 404, 'NotFound', `the server could not find the requested resource`);
    const [, namespace, , name, subresource] = match;
    const dryRun = url.searchParams.get('dryRun') === 'All';

    if (!name && method === 'GET') {
      if (isWatch) return startWatch(res, kind, namespace, Number(url.searchParams.get('resourceVersion') ?? store.resourceVersion));
      return sendJson(res, 200, { kind: `${kind}List`, metadata: { resourceVersion: String(store.resourceVersion) }, items: store.list(kind, namespace) });
    }
    if (name && subresource === 'log') return serveLog(res, name, url.searchParams.get('follow') === 'true');
    if (name && subresource === 'scale' && method === 'PATCH') {
      const replicas = (body as { spec: { replicas: number } }).spec.replicas;
      store.require(kind, namespace, name);
      if (!dryRun) store.mutate(kind, namespace, name, (obj) => ({ ...obj, spec: { ...(obj as KubeObject & { spec: { replicas?: number } }).spec, replicas } }) as KubeObject);
      return sendJson(res, 200, { kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: { name, namespace }, spec: { replicas } });
    }
    if (name && subresource === 'scale' && method === 'PUT') {
      // A Scale carrying uid and resourceVersion: both checked against the object (409 when stale).
      const scale = body as { metadata: { uid?: string; resourceVersion?: string }; spec: { replicas: number } };
      const current = store.require(kind, namespace, name) as KubeObject & { spec: { replicas?: number } };
      if (scale.metadata.uid && scale.metadata.uid !== current.metadata.uid) return sendStatus(res, 409, 'Conflict', `Precondition failed: UID in precondition: ${scale.metadata.uid}, UID in object meta: ${current.metadata.uid}`);
      const next = { ...current, metadata: { ...current.metadata, resourceVersion: scale.metadata.resourceVersion }, spec: { ...current.spec, replicas: scale.spec.replicas } };
      const updated = store.update(next as KubeObject, { dryRun });
      return sendJson(res, 200, { kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: { name, namespace, uid: updated.metadata.uid, resourceVersion: updated.metadata.resourceVersion }, spec: { replicas: scale.spec.replicas } });
    }
    if (name && method === 'GET') return sendJson(res, 200, store.require(kind, namespace, name));
    if (name && method === 'DELETE') {
      const options = (body ?? {}) as { preconditions?: { uid?: string; resourceVersion?: string } };
      return sendJson(res, 200, store.delete(kind, namespace, name, { preconditions: options.preconditions, dryRun }));
    }
    if (name && method === 'PATCH') {
      const current = store.require(kind, namespace, name);
      const contentType = req.headers['content-type'] ?? '';
      const next = contentType === 'application/json-patch+json' ? applyJsonPatch(current, body as never) : mergePatch(current, body);
      return sendJson(res, 200, store.update(next as KubeObject, { dryRun, checkVersion: false }));
    }
    return sendStatus(res, 405, 'MethodNotAllowed', `${method} not supported`);
  }

  function serveLog(res: ServerResponse, pod: string, follow: boolean): void {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write(logs.get(pod) ?? Buffer.alloc(0));
    if (!follow) return void res.end();
    const set = logFollowers.get(pod) ?? new Set<ServerResponse>();
    logFollowers.set(pod, set.add(res));
    res.on('close', () => set.delete(res));
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof ApiError) sendJson(res, error.code, error.toStatus());
      else sendStatus(res, 500, 'InternalError', String(error));
    });
  });
  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const port = await listen(options.port ?? 0);

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    requests,
    failNext: (match, status, times = 1) => void failures.push({ ...match, status, remaining: times }),
    sendWatchError(code) {
      for (const { res } of [...watches]) res.end(JSON.stringify({ type: 'ERROR', object: { kind: 'Status', code, reason: 'Expired', message: `injected ${code}` } }) + '\n');
    },
    sendBookmark(resourceVersion) {
      const line = JSON.stringify({ type: 'BOOKMARK', object: { kind: 'Pod', apiVersion: 'v1', metadata: { resourceVersion } } }) + '\n';
      for (const { res } of watches) res.write(line);
    },
    endWatches: () => [...watches].forEach(({ res }) => res.end()),
    openWatchCount: () => watches.size,
    appendLog(pod, text) {
      const bytes = Buffer.from(text);
      logs.set(pod, Buffer.concat([logs.get(pod) ?? Buffer.alloc(0), bytes]));
      for (const res of logFollowers.get(pod) ?? []) res.write(bytes);
    },
    logFollowerCount: (pod) => logFollowers.get(pod)?.size ?? 0,
    endLogStreams: (pod) => [...(logFollowers.get(pod) ?? [])].forEach((res) => res.end()),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    restart: async () => void (await listen(port)),
  };
}
