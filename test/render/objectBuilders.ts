// Small builders of Kubernetes JSON for the explorer tests, shaped like the kilo-guardian cluster.
import {
  REVISION_ANNOTATION,
  type Deployment,
  type KubeEvent,
  type Pod,
  type ReplicaSet,
  type Service,
} from '../../src/domain/resources.js';

export const NOW = Date.parse('2026-01-06T12:00:00Z');
export const ago = (ms: number): string => new Date(NOW - ms).toISOString();
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

let counter = 0;
const uid = (prefix: string): string => `${prefix}-${++counter}`;

export function deployment(name: string, opts: { revision?: number; replicas?: number; ready?: number; image?: string; age?: number; stuck?: string } = {}): Deployment {
  const replicas = opts.replicas ?? 1;
  const ready = opts.ready ?? replicas;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: 'kilo-guardian',
      uid: uid(`dep-${name}`),
      creationTimestamp: ago(opts.age ?? 8 * DAY),
      annotations: { [REVISION_ANNOTATION]: String(opts.revision ?? 1) },
      labels: { app: name },
    },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: opts.image ?? `kilo/${name}:latest` }] } },
    },
    status: {
      replicas,
      updatedReplicas: replicas,
      readyReplicas: ready,
      availableReplicas: ready,
      conditions: opts.stuck
        ? [
            { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
            { type: 'Progressing', status: 'False', reason: opts.stuck, message: `ReplicaSet has timed out progressing.` },
          ]
        : [
            { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
            { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' },
          ],
    },
  };
}

export function replicaSet(owner: Deployment, revision: number, opts: { replicas?: number; ready?: number; image?: string; age?: number } = {}): ReplicaSet {
  const replicas = opts.replicas ?? 0;
  const hash = `${revision.toString(16).padStart(4, '0')}abcd${counter % 10}`;
  const name = `${owner.metadata.name}-${hash}`;
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: 'kilo-guardian',
      uid: uid(`rs-${name}`),
      creationTimestamp: ago(opts.age ?? DAY),
      annotations: { [REVISION_ANNOTATION]: String(revision) },
      labels: { app: owner.metadata.name, 'pod-template-hash': hash },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: owner.metadata.name, uid: owner.metadata.uid, controller: true }],
    },
    spec: {
      replicas,
      selector: { matchLabels: { app: owner.metadata.name, 'pod-template-hash': hash } },
      template: { metadata: { labels: { app: owner.metadata.name } }, spec: { containers: [{ name: owner.metadata.name, image: opts.image ?? `kilo/${owner.metadata.name}:r${revision}` }] } },
    },
    status: { replicas, readyReplicas: opts.ready ?? replicas, availableReplicas: opts.ready ?? replicas },
  };
}

export function pod(owner: ReplicaSet, opts: { waiting?: string; restarts?: number; lastRestartAgo?: number; ready?: boolean; age?: number; exitCode?: number } = {}): Pod {
  const name = `${owner.metadata.name}-${uid('p').slice(-5)}`;
  const ready = opts.ready ?? !opts.waiting;
  const lastFinished = opts.lastRestartAgo === undefined ? undefined : ago(opts.lastRestartAgo);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'kilo-guardian',
      uid: uid(`pod-${name}`),
      creationTimestamp: ago(opts.age ?? HOUR),
      labels: { ...owner.spec.selector.matchLabels },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner.metadata.name, uid: owner.metadata.uid, controller: true }],
    },
    spec: { containers: owner.spec.template.spec.containers, nodeName: 'kilo-node-1' },
    status: {
      phase: 'Running',
      startTime: ago(opts.age ?? HOUR),
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      containerStatuses: [
        {
          name: owner.spec.template.spec.containers[0].name,
          image: owner.spec.template.spec.containers[0].image,
          ready,
          restartCount: opts.restarts ?? 0,
          state: opts.waiting ? { waiting: { reason: opts.waiting, message: 'back-off 2m40s restarting failed container' } } : { running: { startedAt: ago(opts.age ?? HOUR) } },
          lastState: lastFinished
            ? { terminated: { exitCode: opts.exitCode ?? 1, reason: 'Error', finishedAt: lastFinished, startedAt: ago((opts.lastRestartAgo ?? 0) + 5000) } }
            : {},
        },
      ],
    },
  };
}

export function service(name: string, opts: { type?: 'ClusterIP' | 'NodePort'; port?: number; nodePort?: number } = {}): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: 'kilo-guardian', uid: uid(`svc-${name}`), creationTimestamp: ago(8 * DAY) },
    spec: {
      type: opts.type ?? 'ClusterIP',
      clusterIP: '10.96.0.12',
      selector: { app: name },
      ports: [{ port: opts.port ?? 80, nodePort: opts.nodePort, protocol: 'TCP', targetPort: 8080 }],
    },
  };
}

export function kubeEvent(target: Pod | ReplicaSet | Deployment, reason: string, message: string, opts: { type?: 'Normal' | 'Warning'; ago?: number } = {}): KubeEvent {
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${target.metadata.name}.${uid('ev')}`, namespace: 'kilo-guardian', uid: uid('ev'), creationTimestamp: ago(opts.ago ?? MIN) },
    involvedObject: { kind: target.kind, name: target.metadata.name, namespace: 'kilo-guardian', uid: target.metadata.uid },
    reason,
    message,
    type: opts.type ?? 'Normal',
    count: 1,
    lastTimestamp: ago(opts.ago ?? MIN),
  };
}
