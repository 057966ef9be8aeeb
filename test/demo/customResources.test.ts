// The demo server's apiextensions part, checked with the real kubectl and kilo-tui's own client:
// CRDs listed as kubectl prints them, custom resources served by their CRD (Table form with the
// printer columns, list, watch, delete), both discovery forms (the aggregated one with an ETag
// and 304), a CRD created at run time served at once, and a deleted CRD taking its objects.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findServed } from '../../src/domain/servedResources.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { call } from './serverHttpClient.js';

const run = promisify(execFile);
const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json';
let demo: RunningDemo;
let gateway: ClusterGateway;
let dir: string;

const kubectl = async (...args: string[]): Promise<string> =>
  (await run('kubectl', ['--kubeconfig', demo.kubeconfigPath, ...args], { env: { PATH: process.env.PATH, HOME: dir, KUBECACHEDIR: join(dir, 'cache') }, timeout: 20_000 })).stdout;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kilo-crd-'));
  demo = await startDemo();
  gateway = await connect({ kubeconfig: demo.kubeconfigPath, namespace: 'kube-system' });
}, 60_000);

afterAll(async () => {
  gateway?.close();
  await demo?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo server serves CRDs and their objects', () => {
  it('kubectl get crd prints NAME and CREATED AT', async () => {
    const lines = (await kubectl('get', 'crd')).trim().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+CREATED AT$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(['helmcharts.helm.cattle.io', 'ingressroutes.traefik.io', 'middlewares.traefik.io']);
    expect(lines[1]).toMatch(/\s\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('kubectl get ingressroutes -A lists them with NAMESPACE, NAME, AGE; helmcharts show the CRD printer columns', async () => {
    const routes = (await kubectl('get', 'ingressroutes', '-A')).trim().split('\n');
    expect(routes[0]).toMatch(/^NAMESPACE\s+NAME\s+AGE$/);
    expect(routes.slice(1).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual(['kube-system kilo-frontend', 'kube-system traefik-dashboard']);
    const charts = (await kubectl('get', 'helmcharts', '-n', 'kube-system')).trim().split('\n');
    expect(charts[0]).toMatch(/^NAME\s+JOB\s+CHART\s+TARGETNAMESPACE\s+VERSION\s+REPO\s+HELMVERSION\s+BOOTSTRAP$/);
    expect(charts[1]).toMatch(/^traefik\s+helm-install-traefik\s+https:/);
  });

  it('kubectl api-resources lists the custom kinds with their groups', async () => {
    const lines = (await kubectl('api-resources')).split('\n');
    expect(lines.find((l) => l.startsWith('ingressroutes '))).toMatch(/traefik\.io\/v1alpha1\s+true\s+IngressRoute/);
    expect(lines.find((l) => l.startsWith('helmcharts '))).toMatch(/helm\.cattle\.io\/v1\s+true\s+HelmChart/);
    expect(lines.find((l) => l.startsWith('customresourcedefinitions '))).toMatch(/crd,crds\s+apiextensions\.k8s\.io\/v1\s+false\s+CustomResourceDefinition/);
  });

  it('serves aggregated discovery with an ETag, 304 while it holds, a new one once a CRD is created', async () => {
    const first = await call(demo.server.url, 'GET', '/apis', { accept: AGGREGATED });
    expect(first.contentType).toContain('as=APIGroupDiscoveryList');
    const groups = (first.body.items as { metadata: { name: string } }[]).map((item) => item.metadata.name);
    expect(groups).toEqual(expect.arrayContaining(['apps', 'apiextensions.k8s.io', 'traefik.io', 'helm.cattle.io']));
    const tagged = await fetch(`${demo.server.url}/apis`, { headers: { accept: AGGREGATED } });
    const tag = tagged.headers.get('etag')!;
    expect(tag).toMatch(/^".+"$/);
    expect((await fetch(`${demo.server.url}/apis`, { headers: { accept: AGGREGATED, 'if-none-match': tag } })).status).toBe(304);

    const before = await gateway.discover!();
    expect(findServed(before, 'ingressroutes')).toMatchObject({ group: 'traefik.io', version: 'v1alpha1', kind: 'IngressRoute', namespaced: true });
    expect(findServed(before, 'tlsoptions')).toBeUndefined();

    const crdFile = join(dir, 'tlsoptions.json');
    writeFileSync(crdFile, JSON.stringify({
      apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'tlsoptions.traefik.io' },
      spec: { group: 'traefik.io', scope: 'Namespaced', names: { kind: 'TLSOption', plural: 'tlsoptions', singular: 'tlsoption', listKind: 'TLSOptionList' }, versions: [{ name: 'v1alpha1', served: true, storage: true }] },
    }));
    await kubectl('create', '--validate=false', '-f', crdFile);
    expect((await fetch(`${demo.server.url}/apis`, { headers: { accept: AGGREGATED, 'if-none-match': tag } })).status).toBe(200);
    const after = await gateway.discover!({ refresh: true });
    expect(findServed(after, 'tlsoptions.traefik.io')).toMatchObject({ kind: 'TLSOption' });
    expect(await kubectl('get', 'tlsoptions', '-n', 'kube-system', '--no-headers')).toBe('');

    // A deleted CRD takes its objects with it.
    await kubectl('delete', 'crd', 'middlewares.traefik.io');
    const gone = await gateway.discover!({ refresh: true });
    expect(findServed(gone, 'middlewares')).toBeUndefined();
    expect(demo.cluster.store.list('Middleware')).toEqual([]);
  }, 60_000);
});
