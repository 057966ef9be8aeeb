import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReplicaSet } from '../../src/domain/resources.js';
import { ObjectStore } from '../../src/demo/objectStore.js';
import { startDemoServer, type DemoServer } from '../../src/demo/server.js';
import { call, openStream } from './serverHttpClient.js';
import { createTestCluster, NAMESPACE, type TestCluster } from './serverTestCluster.js';

const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json';
const RS = `/apis/apps/v1/namespaces/${NAMESPACE}/replicasets`;

let cluster: TestCluster;
let server: DemoServer;

beforeEach(async () => {
  cluster = createTestCluster();
  server = await startDemoServer({ store: cluster.store, logs: cluster.logs, clock: cluster.clock, port: 0, bookmarkIntervalMs: 1000 });
});
afterEach(() => server.close());

describe('discovery', () => {
  it('serves version, API versions, groups and resource lists with short names, categories and subresources', async () => {
    expect((await call(server.url, 'GET', '/version')).body.major).toBe('1');
    expect((await call(server.url, 'GET', '/api')).body.versions).toEqual(['v1']);
    const groups = (await call(server.url, 'GET', '/apis')).body.groups.map((g: { name: string }) => g.name);
    expect(groups).toEqual(['apps', 'apiextensions.k8s.io', 'batch', 'autoscaling', 'networking.k8s.io', 'discovery.k8s.io']);
    // autoscaling serves v2 (HorizontalPodAutoscalers, preferred) and v1 (for the Scale subresource).
    const autoscaling = (await call(server.url, 'GET', '/apis')).body.groups.find((g: { name: string }) => g.name === 'autoscaling');
    expect(autoscaling).toMatchObject({ versions: [{ version: 'v2' }, { version: 'v1' }], preferredVersion: { groupVersion: 'autoscaling/v2' } });
    const core = await call(server.url, 'GET', '/api/v1');
    expect(core.contentType).toBe('application/json');
    const pods = core.body.resources.find((r: { name: string }) => r.name === 'pods');
    expect(pods).toMatchObject({ kind: 'Pod', singularName: 'pod', namespaced: true, shortNames: ['po'], categories: ['all'] });
    expect(pods.verbs).toEqual(expect.arrayContaining(['get', 'list', 'watch', 'delete', 'patch']));
    expect(core.body.resources.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['pods/log', 'services', 'events', 'namespaces']));
    const apps = (await call(server.url, 'GET', '/apis/apps/v1')).body.resources;
    expect(apps.find((r: { name: string }) => r.name === 'deployments/scale')).toMatchObject({ group: 'autoscaling', version: 'v1', kind: 'Scale' });
    expect(apps.find((r: { name: string }) => r.name === 'replicasets').shortNames).toEqual(['rs']);
    expect((await call(server.url, 'GET', '/apis/autoscaling/v1')).status).toBe(200);
  });

  it('answers 404 Status for unknown paths and resources', async () => {
    for (const path of ['/openapi/v2', '/apis/policy/v1', '/api/v1/namespaces/shop/cronjobs', '/apis/apps/v1/namespaces/shop/deployments/web/bogus']) {
      const res = await call(server.url, 'GET', path);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ kind: 'Status', reason: 'NotFound', code: 404 });
    }
  });
});

