// The pods of the serving ReplicaSets, all on the single k3s node, with the container states the
// report describes: kilo-ai-brain recovered from OOM kills long ago, the new kilo-meds pod is in
// CrashLoopBackOff.
import { podSuffix, sha256Hex, uidFor } from './ids.mjs';
import { HOST_IP, NAMESPACE, NODE_NAME } from './services.mjs';
import { DAY, HOUR, MINUTE, SECOND, stamp } from './time.mjs';
import { containerName } from './templates.mjs';

// Container runtimes report images fully qualified.
const qualified = (image) => (image.includes('/') ? `docker.io/${image}` : `docker.io/library/${image}`);

function crashLoopState(service, podName, podUid) {
  return {
    lastState: {
      terminated: {
        containerID: `containerd://${sha256Hex(`${podName}/crash-6`)}`,
        exitCode: 1,
        finishedAt: stamp(73 * SECOND),
        reason: 'Error',
        startedAt: stamp(74 * SECOND),
      },
    },
    ready: false,
    restartCount: 6,
    started: false,
    state: {
      waiting: {
        message: `back-off 5m0s restarting failed container=${containerName(service)} pod=${podName}_${NAMESPACE}(${podUid})`,
        reason: 'CrashLoopBackOff',
      },
    },
  };
}

function runningState(service, podName, startedMsAgo) {
  if (service.name !== 'kilo-ai-brain') {
    return { lastState: {}, ready: true, restartCount: 0, started: true, state: { running: { startedAt: stamp(startedMsAgo) } } };
  }
  // Eleven OOM kills during its first day; it has run untouched since.
  const lastStart = 7 * DAY + 3 * HOUR + 12 * MINUTE;
  return {
    lastState: {
      terminated: {
        containerID: `containerd://${sha256Hex(`${podName}/oom-11`)}`,
        exitCode: 137,
        finishedAt: stamp(lastStart + 11 * SECOND),
        reason: 'OOMKilled',
        startedAt: stamp(lastStart + 41 * MINUTE),
      },
    },
    ready: true,
    restartCount: 11,
    started: true,
    state: { running: { startedAt: stamp(lastStart) } },
  };
}

function conditions(createdMsAgo, readyMsAgo, ready, container) {
  const created = stamp(createdMsAgo);
  const started = stamp(createdMsAgo - 2 * SECOND);
  const readiness = ready
    ? { status: 'True' }
    : { message: `containers with unready status: [${container}]`, reason: 'ContainersNotReady', status: 'False' };
  const readyAt = stamp(readyMsAgo);
  return [
    { lastProbeTime: null, lastTransitionTime: started, status: 'True', type: 'PodReadyToStartContainers' },
    { lastProbeTime: null, lastTransitionTime: created, status: 'True', type: 'Initialized' },
    { lastProbeTime: null, lastTransitionTime: readyAt, ...readiness, type: 'Ready' },
    { lastProbeTime: null, lastTransitionTime: readyAt, ...readiness, type: 'ContainersReady' },
    { lastProbeTime: null, lastTransitionTime: created, status: 'True', type: 'PodScheduled' },
  ];
}

function podSpec(template, podName) {
  const volume = `kube-api-access-${podSuffix(`${podName}/volume`)}`;
  const mount = { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: volume, readOnly: true };
  return {
    ...template.spec,
    containers: template.spec.containers.map((c) => ({ ...c, volumeMounts: [...(c.volumeMounts ?? []), mount] })),
    enableServiceLinks: true,
    nodeName: NODE_NAME,
    preemptionPolicy: 'PreemptLowerPriority',
    priority: 0,
    serviceAccount: 'default',
    serviceAccountName: 'default',
    tolerations: [
      { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
      { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
    ],
    volumes: [
      ...(template.spec.volumes ?? []),
      {
        name: volume,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
            { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
          ],
        },
      },
    ],
  };
}

/** The pod of a serving ReplicaSet. `crashing` marks the stuck rollout's pod. */
export function podObject(service, rsObject, { crashing, podIP, resourceVersion, createdMsAgo }) {
  const podName = `${rsObject.metadata.name}-${podSuffix(rsObject.metadata.name)}`;
  const podUid = uidFor(`Pod/${podName}`);
  const template = rsObject.spec.template;
  const container = template.spec.containers[0];
  const startedMsAgo = createdMsAgo - 3 * SECOND;
  const state = crashing ? crashLoopState(service, podName, podUid) : runningState(service, podName, startedMsAgo);
  const readyMsAgo = service.name === 'kilo-ai-brain' ? 7 * DAY + 3 * HOUR + 11 * MINUTE : crashing ? createdMsAgo - 2 * SECOND : startedMsAgo - 9 * SECOND;
  // A crash-looping container still reports the id of its last (terminated) instance.
  const containerId = { containerID: crashing ? state.lastState.terminated.containerID : `containerd://${sha256Hex(`${podName}/${state.restartCount}`)}` };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      creationTimestamp: stamp(createdMsAgo),
      generateName: `${rsObject.metadata.name}-`,
      labels: { ...template.metadata.labels },
      name: podName,
      namespace: NAMESPACE,
      ownerReferences: [
        { apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'ReplicaSet', name: rsObject.metadata.name, uid: rsObject.metadata.uid },
      ],
      resourceVersion: String(resourceVersion),
      uid: podUid,
    },
    spec: podSpec(template, podName),
    status: {
      conditions: conditions(createdMsAgo, readyMsAgo, !crashing, container.name),
      containerStatuses: [
        {
          ...containerId,
          image: qualified(container.image),
          imageID: `${qualified(container.image).replace(/:[^:/]+$/, '')}@sha256:${sha256Hex(container.image + JSON.stringify(container.env ?? []))}`,
          name: container.name,
          ...state,
        },
      ],
      hostIP: HOST_IP,
      hostIPs: [{ ip: HOST_IP }],
      phase: 'Running',
      podIP,
      podIPs: [{ ip: podIP }],
      qosClass: Object.keys(container.resources ?? {}).length ? 'Burstable' : 'BestEffort',
      startTime: stamp(createdMsAgo),
    },
  };
}
