// Hand-made fixture sets for the simulated-cluster tests: one Deployment with its ReplicaSet
// history and running pods, built the way the real fixtures are (uids, owners, revisions).
import type { Deployment, Pod, ReplicaSet } from '../../src/domain/resources.js';
import { templateHash } from '../../src/demo/controllers/templateHash.js';
import type { Behaviour, FixtureSet } from '../../src/demo/fixtureTypes.js';

export const NS = 'kilo-guardian';
export const T0 = Date.parse('2026-01-06T12:00:00Z');
const stamp = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const TRACEBACK = [
  'Traceback (most recent call last):',
  '  File "/app/main.py", line 16, in <module>',
  "ModuleNotFoundError: No module named 'prometheus_client'",
];

export const behaviours: Behaviour[] = [
  { image: 'web:v1', startup: ['web v1 starting', 'listening on :8080'], every: { intervalSeconds: 5, lines: ['GET /health 200'] } },
  { image: 'web:v2', startup: ['web v2 starting'], every: { intervalSeconds: 5, lines: ['GET /health 200'] } },
  // In the registry, run by no fixture object: the kubelet pulls it first.
  { image: 'web:v3', startup: ['web v3 starting'], every: { intervalSeconds: 5, lines: ['GET /health 200'] } },
  { image: 'web:bad', startup: TRACEBACK, startupIntervalMs: 10, exit: { afterSeconds: 2, code: 1 } },
];

export function template(image: string, app = 'web') {
  return { metadata: { labels: { app } }, spec: { containers: [{ name: app, image }] } };
}

export function deployment(name: string, image: string, options: Partial<Deployment['spec']> & { revision?: number } = {}): Deployment {
  const { revision, ...spec } = options;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: NS, uid: `uid-${name}`, generation: 1, creationTimestamp: stamp(T0 - 86_400_000),
      annotations: { 'deployment.kubernetes.io/revision': String(revision ?? 1) } },
    spec: { replicas: 1, selector: { matchLabels: { app: name } }, template: template(image, name), ...spec },
  };
}

export function replicaSet(d: Deployment, image: string, revision: number, replicas: number, ageMs: number): ReplicaSet {
  const t = template(image, d.metadata.name);
  const hash = templateHash(t);
  const labels = { app: d.metadata.name, 'pod-template-hash': hash };
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`, namespace: NS, uid: `uid-rs-${d.metadata.name}-${revision}`, generation: 1,
      creationTimestamp: stamp(T0 - ageMs), labels,
      annotations: { 'deployment.kubernetes.io/revision': String(revision), 'deployment.kubernetes.io/desired-replicas': '1' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name, uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }],
    },
    spec: { replicas, selector: { matchLabels: { app: d.metadata.name, 'pod-template-hash': hash } }, template: { ...t, metadata: { labels } } },
    status: replicas ? { replicas, readyReplicas: replicas, availableReplicas: replicas, fullyLabeledReplicas: replicas, observedGeneration: 1 } : { replicas: 0, observedGeneration: 1 },
  };
}

export function runningPod(rs: ReplicaSet, suffix: string, startedAgoMs: number): Pod {
  const started = stamp(T0 - startedAgoMs);
  const c = rs.spec.template.spec.containers[0];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `${rs.metadata.name}-${suffix}`, namespace: NS, uid: `uid-pod-${rs.metadata.name}-${suffix}`, creationTimestamp: started,
      labels: rs.spec.template.metadata!.labels,
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name, uid: rs.metadata.uid, controller: true, blockOwnerDeletion: true }] },
    spec: { containers: [c], nodeName: 'kilo-tablet' },
    status: {
      phase: 'Running', startTime: started,
      conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: started }, { type: 'ContainersReady', status: 'True', lastTransitionTime: started }],
      containerStatuses: [{ name: c.name, image: c.image, ready: true, started: true, restartCount: 0, state: { running: { startedAt: started } }, lastState: {} }],
    },
  };
}

/** A crash-looping pod as the seed report shows kilo-meds: waiting in back-off after `restarts` failures. */
export function crashLoopingPod(rs: ReplicaSet, suffix: string, restarts: number): Pod {
  const pod = runningPod(rs, suffix, 7 * 60_000);
  const c = pod.spec.containers[0];
  pod.status!.conditions = [{ type: 'Ready', status: 'False', lastTransitionTime: stamp(T0 - 7 * 60_000) }];
  pod.status!.containerStatuses = [{
    name: c.name, image: c.image, ready: false, started: false, restartCount: restarts,
    state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=${c.name} pod=${pod.metadata.name}` } },
    lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: stamp(T0 - 60_000), finishedAt: stamp(T0 - 58_000) } },
  }];
  return pod;
}

/** "web": three revisions (v1 old, v1→v2 history), current v2 with `replicas` running pods. */
export function webFixture(options: { replicas?: number; history?: number } = {}): FixtureSet {
  const replicas = options.replicas ?? 2;
  const history = options.history ?? 2;
  const d = deployment('web', 'web:v2', { replicas, revision: history + 1 });
  d.status = {
    observedGeneration: 1, replicas, updatedReplicas: replicas, readyReplicas: replicas, availableReplicas: replicas,
    conditions: [
      { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
      { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: 'ReplicaSet "x" has successfully progressed.' },
    ],
  };
  const old = Array.from({ length: history }, (_, i) => replicaSet(d, i === 0 ? 'web:v1' : `web:v1.${i}`, i + 1, 0, (10 - i) * 3_600_000));
  const current = replicaSet(d, 'web:v2', history + 1, replicas, 3_600_000);
  const pods = Array.from({ length: replicas }, (_, i) => runningPod(current, `p${i}`, 3_600_000));
  return { namespace: NS, objects: [d, ...old, current, ...pods], behaviours };
}

/** "meds": stuck like kilo-meds — old RS serving one pod, new RS's pod crash-looping with 6 restarts. */
export function stuckFixture(progressingSinceMs = 7 * 60_000): FixtureSet {
  const d = deployment('meds', 'web:bad', { replicas: 1, revision: 2 });
  const old = replicaSet(d, 'web:v1', 1, 1, 23 * 3_600_000);
  const fresh = replicaSet(d, 'web:bad', 2, 1, 7 * 60_000);
  fresh.status = { replicas: 1, fullyLabeledReplicas: 1, observedGeneration: 1 };
  d.status = {
    observedGeneration: 1, replicas: 2, updatedReplicas: 1, readyReplicas: 1, availableReplicas: 1, unavailableReplicas: 1,
    conditions: [
      { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
      { type: 'Progressing', status: 'True', reason: 'ReplicaSetUpdated', message: `ReplicaSet "${fresh.metadata.name}" is progressing.`,
        lastUpdateTime: stamp(T0 - progressingSinceMs), lastTransitionTime: stamp(T0 - progressingSinceMs) },
    ],
  };
  return { namespace: NS, objects: [d, old, fresh, runningPod(old, 'old00', 23 * 3_600_000), crashLoopingPod(fresh, 'new00', 6)], behaviours };
}
