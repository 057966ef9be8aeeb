import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deployment, ReplicaSet } from '../../src/domain/resources.js';
import { startDemoServer, type DemoServer } from '../../src/demo/server.js';
import { call } from './serverHttpClient.js';
import { createTestCluster, NAMESPACE, type TestCluster } from './serverTestCluster.js';

const RS = `/apis/apps/v1/namespaces/${NAMESPACE}/replicasets`;
const DEPLOY = `/apis/apps/v1/namespaces/${NAMESPACE}/deployments`;

let cluster: TestCluster;
let server: DemoServer;

beforeEach(async () => {
  cluster = createTestCluster();
  server = await startDemoServer({ store: cluster.store, logs: cluster.logs, clock: cluster.clock });
});
afterEach(() => server.close());

describe('delete', () => {
  it('deletes with matching preconditions and answers a success Status', async () => {
    const rs = cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')!;
    const res = await call(server.url, 'DELETE', `${RS}/web-a1`, {
      body: { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: 'Background', preconditions: { uid: rs.metadata.uid, resourceVersion: rs.metadata.resourceVersion } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'Status', status: 'Success', details: { name: 'web-a1', uid: rs.metadata.uid } });
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')).toBeUndefined();
  });

  it('answers 409 Conflict for a stale resourceVersion or another uid and deletes nothing', async () => {
    const stale = await call(server.url, 'DELETE', `${RS}/web-a1`, { body: { preconditions: { resourceVersion: '1' } } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ kind: 'Status', reason: 'Conflict', code: 409 });
    expect(stale.body.message).toContain('Precondition failed: ResourceVersion in precondition: 1');
    expect((await call(server.url, 'DELETE', `${RS}/web-a1`, { body: { preconditions: { uid: 'someone-else' } } })).status).toBe(409);
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')).toBeDefined();
  });

  it('deletes nothing with dryRun=All, 404s a missing object and rejects an unknown propagation policy', async () => {
    expect((await call(server.url, 'DELETE', `${RS}/web-a1?dryRun=All`)).status).toBe(200);
    expect((await call(server.url, 'DELETE', `${RS}/web-a1`, { body: { dryRun: ['All'] } })).status).toBe(200);
    expect(cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')).toBeDefined();
    expect((await call(server.url, 'DELETE', `${RS}/missing`)).status).toBe(404);
    expect((await call(server.url, 'DELETE', `${RS}/web-a1`, { body: { propagationPolicy: 'Sideways' } })).status).toBe(422);
  });

  it('returns the deleted pod object for pods', async () => {
    const res = await call(server.url, 'DELETE', `/api/v1/namespaces/${NAMESPACE}/pods/web-b2-pending`);
    expect(res.body).toMatchObject({ kind: 'Pod', metadata: { name: 'web-b2-pending' } });
  });
});

describe('patch', () => {
  it('applies a merge patch, bumping generation when the spec changes', async () => {
    const before = cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!;
    const res = await call(server.url, 'PATCH', `${DEPLOY}/web`, { body: { spec: { replicas: 3 } }, contentType: 'application/merge-patch+json' });
    expect(res.status).toBe(200);
    expect(res.body.spec.replicas).toBe(3);
    expect(res.body.metadata.generation).toBe((before.metadata.generation ?? 1) + 1);
    expect(Number(res.body.metadata.resourceVersion)).toBeGreaterThan(Number(before.metadata.resourceVersion));
  });

  it('applies strategic merge and JSON patches', async () => {
    const strategic = await call(server.url, 'PATCH', `${DEPLOY}/web`, {
      body: { spec: { template: { spec: { containers: [{ name: 'web', image: 'web:v3' }] } } } },
      contentType: 'application/strategic-merge-patch+json',
    });
    expect(strategic.body.spec.template.spec.containers).toEqual([expect.objectContaining({ name: 'web', image: 'web:v3', env: [{ name: 'MODE', value: 'prod' }] })]);
    const json = await call(server.url, 'PATCH', `${DEPLOY}/web`, {
      body: [{ op: 'test', path: '/spec/replicas', value: 1 }, { op: 'add', path: '/spec/revisionHistoryLimit', value: 3 }],
      contentType: 'application/json-patch+json',
    });
    expect(json.status).toBe(200);
    expect(cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!.spec.revisionHistoryLimit).toBe(3);
  });

  it('answers 422 when a JSON patch cannot apply and changes nothing', async () => {
    const res = await call(server.url, 'PATCH', `${DEPLOY}/web`, { body: [{ op: 'test', path: '/spec/replicas', value: 9 }], contentType: 'application/json-patch+json' });
    expect(res.status).toBe(422);
    expect(res.body.reason).toBe('Invalid');
  });

  it('answers 415 for other media types, 400 for renames and does not store dry runs', async () => {
    const unsupported = await call(server.url, 'PATCH', `${DEPLOY}/web`, { body: { spec: {} }, contentType: 'text/plain' });
    expect(unsupported.status).toBe(415);
    expect(unsupported.body.reason).toBe('UnsupportedMediaType');
    expect((await call(server.url, 'PATCH', `${DEPLOY}/web`, { body: { metadata: { name: 'other' } }, contentType: 'application/merge-patch+json' })).status).toBe(400);
    const dry = await call(server.url, 'PATCH', `${DEPLOY}/web?dryRun=All`, { body: { spec: { replicas: 7 } }, contentType: 'application/merge-patch+json' });
    expect(dry.body.spec.replicas).toBe(7);
    expect(cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!.spec.replicas).toBe(1);
    expect((await call(server.url, 'PATCH', `${DEPLOY}/web`, { body: { spec: { replicas: -1 } }, contentType: 'application/merge-patch+json' })).status).toBe(422);
  });
});

describe('replace and create', () => {
  it('replaces with PUT and answers 409 for a stale resourceVersion', async () => {
    const rs = cluster.store.get<ReplicaSet>('ReplicaSet', NAMESPACE, 'web-a1')!;
    const ok = await call(server.url, 'PUT', `${RS}/web-a1`, { body: { ...rs, spec: { ...rs.spec, replicas: 2 } } });
    expect(ok.status).toBe(200);
    expect(ok.body.spec.replicas).toBe(2);
    const stale = await call(server.url, 'PUT', `${RS}/web-a1`, { body: { ...rs, spec: { ...rs.spec, replicas: 4 } } });
    expect(stale.status).toBe(409);
    expect(cluster.store.get<ReplicaSet>('ReplicaSet', NAMESPACE, 'web-a1')!.spec.replicas).toBe(2);
  });

  it('creates with POST (201), then answers 409 AlreadyExists; a body for another namespace is 400', async () => {
    const rs = cluster.store.get<ReplicaSet>('ReplicaSet', NAMESPACE, 'web-a1')!;
    const body = { ...rs, metadata: { name: 'web-c3', labels: rs.metadata.labels } };
    const created = await call(server.url, 'POST', RS, { body });
    expect(created.status).toBe(201);
    expect(created.body.metadata).toMatchObject({ name: 'web-c3', namespace: NAMESPACE });
    expect(created.body.metadata.uid).not.toBe(rs.metadata.uid);
    const again = await call(server.url, 'POST', RS, { body });
    expect(again.status).toBe(409);
    expect(again.body.reason).toBe('AlreadyExists');
    expect((await call(server.url, 'POST', RS, { body: { ...body, metadata: { name: 'x', namespace: 'elsewhere' } } })).status).toBe(400);
  });

  it('answers 400 for a malformed body and 405 for unsupported methods, and keeps serving', async () => {
    const bad = await call(server.url, 'POST', RS, { body: '{"kind":' });
    expect(bad.status).toBe(400);
    expect(bad.body.kind).toBe('Status');
    expect((await call(server.url, 'DELETE', RS)).status).toBe(405);
    expect((await call(server.url, 'GET', `${RS}/web-a1`)).status).toBe(200);
  });
});

describe('scale subresource', () => {
  it('reads, replaces and patches autoscaling/v1 Scale objects', async () => {
    const scale = await call(server.url, 'GET', `${DEPLOY}/web/scale`);
    expect(scale.body).toMatchObject({ kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: { name: 'web' }, spec: { replicas: 1 }, status: { replicas: 2, selector: 'app=web' } });
    const put = await call(server.url, 'PUT', `${DEPLOY}/web/scale`, { body: { ...scale.body, spec: { replicas: 4 } } });
    expect(put.body.spec.replicas).toBe(4);
    expect(cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!.spec.replicas).toBe(4);
    const stale = await call(server.url, 'PUT', `${DEPLOY}/web/scale`, { body: { ...scale.body, spec: { replicas: 5 } } });
    expect(stale.status).toBe(409);
    const patched = await call(server.url, 'PATCH', `${RS}/web-a1/scale`, { body: { spec: { replicas: 2 } }, contentType: 'application/merge-patch+json' });
    expect(patched.body).toMatchObject({ kind: 'Scale', spec: { replicas: 2 }, status: { selector: 'app=web,pod-template-hash=a1' } });
    expect(cluster.store.get<ReplicaSet>('ReplicaSet', NAMESPACE, 'web-a1')!.spec.replicas).toBe(2);
  });
});
