import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rfc3339Nano } from '../../src/demo/http/logQuery.js';
import { startDemoServer, type DemoServer } from '../../src/demo/server.js';
import { call, openStream } from './serverHttpClient.js';
import { createTestCluster, NAMESPACE, START, type TestCluster } from './serverTestCluster.js';

const PODS = `/api/v1/namespaces/${NAMESPACE}/pods`;

let cluster: TestCluster;
let server: DemoServer;

beforeEach(async () => {
  cluster = createTestCluster();
  server = await startDemoServer({ store: cluster.store, logs: cluster.logs, clock: cluster.clock });
});
afterEach(() => server.close());

describe('pod logs', () => {
  it('returns the lines as text, with RFC3339Nano timestamps on request, honouring tailLines and sinceSeconds', async () => {
    const plain = await call(server.url, 'GET', `${PODS}/web-b2-running/log`);
    expect(plain.status).toBe(200);
    expect(plain.text).toBe('server started\nGET /health 200\n');
    const stamped = await call(server.url, 'GET', `${PODS}/web-b2-running/log?timestamps=true&tailLines=1`);
    expect(stamped.text).toBe('2026-01-06T11:59:59Z GET /health 200\n');
    expect((await call(server.url, 'GET', `${PODS}/web-b2-running/log?sinceSeconds=2`)).text).toBe('GET /health 200\n');
    expect((await call(server.url, 'GET', `${PODS}/web-b2-running/log?limitBytes=6`)).text).toBe('server');
  });

  it('formats timestamps like Go RFC3339Nano, trimming trailing zeros', () => {
    expect(rfc3339Nano(START + 120)).toBe('2026-01-06T12:00:00.12Z');
    expect(rfc3339Nano(START)).toBe('2026-01-06T12:00:00Z');
  });

  it('answers with the kubelet wording for previous and waiting containers', async () => {
    const noPrevious = await call(server.url, 'GET', `${PODS}/web-b2-running/log?previous=true`);
    expect(noPrevious.status).toBe(400);
    expect(noPrevious.body).toMatchObject({ kind: 'Status', reason: 'BadRequest', message: 'previous terminated container "web" in pod "web-b2-running" not found' });
    const waiting = await call(server.url, 'GET', `${PODS}/web-b2-pending/log`);
    expect(waiting.status).toBe(400);
    expect(waiting.body.message).toBe('container "web" in pod "web-b2-pending" is waiting to start: ContainerCreating');
    expect((await call(server.url, 'GET', `${PODS}/web-b2-crashing/log?previous=true`)).text).toBe('previous instance crashed\n');
    expect((await call(server.url, 'GET', `${PODS}/web-b2-running/log?container=db`)).body.message).toBe('container db is not valid for pod web-b2-running');
    expect((await call(server.url, 'GET', `${PODS}/nope/log`)).status).toBe(404);
  });

  it('follows: streams lines appended later and ends when the instance ends', async () => {
    const stream = openStream(`${server.url}${PODS}/web-b2-running/log?follow=true`);
    expect(await stream.waitForLines(2)).toEqual(['server started', 'GET /health 200']);
    cluster.logs.append('web-b2-running', { time: START, text: 'GET /orders 200' });
    expect((await stream.waitForLines(3))[2]).toBe('GET /orders 200');
    cluster.logs.end('web-b2-running');
    await stream.ended;
    expect(cluster.logs.followerCount('web-b2-running')).toBe(0);
  });

  it('does not follow a container that is not running, and stops following when the client or server goes away', async () => {
    const crashing = await call(server.url, 'GET', `${PODS}/web-b2-crashing/log?follow=true`);
    expect(crashing.status).toBe(200);
    expect(cluster.logs.followerCount('web-b2-crashing')).toBe(0);

    const client = openStream(`${server.url}${PODS}/web-b2-running/log?follow=true`);
    await client.waitForLines(2);
    expect(cluster.logs.followerCount('web-b2-running')).toBe(1);
    client.close();
    await new Promise<void>((resolve) => {
      const poll = (): void => (cluster.logs.followerCount('web-b2-running') === 0 ? resolve() : void setImmediate(poll));
      poll();
    });

    const open = openStream(`${server.url}${PODS}/web-b2-running/log?follow=true`);
    await open.waitForLines(2);
    await server.close();
    await open.ended;
    expect(cluster.logs.followerCount('web-b2-running')).toBe(0);
    server = await startDemoServer({ store: cluster.store, logs: cluster.logs, clock: cluster.clock });
  });
});
