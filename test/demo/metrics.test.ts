// metrics-server in the demo: usage from each behaviour's declaration, kilo-ai-brain's leak to its
// limit and the OOM kill it ends in, and metrics.k8s.io/v1beta1 over HTTP (absent when off).
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoCluster, type DemoCluster } from '../../src/demo/cluster.js';
import { loadFixtures } from '../../src/demo/fixtures.js';
import { startDemoServer, type DemoServer } from '../../src/demo/server.js';
import { BUNDLED_FIXTURE_DIRS } from '../../src/demo/startDemo.js';
import { METRIC_RESOLUTION_MS, type PodMetrics } from '../../src/demo/metricsSource.js';
import { ManualClock } from '../../src/domain/clock.js';
import type { Pod } from '../../src/domain/resources.js';

const T0 = Date.parse('2026-01-06T12:00:00Z');
const NS = 'kilo-guardian';
const BRAIN = 'kilo-ai-brain-c679fb7f9-8khhj';
const MI = 2 ** 20;

let cluster: DemoCluster | undefined;
let server: DemoServer | undefined;

afterEach(async () => {
  await server?.close();
  cluster?.stop();
  server = undefined;
  cluster = undefined;
});

function start(timeScale = 10): { cluster: DemoCluster; clock: ManualClock } {
  const clock = new ManualClock(T0);
  cluster = createDemoCluster({ fixtures: BUNDLED_FIXTURE_DIRS.map((dir) => loadFixtures(dir, T0)), clock, timeScale });
  cluster.start();
  return { cluster, clock };
}

const memoryOf = (metrics: PodMetrics | undefined): number => Number(/^(\d+)Ki$/.exec(metrics!.containers[0].usage.memory)![1]) * 1024;
const brainMetrics = (c: DemoCluster) => c.metrics.pods().find((p) => p.metadata.name === BRAIN);

describe('demo metrics', () => {
  it('reports each running pod at a 15 s scrape, the same answer within one window', () => {
    const { cluster, clock } = start();
    clock.advance(METRIC_RESOLUTION_MS - (T0 % METRIC_RESOLUTION_MS));
    const first = cluster.metrics.pods();
    clock.advance(METRIC_RESOLUTION_MS - 1);
    expect(cluster.metrics.pods()).toEqual(first.map((p) => ({ ...p, metadata: { ...p.metadata, creationTimestamp: expect.any(String) } })));
    // 14 of kilo-guardian's 15 pods run (kilo-meds' new pod crash-loops) and kilo-db's two.
    expect(first.filter((p) => p.metadata.namespace === NS)).toHaveLength(14);
    expect(first.every((p) => p.window === '15s' && /^\d+n$/.test(p.containers[0].usage.cpu) && /^\d+Ki$/.test(p.containers[0].usage.memory))).toBe(true);
    const ollama = first.find((p) => p.metadata.name.startsWith('kilo-ollama'))!;
    expect(memoryOf(ollama) / MI).toBeGreaterThan(2200);
  });

  it("kilo-ai-brain's memory climbs to its 2Gi limit, then it is OOMKilled (exit 137) and starts again", () => {
    const { cluster, clock } = start(10);
    const samples: number[] = [];
    // 620Mi + 36Mi per simulated minute reaches 2Gi in ~39.7 min: ~238 s at --time-scale 10.
    for (let i = 0; i < 15; i++) {
      clock.advance(METRIC_RESOLUTION_MS);
      samples.push(memoryOf(brainMetrics(cluster)));
    }
    expect(samples.every((m, i) => i === 0 || m > samples[i - 1])).toBe(true);
    expect(samples[14]).toBeLessThanOrEqual(2 * 1024 * MI);
    clock.advance(30_000);
    const pod = cluster.store.require<Pod>('Pod', NS, BRAIN);
    const status = pod.status!.containerStatuses![0];
    expect(status.restartCount).toBe(12);
    expect(status.lastState?.terminated).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
    // A container that ran 40 minutes restarts after the first back-off step (10 s / 10), not 5 minutes'.
    clock.advance(2_000);
    const after = cluster.store.require<Pod>('Pod', NS, BRAIN).status!.containerStatuses![0];
    expect(after.state?.running).toBeDefined();
    clock.advance(METRIC_RESOLUTION_MS);
    expect(memoryOf(brainMetrics(cluster)) / MI).toBeLessThan(1024);
  });

  it('the node reports what its pods use plus the system, within its capacity', () => {
    const { cluster, clock } = start();
    clock.advance(METRIC_RESOLUTION_MS);
    const [node] = cluster.metrics.nodes();
    expect(node.metadata.name).toBe('kilo-tablet');
    const podMemory = cluster.metrics.pods().reduce((sum, p) => sum + memoryOf(p), 0);
    const nodeMemory = Number(/^(\d+)Ki$/.exec(node.usage.memory)![1]) * 1024;
    expect(nodeMemory).toBeGreaterThan(podMemory);
    expect(nodeMemory).toBeLessThanOrEqual(7_960_380 * 1024);
  });
});

describe('metrics.k8s.io over HTTP', () => {
  const get = async (path: string) => {
    const response = await fetch(`${server!.url}${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('is in discovery and lists and gets PodMetrics and NodeMetrics, with label selectors', async () => {
    const { cluster } = start();
    server = await startDemoServer({ store: cluster.store, logs: cluster.logs, metrics: cluster.metrics, clock: new ManualClock(T0) });
    const groups = (await get('/apis')).body.groups as { name: string }[];
    expect(groups.map((g) => g.name)).toContain('metrics.k8s.io');
    expect(((await get('/apis/metrics.k8s.io/v1beta1')).body.resources as { name: string; kind: string }[]).map((r) => r.kind)).toEqual(['NodeMetrics', 'PodMetrics']);
    const pods = (await get(`/apis/metrics.k8s.io/v1beta1/namespaces/${NS}/pods`)).body;
    expect(pods.kind).toBe('PodMetricsList');
    expect((pods.items as unknown[]).length).toBe(14);
    const selected = (await get(`/apis/metrics.k8s.io/v1beta1/namespaces/${NS}/pods?labelSelector=app%3Dkilo-ai-brain`)).body.items as PodMetrics[];
    expect(selected.map((p) => p.metadata.name)).toEqual([BRAIN]);
    expect((await get(`/apis/metrics.k8s.io/v1beta1/namespaces/${NS}/pods/${BRAIN}`)).body).toMatchObject({ kind: 'PodMetrics', containers: [{ name: 'ai-brain' }] });
    expect((await get(`/apis/metrics.k8s.io/v1beta1/namespaces/${NS}/pods/nope`)).status).toBe(404);
    expect((await get('/apis/metrics.k8s.io/v1beta1/nodes/kilo-tablet')).body).toMatchObject({ kind: 'NodeMetrics', window: '15s' });
    expect((await fetch(`${server.url}/apis/metrics.k8s.io/v1beta1/nodes`, { method: 'DELETE' })).status).toBe(405);
  });

  it('without metrics-server: not in discovery, 404 on its paths', async () => {
    const { cluster } = start();
    server = await startDemoServer({ store: cluster.store, logs: cluster.logs, clock: new ManualClock(T0) });
    expect(((await get('/apis')).body.groups as { name: string }[]).map((g) => g.name)).not.toContain('metrics.k8s.io');
    expect((await get(`/apis/metrics.k8s.io/v1beta1/namespaces/${NS}/pods`)).status).toBe(404);
  });
});
