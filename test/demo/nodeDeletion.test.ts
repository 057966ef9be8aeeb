// Deleting the demo's only Node over HTTP as on a real cluster: the DELETE answers a Success Status
// (the node registry does not return the deleted object), the Node is gone (404, a DELETED watch
// event) and the kubelet does not register it again; metrics-server has nothing to scrape for it;
// after podgc's quarantine (40 s, here scaled by timeScale 20 to 2 s) every pod bound to it is
// marked Failed with DisruptionTarget/DeletionByPodGC and force-deleted; the ReplicaSet and
// StatefulSet controllers recreate theirs, which stay Pending (Unschedulable: no nodes available),
// and the DaemonSet creates none.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DaemonSet } from '../../src/domain/builtinResources.js';
import type { KubeEvent, Pod } from '../../src/domain/resources.js';
import { ORPHAN_QUARANTINE_MS } from '../../src/demo/controllers/orphanedPodCollector.js';
import type { StoreEvent } from '../../src/demo/objectStore.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { call, openStream } from './serverHttpClient.js';

const run = promisify(execFile);
const TIME_SCALE = 20;
const NODE = 'kilo-tablet';
let demo: RunningDemo;

beforeEach(async () => {
  demo = await startDemo({ timeScale: TIME_SCALE });
});
afterEach(() => demo.close());

const podsOnNode = (): Pod[] => demo.cluster.store.list<Pod>('Pod').filter((pod) => pod.spec.nodeName === NODE);

