// Acceptance for a kind known only through discovery: kilo-tui's real client finds traefik's
// IngressRoute on the demo server (discovery), lists it in the server's Table form (the watcher),
// and deleting it through the action flow and executor, or running the kubectl line its preview
// printed, leaves two fresh demo clusters alike.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import type { ServedObject } from '../../src/domain/resources.js';
import { findServed } from '../../src/domain/servedResources.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { runKubectlLines, runThroughFlow, snapshotOf, startSide, stopSide, type Side } from './equivalenceHarness.js';

const run = promisify(execFile);
const NAMESPACE = 'kube-system';
let sides: Side[] = [];
afterEach(async () => {
  await Promise.all(sides.map(stopSide));
  sides = [];
});

async function side(): Promise<Side> {
  const started = await startSide(NAMESPACE);
  sides.push(started);
  return started;
}

/** The IngressRoutes as kilo-tui's watcher delivers them: ServedObjects from the Table form. */
function listIngressRoutes(gateway: ClusterGateway): Promise<ServedObject[]> {
  return new Promise((resolve, reject) => {
    void gateway.discover!().then((served) => {
      const resource = findServed(served, 'ingressroutes');
      if (!resource) return reject(new Error('discovery has no ingressroutes'));
      const stop = gateway.watch<ServedObject>('ServedObject', { onSync: (items) => (stop(), resolve(items)), onEvent: () => {}, onState: () => {} }, resource);
    }, reject);
  });
}

const namesOnServer = async (s: Side): Promise<string[]> =>
  (await run('kubectl', ['--kubeconfig', s.demo.kubeconfigPath, 'get', 'ingressroutes', '-n', NAMESPACE, '-o', 'name'], { timeout: 20_000 })).stdout.trim().split('\n').filter(Boolean);

describe('equivalence: delete a custom resource (traefik IngressRoute)', () => {
  it('the executor and the previewed kubectl line leave kube-system alike', async () => {
    const [a, b] = await Promise.all([side(), side()]);
    const rows = await listIngressRoutes(a.gateway);
    expect(rows.map((row) => row.metadata.name).sort()).toEqual(['kilo-frontend', 'traefik-dashboard']);
    expect(rows[0].columns.map((c) => c.name)).toEqual(['Name', 'Age']);
    const target = rows.find((row) => row.metadata.name === 'kilo-frontend')!;

    // The watcher's rows stand in the snapshot for the kind, as the explorer's store holds them.
    const { plan, results } = await runThroughFlow(a, { action: 'delete', uids: [target.metadata.uid] }, { snapshot: () => ({ ...snapshotOf(a), servedObjects: rows }) });
    expect(plan.operations.map((op) => toKubectlLine(op, a.ctx))).toEqual(['kubectl delete ingressroute.traefik.io/kilo-frontend -n kube-system']);
    expect(results.map((r) => r.outcome)).toEqual(['deleted']);

    await runKubectlLines(plan, b);
    const [afterA, afterB] = await Promise.all([namesOnServer(a), namesOnServer(b)]);
    expect(afterA).toEqual(['ingressroute.traefik.io/traefik-dashboard']);
    expect(afterB).toEqual(afterA);
  }, 60_000);
});
