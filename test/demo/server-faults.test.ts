// The demo server's fault mode: each fault as a client meets it, off by default, changed at run
// time, and every request recorded. Also the watch cache window: a watch from before the server
// started gets 410 Gone, as from a real API server, instead of a replay from the beginning.
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FaultSpecError, parseFaultSpec } from '../../src/demo/faults/faultSpec.js';
import { startDemoServer, type DemoServer } from '../../src/demo/server.js';
import { call, openStream } from './serverHttpClient.js';
import { createTestCluster, NAMESPACE, type TestCluster } from './serverTestCluster.js';

const RS = `/apis/apps/v1/namespaces/${NAMESPACE}/replicasets`;

let cluster: TestCluster;
let server: DemoServer;

beforeEach(async () => {
  cluster = createTestCluster();
  server = await startDemoServer({ store: cluster.store, logs: cluster.logs, clock: cluster.clock });
});
afterEach(async () => {
  await server.close();
});

/** A request whose socket may be reset: resolves with the status, or with the socket error's code. */
const attempt = (method: string, path: string, body?: unknown): Promise<number | string> =>
  new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(`${server.url}${path}`, { method, headers: payload ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) } : {} });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    req.end(payload);
  });

describe('parseFaultSpec', () => {
  it('reads rules of key=value pairs separated by ;', () => {
    expect(parseFaultSpec('fault=429,retry-after=2,method=delete,times=1; fault=stall,path=/version;fault=watch-expire,watch=true,skip=2')).toEqual([
      { fault: 'status', code: 429, retryAfterSeconds: 2, method: 'DELETE', times: 1 },
      { fault: 'stall', path: '/version' },
      { fault: 'watch-expire', watch: true, skip: 2 },
    ]);
  });

  it('refuses what it does not know with one line', () => {
    expect(() => parseFaultSpec('fault=boom')).toThrow(FaultSpecError);
    expect(() => parseFaultSpec('fault=200')).toThrow(/not an error status/);
    expect(() => parseFaultSpec('fault=500,colour=red')).toThrow(/unknown key 'colour'/);
    expect(() => parseFaultSpec('method=GET')).toThrow(/no fault=/);
    expect(() => parseFaultSpec('fault=slow,ms=soon')).toThrow(/whole number/);
  });
});

