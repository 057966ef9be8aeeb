// Small hand-made Kubernetes objects for domain tests. Times are relative to NOW so ages read
// like the seed audit (created 8d ago, 7m ago...).
import type {
  ClusterSnapshot,
  ContainerStatus,
  Deployment,
  Pod,
  ReplicaSet,
  Service,
} from '../../src/domain/resources.js';
import { REVISION_ANNOTATION } from '../../src/domain/resources.js';

export const NOW = Date.parse('2026-01-06T12:00:00Z');
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const NS = 'kilo-guardian';

export function ago(ms: number): string {
  return new Date(NOW - ms).toISOString();
}

let uidCounter = 0;
function nextUid(prefix: string): string {
  uidCounter += 1;
  return `${prefix}-uid-${uidCounter}`;
}

export interface DeploymentOptions {
  name: string;
  image?: string;
  images?: string[];
  revision?: number;
  replicas?: number;
  paused?: boolean;
  revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
  createdAgo?: number;
  status?: Deployment['status'];
}

export function deployment(options: DeploymentOptions): Deployment {
  const images = options.images ?? [options.image ?? `${options.name}:v1`];
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: options.name,
      namespace: NS,
      uid: nextUid(options.name),
      resourceVersion: '100',
      creationTimestamp: ago(options.createdAgo ?? 8 * DAY),
      labels: { app: options.name },
      annotations: options.revision === undefined ? {} : { [REVISION_ANNOTATION]: String(options.revision) },
    },
    spec: {
      replicas: options.replicas ?? 1,
      selector: { matchLabels: { app: options.name } },
      template: {
        metadata: { labels: { app: options.name } },
        spec: { containers: images.map((image, i) => ({ name: i === 0 ? options.name : `${options.name}-${i}`, image })) },
      },
      paused: options.paused,
      revisionHistoryLimit: options.revisionHistoryLimit,
      progressDeadlineSeconds: options.progressDeadlineSeconds,
    },
    status: options.status ?? {
      replicas: options.replicas ?? 1,
      updatedReplicas: options.replicas ?? 1,
      readyReplicas: options.replicas ?? 1,
      availableReplicas: options.replicas ?? 1,
    },
  };
}

export interface ReplicaSetOptions {
  owner?: Deployment;
  revision?: number;
  replicas?: number;
  image?: string;
  hash?: string;
  createdAgo?: number;
  name?: string;
}

export function replicaSet(options: ReplicaSetOptions): ReplicaSet {
  const base = options.owner?.metadata.name ?? 'orphan';
  const hash = options.hash ?? `h${options.revision ?? 0}x${uidCounter + 1}`;
  const name = options.name ?? `${base}-${hash}`;
  const replicas = options.replicas ?? 0;
  const labels = { app: base, 'pod-template-hash': hash };
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: NS,
      uid: nextUid(name),
      resourceVersion: '200',
      creationTimestamp: ago(options.createdAgo ?? DAY),
      labels,
      annotations: options.revision === undefined ? {} : { [REVISION_ANNOTATION]: String(options.revision) },
      ownerReferences: options.owner
        ? [{ apiVersion: 'apps/v1', kind: 'Deployment', name: base, uid: options.owner.metadata.uid, controller: true }]
        : undefined,
    },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: base, image: options.image ?? `${base}:r${options.revision ?? 0}` }] },
      },
    },
    status: { replicas, readyReplicas: replicas, availableReplicas: replicas },
  };
}

export type PodHealth = 'running' | 'crashloop' | 'pending' | 'imagepull' | 'completed';

export interface PodOptions {
  owner?: ReplicaSet;
  name?: string;
  health?: PodHealth;
  restarts?: number;
  lastRestartAgo?: number;
  createdAgo?: number;
  labels?: Record<string, string>;
  deleting?: boolean;
}

export function pod(options: PodOptions): Pod {
  const rs = options.owner;
  const name = options.name ?? `${rs?.metadata.name ?? 'bare'}-${uidCounter + 1}`;
  const health = options.health ?? 'running';
  const image = rs?.spec.template.spec.containers[0].image ?? 'busybox:1.36';
  const restarts = options.restarts ?? (health === 'crashloop' ? 6 : 0);
  const status: ContainerStatus = {
    name: 'main',
    image,
    ready: health === 'running',
    restartCount: restarts,
    state:
      health === 'running' ? { running: { startedAt: ago(HOUR) } }
      : health === 'crashloop' ? { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s' } }
      : health === 'imagepull' ? { waiting: { reason: 'ImagePullBackOff' } }
      : health === 'completed' ? { terminated: { exitCode: 0, reason: 'Completed' } }
      : { waiting: { reason: 'ContainerCreating' } },
    lastState: restarts > 0
      ? { terminated: { exitCode: health === 'crashloop' ? 1 : 137, reason: 'Error', finishedAt: ago(options.lastRestartAgo ?? 2 * MINUTE) } }
      : undefined,
  };
  const phase = health === 'running' || health === 'crashloop' ? 'Running' : health === 'completed' ? 'Succeeded' : 'Pending';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: NS,
      uid: nextUid(name),
      resourceVersion: '300',
      creationTimestamp: ago(options.createdAgo ?? HOUR),
      deletionTimestamp: options.deleting ? ago(0) : undefined,
      labels: options.labels ?? rs?.spec.template.metadata?.labels ?? { app: 'bare' },
      ownerReferences: rs
        ? [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name, uid: rs.metadata.uid, controller: true }]
        : undefined,
    },
    spec: { containers: [{ name: 'main', image }] },
    status: { phase, containerStatuses: health === 'pending' ? [] : [status] },
  };
}

export function service(name: string, selector: Record<string, string> | undefined, options: { type?: 'ClusterIP' | 'NodePort'; port?: number; nodePort?: number; clusterIP?: string } = {}): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: NS, uid: nextUid(name), resourceVersion: '400', creationTimestamp: ago(8 * DAY) },
    spec: {
      type: options.type ?? 'ClusterIP',
      clusterIP: options.clusterIP ?? '10.43.0.1',
      selector,
      ports: [{ port: options.port ?? 80, nodePort: options.nodePort }],
    },
  };
}

export function snapshot(parts: Partial<Omit<ClusterSnapshot, 'now' | 'namespace'>>): ClusterSnapshot {
  return {
    namespace: NS,
    deployments: parts.deployments ?? [],
    replicaSets: parts.replicaSets ?? [],
    pods: parts.pods ?? [],
    services: parts.services ?? [],
    events: parts.events ?? [],
    now: NOW,
  };
}

/**
 * A Deployment with `history` old, scaled-down revisions and one current revision with running
 * pods: the common shape in the seed cluster.
 */
export function deploymentWithHistory(name: string, history: number, options: Partial<DeploymentOptions> = {}) {
  const current = history + 1;
  const dep = deployment({ name, revision: current, image: options.image ?? `${name}:r${current}`, ...options });
  const old = Array.from({ length: history }, (_, i) =>
    replicaSet({ owner: dep, revision: i + 1, replicas: 0, createdAgo: (8 - i * 0.1) * DAY }),
  );
  const live = replicaSet({ owner: dep, revision: current, replicas: dep.spec.replicas ?? 1, image: dep.spec.template.spec.containers[0].image, createdAgo: 23 * HOUR });
  const pods = Array.from({ length: dep.spec.replicas ?? 1 }, () => pod({ owner: live }));
  return { dep, old, live, pods, replicaSets: [...old, live] };
}
