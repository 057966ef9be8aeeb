// Deleting a namespace on the demo server as on a real one: the DELETE marks it Terminating and
// answers with it, nothing new may be created in it, a second DELETE is a conflict, the namespace
// controller then empties it and removes it; default, kube-system and kube-public cannot go; and
// `kubectl delete namespace` (which waits) returns once it is gone.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Namespace } from '../../src/domain/resources.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { call } from './serverHttpClient.js';

const run = promisify(execFile);
let demo: RunningDemo;

beforeEach(async () => {
  // Simulated time at the wall clock's pace: the namespace stays Terminating for 3 s.
  demo = await startDemo({ timeScale: 1 });
});
afterEach(() => demo.close());

const objectsIn = (namespace: string): string[] =>
  demo.cluster.store.storedKinds().flatMap((kind) =>
    demo.cluster.store.list(kind, namespace).filter((obj) => obj.metadata.namespace === namespace).map((obj) => `${kind}/${obj.metadata.name}`),
  );

describe('namespace deletion on the demo server', () => {
  it('terminates, refuses new content and a second delete, then empties and removes the namespace', async () => {
    expect(objectsIn('kilo-data').length).toBeGreaterThan(5);
    const deleted = await call(demo.server.url, 'DELETE', '/api/v1/namespaces/kilo-data');
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ kind: 'Namespace', metadata: { name: 'kilo-data' }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Terminating' } });
    expect((deleted.body as Namespace).metadata.deletionTimestamp).toMatch(/Z$/);
    const { stdout } = await run('kubectl', ['--kubeconfig', demo.kubeconfigPath, 'get', 'namespace', 'kilo-data', '--no-headers']);
    expect(stdout).toMatch(/^kilo-data\s+Terminating\s/);

    const created = await call(demo.server.url, 'POST', '/api/v1/namespaces/kilo-data/configmaps', {
      body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late' }, data: { a: 'b' } },
    });
    expect(created.status).toBe(403);
    expect(created.body).toMatchObject({
      reason: 'Forbidden',
      message: 'configmaps "late" is forbidden: unable to create new content in namespace kilo-data because it is being terminated',
    });
    const again = await call(demo.server.url, 'DELETE', '/api/v1/namespaces/kilo-data');
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('The system is ensuring all content is removed from this namespace');

    const deadline = Date.now() + 15_000;
    while (demo.cluster.store.get('Namespace', undefined, 'kilo-data') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(demo.cluster.store.get('Namespace', undefined, 'kilo-data')).toBeUndefined();
    expect(objectsIn('kilo-data')).toEqual([]);
    // Nothing outside it went.
    expect(demo.cluster.store.list('Deployment', 'kilo-guardian')).toHaveLength(14);
  });

  it('refuses to delete default, kube-system and kube-public, and 404s a create in a namespace that does not exist', async () => {
    for (const name of ['default', 'kube-system', 'kube-public']) {
      const res = await call(demo.server.url, 'DELETE', `/api/v1/namespaces/${name}`);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ reason: 'Forbidden', message: `namespaces "${name}" is forbidden: this namespace may not be deleted` });
    }
    const created = await call(demo.server.url, 'POST', '/api/v1/namespaces/nowhere/configmaps', {
      body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } },
    });
    expect(created.status).toBe(404);
    expect(created.body.message).toBe('namespaces "nowhere" not found');
  });

  it('kubectl delete namespace waits until the namespace and its contents are gone', async () => {
    await run('kubectl', ['--kubeconfig', demo.kubeconfigPath, 'delete', 'namespace', 'kilo-data'], { timeout: 30_000 });
    expect(demo.cluster.store.get('Namespace', undefined, 'kilo-data')).toBeUndefined();
    expect(objectsIn('kilo-data')).toEqual([]);
  }, 40_000);
});
