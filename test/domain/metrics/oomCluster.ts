// A namespace with one memory-hungry Deployment (kilo-ai-brain: 2Gi limit, last killed OOMKilled,
// 11 restarts), one at 93 % of its limit, one without requests or limits, a StatefulSet's pod and a
// bare pod, with the usage samples kilo-tui would have kept for them.
import { podSeriesKey, type MetricsState, type PodSeries, type UsageSample } from '../../../src/domain/metrics/usage.js';
import type { ClusterSnapshot, Container, Deployment, Pod, ReplicaSet, StatefulSet } from '../../../src/domain/resources.js';
import { indexSnapshot } from '../../../src/render/clusterIndex.js';
import { MIN, NOW, ago, deployment, pod, replicaSet } from '../../render/objectBuilders.js';

export const MI = 2 ** 20;

export function withResources<T extends Deployment | ReplicaSet | StatefulSet>(obj: T, resources: Record<string, unknown> | undefined): T {
  const containers = obj.spec.template.spec.containers.map((c): Container => ({ ...c, ...(resources ? { resources } : {}) }));
  return { ...obj, spec: { ...obj.spec, template: { ...obj.spec.template, spec: { ...obj.spec.template.spec, containers } } } } as T;
}

export function oomKilled(p: Pod, restarts: number, killedAgo: number): Pod {
  const [status] = p.status!.containerStatuses!;
  return {
    ...p,
    status: {
      ...p.status,
      containerStatuses: [{ ...status, restartCount: restarts, lastState: { terminated: { exitCode: 137, reason: 'OOMKilled', startedAt: ago(killedAgo + 40 * MIN), finishedAt: ago(killedAgo) } } }],
    },
  };
}

/** Samples one minute apart ending now, one per value (Mi), for the pod's one container. */
export function seriesOf(p: Pod, memoryMi: number[], live = true): PodSeries {
  const container = p.spec.containers[0].name;
  const samples: UsageSample[] = memoryMi.map((mi, i) => ({ at: NOW - (memoryMi.length - 1 - i) * MIN, cpuNanocores: 5e6, memoryBytes: mi * MI, containers: [{ name: container, memoryBytes: mi * MI }] }));
  const last = samples.at(-1)!;
  return {
    samples,
    ...(live ? { latest: { name: p.metadata.name, namespace: p.metadata.namespace, timestamp: last.at, windowMs: 15_000, cpuNanocores: 5e6, memoryBytes: last.memoryBytes, containers: [{ name: container, cpuNanocores: 5e6, memoryBytes: last.memoryBytes }] } } : {}),
  };
}

export function metricsOf(series: [Pod, PodSeries][]): MetricsState {
  return { status: { state: 'available' }, pods: new Map(series.map(([p, s]) => [podSeriesKey(p.metadata.namespace, p.metadata.name), s])), nodes: new Map(), version: 1 };
}

/** `p` as another pod: its name, uid, owner and one container (the status renamed with it). */
function asPod(p: Pod, name: string, owner: Pod['metadata']['ownerReferences'], container: Container): Pod {
  const [status] = p.status!.containerStatuses!;
  return {
    ...p,
    metadata: { ...p.metadata, name, uid: `pod-${name}`, ownerReferences: owner },
    spec: { ...p.spec, containers: [container] },
    status: { ...p.status, containerStatuses: [{ ...status, name: container.name, image: container.image }] },
  };
}

export function oomCluster() {
  const brain = withResources(deployment('kilo-ai-brain'), { limits: { memory: '2Gi' }, requests: { cpu: '250m', memory: '512Mi' } });
  const brainRs = withResources(replicaSet(brain, 1, { replicas: 1 }), brain.spec.template.spec.containers[0].resources);
  const brainPod = oomKilled(pod(brainRs), 11, 3 * MIN);
  const hot = withResources(deployment('kilo-ollama'), { limits: { memory: '4Gi' }, requests: { memory: '1Gi', cpu: '100m' } });
  const hotRs = withResources(replicaSet(hot, 1, { replicas: 1 }), hot.spec.template.spec.containers[0].resources);
  const hotPod = pod(hotRs);
  const cam = deployment('kilo-cam');
  const camRs = replicaSet(cam, 1, { replicas: 1 });
  const camPod = pod(camRs);
  const db: StatefulSet = {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'kilo-db', namespace: 'kilo-guardian', uid: 'sts-kilo-db', resourceVersion: '77', creationTimestamp: ago(9 * 24 * 60 * MIN) },
    spec: { replicas: 1, selector: { matchLabels: { app: 'kilo-db' } }, serviceName: 'kilo-db', template: { metadata: { labels: { app: 'kilo-db' } }, spec: { containers: [{ name: 'postgres', image: 'postgres:16', resources: { limits: { memory: '512Mi' }, requests: { memory: '256Mi' } } }] } } },
  };
  const dbPod = oomKilled(asPod(camPod, 'kilo-db-0', [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'kilo-db', uid: 'sts-kilo-db', controller: true }], db.spec.template.spec.containers[0]), 2, 10 * MIN);
  const bare = oomKilled(asPod(camPod, 'debug-shell', undefined, { name: 'shell', image: 'busybox', resources: { limits: { memory: '64Mi' } } }), 1, 5 * MIN);
  const pods = [brainPod, hotPod, camPod, dbPod, bare];
  const base: ClusterSnapshot = { namespace: 'kilo-guardian', deployments: [brain, hot, cam], replicaSets: [brainRs, hotRs, camRs], pods, services: [], events: [], statefulSets: [db], now: NOW };
  const withMetrics = (metrics: MetricsState | undefined): ClusterSnapshot => ({ ...indexSnapshot(base), ...(metrics ? { metrics } : {}) });
  return { brain, brainPod, hot, hotPod, cam, camPod, db, dbPod, bare, withMetrics };
}