describe('get and list', () => {
  it('gets one object and answers a Kubernetes-shaped 404 for a missing one', async () => {
    expect((await call(server.url, 'GET', `${RS}/web-a1`)).body.metadata.name).toBe('web-a1');
    const missing = await call(server.url, 'GET', `${RS}/nope`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ kind: 'Status', status: 'Failure', reason: 'NotFound', message: 'replicasets.apps "nope" not found', code: 404 });
  });

  it('lists with the store resourceVersion, label and field selectors, in a namespace and across all', async () => {
    const all = await call(server.url, 'GET', RS);
    expect(all.body.kind).toBe('ReplicaSetList');
    expect(all.body.metadata.resourceVersion).toBe(String(cluster.store.resourceVersion));
    expect(all.body.items.map((i: ReplicaSet) => i.metadata.name)).toEqual(['web-a1', 'web-b2']);
    const byLabel = await call(server.url, 'GET', `${RS}?labelSelector=${encodeURIComponent('pod-template-hash in (b2,zz),app')}`);
    expect(byLabel.body.items.map((i: ReplicaSet) => i.metadata.name)).toEqual(['web-b2']);
    const byField = await call(server.url, 'GET', `/api/v1/pods?fieldSelector=${encodeURIComponent('metadata.name=web-b2-running')}`);
    expect(byField.body.items).toHaveLength(1);
    expect((await call(server.url, 'GET', '/apis/apps/v1/replicasets')).body.items).toHaveLength(2);
    expect((await call(server.url, 'GET', '/apis/apps/v1/namespaces/other/replicasets')).body.items).toEqual([]);
    expect((await call(server.url, 'GET', `${RS}?labelSelector=a%20b`)).status).toBe(400);
  });

  it('pages with limit and continue tokens until no token is returned', async () => {
    const names: string[] = [];
    let token = '';
    let pages = 0;
    do {
      const page = await call(server.url, 'GET', `/api/v1/namespaces/${NAMESPACE}/pods?limit=2${token ? `&continue=${encodeURIComponent(token)}` : ''}`);
      names.push(...page.body.items.map((p: ReplicaSet) => p.metadata.name));
      token = page.body.metadata.continue ?? '';
      pages++;
    } while (token);
    expect(pages).toBe(2);
    expect(names).toEqual(['web-b2-crashing', 'web-b2-pending', 'web-b2-running']);
    expect((await call(server.url, 'GET', `${RS}?limit=1&continue=garbage`)).status).toBe(400);
  });

  it('answers Tables with rows whose object is partial metadata', async () => {
    const res = await call(server.url, 'GET', `/api/v1/namespaces/${NAMESPACE}/pods`, { accept: TABLE });
    expect(res.body.kind).toBe('Table');
    expect(res.body.columnDefinitions.map((c: { name: string }) => c.name).slice(0, 5)).toEqual(['Name', 'Ready', 'Status', 'Restarts', 'Age']);
    const crashing = res.body.rows.find((r: { cells: unknown[] }) => r.cells[0] === 'web-b2-crashing');
    expect(crashing.cells.slice(2, 4)).toEqual(['CrashLoopBackOff', '6 (45s ago)']);
    expect(crashing.object).toMatchObject({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: { name: 'web-b2-crashing' } });
    const one = await call(server.url, 'GET', `${RS}/web-b2?includeObject=None`, { accept: TABLE });
    expect(one.body.rows).toEqual([{ cells: expect.arrayContaining(['web-b2']) }]);
  });
});

