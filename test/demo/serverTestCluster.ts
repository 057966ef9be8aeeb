// A small cluster for the demo server's tests: one Deployment with two ReplicaSets, a running and
// a crash-looping Pod, a NodePort Service, and an in-memory LogSource tests can append to.
import type { Deployment, KubeObject, Pod, ReplicaSet, Service } from '../../src/domain/resources.js';
import { badRequest, notFound } from '../../src/demo/apiErrors.js';
import { ManualClock } from '../../src/domain/clock.js';
import type { LogLine, LogQuery, LogSource } from '../../src/demo/logSource.js';
import { ObjectStore } from '../../src/demo/objectStore.js';

export const NAMESPACE = 'shop';
export const START = Date.parse('2026-01-06T12:00:00Z');

const at = (secondsAgo: number): string => new Date(START - secondsAgo * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const template = (image: string, hash: string): ReplicaSet['spec']['template'] => ({
  metadata: { labels: { app: 'web', 'pod-template-hash': hash } },
  spec: { containers: [{ name: 'web', image, ports: [{ containerPort: 8080, protocol: 'TCP' }], env: [{ name: 'MODE', value: 'prod' }] }] },
});

export const deployment = (): Deployment => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: NAMESPACE, uid: '', creationTimestamp: at(3 * 86400), annotations: { 'deployment.kubernetes.io/revision': '2' } },
  spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { ...template('web:v2', 'b2'), metadata: { labels: { app: 'web' } } } },
  status: { replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1 },
});

const replicaSet = (name: string, image: string, hash: string, revision: string, replicas: number, ownerUid: string): ReplicaSet => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: {
    name,
    namespace: NAMESPACE,
    uid: '',
    creationTimestamp: at(7200),
    labels: { app: 'web', 'pod-template-hash': hash },
    annotations: { 'deployment.kubernetes.io/revision': revision },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: ownerUid, controller: true, blockOwnerDeletion: true }],
  },
  spec: { replicas, selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } }, template: template(image, hash) },
  status: { replicas, readyReplicas: replicas, availableReplicas: replicas },
});

const pod = (name: string, hash: string, containerStatus: NonNullable<Pod['status']>['containerStatuses']): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: NAMESPACE, uid: '', creationTimestamp: at(600), labels: { app: 'web', 'pod-template-hash': hash } },
  spec: { containers: [{ name: 'web', image: 'web:v2' }], nodeName: 'kilo-node' },
  status: { phase: 'Running', podIP: '10.42.0.7', containerStatuses: containerStatus },
});

const service = (): Service => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web-external', namespace: NAMESPACE, uid: '', creationTimestamp: at(86400) },
  spec: { type: 'NodePort', clusterIP: '10.43.106.87', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080, nodePort: 30000, protocol: 'TCP' }] },
});

/** Logs kept per pod; `append` feeds followers of the pod, `end` terminates its instance. */
export class TestLogSource implements LogSource {
  readonly lines = new Map<string, LogLine[]>();
  private readonly followers = new Map<string, Set<{ onLine: (l: LogLine) => void; onEnd: () => void }>>();

  constructor(private readonly store: ObjectStore) {}

  append(pod: string, line: LogLine): void {
    this.lines.set(pod, [...(this.lines.get(pod) ?? []), line]);
    for (const f of this.followers.get(pod) ?? []) f.onLine(line);
  }

  end(pod: string): void {
    for (const f of this.followers.get(pod) ?? []) f.onEnd();
  }

  followerCount(pod: string): number {
    return this.followers.get(pod)?.size ?? 0;
  }

  read(namespace: string, podName: string, query: LogQuery): LogLine[] {
    if (!this.store.get('Pod', namespace, podName)) throw notFound('pods', podName);
    if (query.container && query.container !== 'web') throw badRequest(`container ${query.container} is not valid for pod ${podName}`);
    return query.previous ? [{ time: START - 60_000, text: 'previous instance crashed' }] : [...(this.lines.get(podName) ?? [])];
  }

  follow(_namespace: string, podName: string, _container: string | undefined, onLine: (l: LogLine) => void, onEnd: () => void): () => void {
    const follower = { onLine, onEnd };
    if (!this.followers.has(podName)) this.followers.set(podName, new Set());
    this.followers.get(podName)!.add(follower);
    return () => this.followers.get(podName)?.delete(follower);
  }
}

export interface TestCluster {
  store: ObjectStore;
  clock: ManualClock;
  logs: TestLogSource;
  deploymentUid: string;
}

export const createTestCluster = (): TestCluster => {
  const clock = new ManualClock(START);
  const store = new ObjectStore(clock);
  const objects: KubeObject[] = [];
  store.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NAMESPACE, uid: '' }, status: { phase: 'Active' } });
  const d = store.create(deployment());
  objects.push(replicaSet('web-a1', 'web:v1', 'a1', '1', 0, d.metadata.uid), replicaSet('web-b2', 'web:v2', 'b2', '2', 1, d.metadata.uid));
  objects.push(
    pod('web-b2-running', 'b2', [{ name: 'web', image: 'web:v2', ready: true, restartCount: 0, state: { running: { startedAt: at(600) } } }]),
    pod('web-b2-crashing', 'b2', [
      { name: 'web', image: 'web:v2', ready: false, restartCount: 6, state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: at(45) } } },
    ]),
    pod('web-b2-pending', 'b2', [{ name: 'web', image: 'web:v2', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }]),
    service(),
  );
  for (const obj of objects) store.create(obj);
  const logs = new TestLogSource(store);
  logs.append('web-b2-running', { time: START - 5000, text: 'server started' });
  logs.append('web-b2-running', { time: START - 1000, text: 'GET /health 200' });
  return { store, clock, logs, deploymentUid: d.metadata.uid };
};