describe('demo server fault mode', () => {
  it('is off by default and records every request', async () => {
    expect((await call(server.url, 'GET', RS)).status).toBe(200);
    expect(server.faults.requests).toEqual([{ method: 'GET', path: RS, query: '', watch: false, at: expect.any(Number) }]);
  });

  it('answers 429 with Retry-After for the first matching requests only', async () => {
    server.setFaults(parseFaultSpec(`fault=429,retry-after=3,method=DELETE,path=${RS}/*,times=1`));
    const throttled = await call(server.url, 'DELETE', `${RS}/web-a1`);
    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({ kind: 'Status', reason: 'TooManyRequests', code: 429, details: { retryAfterSeconds: 3 } });
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')).toBeDefined();
    expect((await call(server.url, 'GET', RS)).status).toBe(200);
    expect((await call(server.url, 'DELETE', `${RS}/web-a1`)).status).toBe(200);
    expect(server.faults.count('DELETE', `${RS}/*`)).toBe(2);
    expect(server.faults.requests.map((r) => r.fault)).toEqual(['429', undefined, undefined]);
  });

  it('sends Retry-After as a header too', async () => {
    server.setFaults([{ fault: 'status', code: 503, retryAfterSeconds: 1 }]);
    const headers = await new Promise<Record<string, unknown>>((resolve) => request(`${server.url}${RS}`, (res) => resolve(res.headers)).end());
    expect(headers['retry-after']).toBe('1');
  });

  it('resets the connection after applying a write, or before reading it', async () => {
    server.setFaults([{ fault: 'reset-after', method: 'DELETE' }]);
    expect(await attempt('DELETE', `${RS}/web-a1`)).toBe('ECONNRESET');
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')).toBeUndefined();
    server.setFaults([{ fault: 'reset-before', method: 'DELETE' }]);
    expect(await attempt('DELETE', `${RS}/web-b2`)).toBe('ECONNRESET');
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-b2')).toBeDefined();
  });

  it('stalls until the rules change, then serves what it held (as after SIGCONT)', async () => {
    server.setFaults([{ fault: 'stall' }]);
    let answered = false;
    const pending = attempt('DELETE', `${RS}/web-a1`, { kind: 'DeleteOptions', apiVersion: 'v1' }).then((status) => ((answered = true), status));
    await new Promise((r) => setTimeout(r, 150));
    expect(answered).toBe(false);
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')).toBeDefined();
    server.setFaults([]);
    expect(await pending).toBe(200);
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')).toBeUndefined();
  });

  it('slows answers down', async () => {
    server.setFaults([{ fault: 'slow', delayMs: 300 }]);
    const started = Date.now();
    expect((await call(server.url, 'GET', RS)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('cuts JSON in half and adds invalid items to lists', async () => {
    server.setFaults([{ fault: 'truncate', method: 'GET' }]);
    const cut = await call(server.url, 'GET', RS);
    expect(cut.status).toBe(200);
    expect(() => JSON.parse(cut.text)).toThrow();
    server.setFaults([{ fault: 'invalid-items', watch: false }]);
    const list = await call(server.url, 'GET', RS);
    expect(list.body.items).toHaveLength(4);
    expect(list.body.items).toContainEqual({ metadata: null });
    expect(list.body.items).toContain(42);
  });

  it('ends watches silently or with a 410 Expired event', async () => {
    server.setFaults([{ fault: 'watch-end', watch: true, times: 1 }, { fault: 'watch-expire', watch: true }]);
    const silent = openStream(`${server.url}${RS}?watch=true`);
    expect(await silent.status).toBe(200);
    await silent.ended;
    expect(silent.lines).toEqual([]);
    const expired = openStream(`${server.url}${RS}?watch=true&resourceVersion=${cluster.store.resourceVersion}`);
    await expired.ended;
    expect(expired.lines.map((l) => JSON.parse(l))).toEqual([{ type: 'ERROR', object: expect.objectContaining({ code: 410, reason: 'Expired' }) }]);
  });

  it('answers 403 for the matching path only', async () => {
    server.setFaults(parseFaultSpec(`fault=403,path=/api/v1/namespaces/*/pods`));
    expect((await call(server.url, 'GET', `/api/v1/namespaces/${NAMESPACE}/pods`)).status).toBe(403);
    expect((await call(server.url, 'GET', RS)).status).toBe(200);
  });
});

describe('watch cache window', () => {
  it('answers a watch from before the server started with 410 Gone, not a replay', async () => {
    const stream = openStream(`${server.url}${RS}?watch=true&resourceVersion=1`);
    expect(await stream.status).toBe(200);
    await stream.ended;
    expect(stream.lines.map((l) => JSON.parse(l))).toEqual([
      { type: 'ERROR', object: expect.objectContaining({ kind: 'Status', code: 410, reason: 'Expired', message: expect.stringContaining('too old resource version: 1') }) },
    ]);
  });

  it('still resumes from any version since the start', async () => {
    const from = cluster.store.resourceVersion;
    cluster.store.mutate('ReplicaSet', NAMESPACE, 'web-a1', (rs) => void (rs.metadata.labels = { changed: 'yes' }));
    const stream = openStream(`${server.url}${RS}?watch=true&resourceVersion=${from}`);
    const [line] = await stream.waitForLines(1);
    expect(JSON.parse(line)).toMatchObject({ type: 'MODIFIED', object: { metadata: { name: 'web-a1' } } });
    stream.close();
  });
});