describe('watch', () => {
  it('resumes after a resourceVersion and streams later changes as they happen', async () => {
    const rv = (await call(server.url, 'GET', RS)).body.metadata.resourceVersion;
    cluster.store.mutate<ReplicaSet>('ReplicaSet', NAMESPACE, 'web-a1', (rs) => void (rs.spec.replicas = 3));
    const stream = openStream(`${server.url}${RS}?watch=true&resourceVersion=${rv}`);
    const [first] = await stream.waitForLines(1);
    expect(JSON.parse(first)).toMatchObject({ type: 'MODIFIED', object: { metadata: { name: 'web-a1' }, spec: { replicas: 3 } } });
    cluster.store.delete('ReplicaSet', NAMESPACE, 'web-b2');
    const lines = await stream.waitForLines(2);
    expect(JSON.parse(lines[1])).toMatchObject({ type: 'DELETED', object: { metadata: { name: 'web-b2' } } });
    stream.close();
  });

  it('starts with ADDED events for current objects without a resourceVersion, on /watch/ paths too', async () => {
    const stream = openStream(`${server.url}/apis/apps/v1/watch/namespaces/${NAMESPACE}/replicasets`);
    const lines = await stream.waitForLines(2);
    expect(lines.map((l) => JSON.parse(l).type)).toEqual(['ADDED', 'ADDED']);
    stream.close();
  });

  it('reports a selected object that stops matching as DELETED', async () => {
    const stream = openStream(`${server.url}${RS}?watch=1&labelSelector=tier%3Dfront`);
    expect(await stream.status).toBe(200);
    cluster.store.mutate<ReplicaSet>('ReplicaSet', NAMESPACE, 'web-a1', (rs) => void (rs.metadata.labels = { ...rs.metadata.labels, tier: 'front' }));
    cluster.store.mutate<ReplicaSet>('ReplicaSet', NAMESPACE, 'web-b2', (rs) => void (rs.spec.replicas = 5));
    cluster.store.mutate<ReplicaSet>('ReplicaSet', NAMESPACE, 'web-a1', (rs) => void delete rs.metadata.labels!.tier);
    const lines = await stream.waitForLines(2);
    expect(lines.map((l) => [JSON.parse(l).type, JSON.parse(l).object.metadata.name])).toEqual([['ADDED', 'web-a1'], ['DELETED', 'web-a1']]);
    stream.close();
  });

  it('answers a too-old resourceVersion with a 410 Expired ERROR event and ends the stream', async () => {
    const store = new ObjectStore(cluster.clock, 2);
    const small = await startDemoServer({ store, logs: cluster.logs, clock: cluster.clock });
    try {
      for (const name of ['a', 'b', 'c', 'd']) store.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, uid: '' } });
      const stream = openStream(`${small.url}/api/v1/namespaces?watch=true&resourceVersion=1`);
      expect(await stream.status).toBe(200);
      await stream.ended;
      expect(stream.lines.map((l) => JSON.parse(l))).toEqual([
        { type: 'ERROR', object: expect.objectContaining({ kind: 'Status', code: 410, reason: 'Expired' }) },
      ]);
    } finally {
      await small.close();
    }
  });

  it('sends BOOKMARK events when allowed and ends at timeoutSeconds, both on the injected clock', async () => {
    const stream = openStream(`${server.url}${RS}?watch=true&resourceVersion=${cluster.store.resourceVersion}&allowWatchBookmarks=true&timeoutSeconds=5`);
    expect(await stream.status).toBe(200);
    cluster.clock.advance(1000);
    const [bookmark] = await stream.waitForLines(1);
    expect(JSON.parse(bookmark)).toEqual({ type: 'BOOKMARK', object: { kind: 'ReplicaSet', apiVersion: 'apps/v1', metadata: { resourceVersion: String(cluster.store.resourceVersion) } } });
    cluster.clock.advance(4000);
    await stream.ended;
    expect(stream.lines.every((l) => JSON.parse(l).type === 'BOOKMARK')).toBe(true);
  });

  it('streams Table events with one row each when the watch asks for Tables', async () => {
    const stream = openStream(`${server.url}${RS}?watch=true&resourceVersion=${cluster.store.resourceVersion}`, { Accept: TABLE });
    expect(await stream.status).toBe(200);
    cluster.store.mutate<ReplicaSet>('ReplicaSet', NAMESPACE, 'web-a1', (rs) => void (rs.spec.replicas = 2));
    const [line] = await stream.waitForLines(1);
    const event = JSON.parse(line);
    expect(event.type).toBe('MODIFIED');
    expect(event.object.kind).toBe('Table');
    expect(event.object.rows).toHaveLength(1);
    expect(event.object.rows[0].cells.slice(0, 2)).toEqual(['web-a1', 2]);
    stream.close();
  });

  it('ends open watches when the server closes', async () => {
    const stream = openStream(`${server.url}${RS}?watch=true`);
    await stream.waitForLines(2);
    await server.close();
    await stream.ended;
    server = await startDemoServer({ store: cluster.store, logs: cluster.logs, clock: cluster.clock });
  });
});