async function until(what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('node deletion on the demo server', () => {
  it('answers a Success Status, then the node is gone: 404, a DELETED watch event, no metrics, and it does not come back', async () => {
    const uid = demo.cluster.store.get('Node', undefined, NODE)!.metadata.uid;
    const watch = openStream(`${demo.server.url}/api/v1/nodes?watch=true&resourceVersion=${demo.cluster.store.resourceVersion}`);
    try {
      const deleted = await call(demo.server.url, 'DELETE', `/api/v1/nodes/${NODE}`);
      expect(deleted.status).toBe(200);
      expect(deleted.body).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name: NODE, group: '', kind: 'nodes', uid } });
      const [line] = await watch.waitForLines(1);
      expect(JSON.parse(line)).toMatchObject({ type: 'DELETED', object: { kind: 'Node', metadata: { name: NODE, uid } } });
    } finally {
      watch.close();
    }
    expect((await call(demo.server.url, 'GET', `/api/v1/nodes/${NODE}`)).status).toBe(404);
    expect((await call(demo.server.url, 'GET', `/apis/metrics.k8s.io/v1beta1/nodes`)).body.items).toEqual([]);
    expect((await call(demo.server.url, 'GET', `/apis/metrics.k8s.io/v1beta1/pods`)).body.items).toEqual([]);
    // kubectl's own answer when metrics-server lists no node (before the delete it printed the node's row).
    const top = await run('kubectl', ['--kubeconfig', demo.kubeconfigPath, 'top', 'nodes'], { timeout: 20_000 }).then(
      () => undefined,
      (error: { stdout?: string; stderr?: string; code?: number }) => error,
    );
    expect(top).toMatchObject({ code: 1, stdout: '', stderr: 'error: metrics not available yet\n' });
    // Long past the quarantine and the controllers' reactions: no kubelet registered the node again.
    await new Promise((resolve) => setTimeout(resolve, (2 * ORPHAN_QUARANTINE_MS) / TIME_SCALE));
    expect(demo.cluster.store.list('Node')).toEqual([]);
  }, 60_000);

  it('keeps the pods through the quarantine, then marks them Failed (DeletionByPodGC) and deletes them; replacements stay Pending and unschedulable', async () => {
    const before = podsOnNode();
    expect(before.length).toBeGreaterThan(20);
    const seen: StoreEvent[] = [];
    const unsubscribe = demo.cluster.store.subscribe((event) => {
      if (event.kind === 'Pod') seen.push(structuredClone(event));
    });
    try {
      expect((await call(demo.server.url, 'DELETE', `/api/v1/nodes/${NODE}`)).status).toBe(200);
      // podgc waits before deciding the node is really gone.
      expect(podsOnNode()).toHaveLength(before.length);
      await until('every pod bound to the node to go', () => podsOnNode().length === 0);
    } finally {
      unsubscribe();
    }

    const db0 = before.find((pod) => pod.metadata.name === 'kilo-db-0')!;
    const marked = seen.find((event) => event.type === 'MODIFIED' && event.object.metadata.uid === db0.metadata.uid && (event.object as Pod).status?.phase === 'Failed');
    expect((marked?.object as Pod | undefined)?.status?.conditions).toContainEqual(
      expect.objectContaining({ type: 'DisruptionTarget', status: 'True', reason: 'DeletionByPodGC', message: 'PodGC: node no longer exists' }),
    );
    for (const pod of before) expect(seen.some((event) => event.type === 'DELETED' && event.object.metadata.uid === pod.metadata.uid), `${pod.metadata.name} deleted`).toBe(true);

    // A ReplicaSet's and a StatefulSet's replacements: Pending, bound to no node, unschedulable.
    await until('kilo-gateway and kilo-db-0 to be recreated', () =>
      demo.cluster.store.list<Pod>('Pod', 'kilo-guardian').some((pod) => pod.metadata.name.startsWith('kilo-gateway-')) && demo.cluster.store.get('Pod', 'kilo-data', 'kilo-db-0') !== undefined,
    );
    const replacements = [demo.cluster.store.list<Pod>('Pod', 'kilo-guardian').find((pod) => pod.metadata.name.startsWith('kilo-gateway-'))!, demo.cluster.store.get<Pod>('Pod', 'kilo-data', 'kilo-db-0')!];
    for (const pod of replacements) {
      expect(pod.spec.nodeName).toBeUndefined();
      expect(pod.status?.phase).toBe('Pending');
      expect(pod.status?.conditions).toContainEqual(expect.objectContaining({ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: 'no nodes available to schedule pods' }));
    }
    expect(replacements[1].metadata.uid).not.toBe(db0.metadata.uid);
    // OrderedReady: kilo-db-1 waits for kilo-db-0, which never becomes ready.
    expect(demo.cluster.store.get('Pod', 'kilo-data', 'kilo-db-1')).toBeUndefined();
    await until('a FailedScheduling event for the replacement', () =>
      demo.cluster.store.list<KubeEvent>('Event', 'kilo-guardian').some((event) => event.reason === 'FailedScheduling' && event.involvedObject.uid === replacements[0].metadata.uid),
    );

    // The DaemonSet has no node to run on: no pod, and a status that says so.
    const svclb = 'svclb-traefik-c0179b81';
    expect(demo.cluster.store.list<Pod>('Pod', 'kube-system').filter((pod) => pod.metadata.name.startsWith(svclb))).toEqual([]);
    await until('the DaemonSet status to count no nodes', () => demo.cluster.store.get<DaemonSet>('DaemonSet', 'kube-system', svclb)?.status?.desiredNumberScheduled === 0);
    expect(demo.cluster.store.get<DaemonSet>('DaemonSet', 'kube-system', svclb)?.status).toMatchObject({ desiredNumberScheduled: 0, currentNumberScheduled: 0, numberReady: 0, numberAvailable: 0 });

    const { stdout } = await run('kubectl', ['--kubeconfig', demo.kubeconfigPath, 'get', 'pods', '-n', 'kilo-data', 'kilo-db-0', '--no-headers'], { timeout: 20_000 });
    expect(stdout).toMatch(/^kilo-db-0\s+0\/1\s+Pending\s/);
  }, 60_000);

  it('binds a pod created through the API to the node, where the kubelet takes it on; with the node gone, one stays Pending and unschedulable', async () => {
    const bare = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'main', image: 'busybox:1.36' }] } });
    expect((await call(demo.server.url, 'POST', '/api/v1/namespaces/kilo-guardian/pods', { body: bare('before') })).status).toBe(201);
    // The kubelet took it on (its container statuses; the image is not in the demo's registry, so it backs off pulling).
    await until('the pod to be bound and taken on by the kubelet', () => {
      const pod = demo.cluster.store.get<Pod>('Pod', 'kilo-guardian', 'before');
      return pod?.spec.nodeName === NODE && pod.status?.hostIP !== undefined && (pod.status.containerStatuses?.length ?? 0) === 1;
    });
    expect((await call(demo.server.url, 'DELETE', `/api/v1/nodes/${NODE}`)).status).toBe(200);
    expect((await call(demo.server.url, 'POST', '/api/v1/namespaces/kilo-guardian/pods', { body: bare('after') })).status).toBe(201);
    await until('the pod to be marked unschedulable', () =>
      demo.cluster.store.get<Pod>('Pod', 'kilo-guardian', 'after')?.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'Unschedulable') === true,
    );
    const after = demo.cluster.store.get<Pod>('Pod', 'kilo-guardian', 'after')!;
    expect(after.spec.nodeName).toBeUndefined();
    expect(after.status?.phase).toBe('Pending');
    // A bare pod has no controller: podgc deletes the bound one for good.
    await until('the bound bare pod to be collected', () => demo.cluster.store.get('Pod', 'kilo-guardian', 'before') === undefined);
    expect(demo.cluster.store.get<Pod>('Pod', 'kilo-guardian', 'after')?.status?.phase).toBe('Pending');
  }, 60_000);
});
