// Builders for the objects a k3s server holds besides kilo-guardian's Deployments: single-replica
// Deployments with their ReplicaSet and pod, a DaemonSet's pod, completed Jobs and their pods,
// and each namespace's default ServiceAccount and kube-root-ca.crt ConfigMap. Shaped as
// `kubectl get -o yaml` prints them (managedFields left out); ids are deterministic.
import { podSuffix, podTemplateHash, sha256Hex, uidFor } from '../kilo-guardian/ids.mjs';
import { HOST_IP, NODE_NAME } from '../kilo-guardian/services.mjs';
import { SECOND, stamp } from '../kilo-guardian/time.mjs';

export { NODE_NAME, HOST_IP };

/** containerd reports images fully qualified. */
const qualified = (image) => (image.split('/').length > 2 ? image : image.includes('/') ? `docker.io/${image}` : `docker.io/library/${image}`);

export const uidIn = (namespace, seed) => uidFor(`${namespace}/${seed}`);

/** What the kubelet reports of a pod: conditions, one status per container, IPs, QoS class. */
function podStatus({ createdMsAgo, containers, podIP, finished }) {
  const created = stamp(createdMsAgo);
  const started = stamp(createdMsAgo - 2 * SECOND);
  const ready = finished ? { reason: 'PodCompleted', status: 'False' } : { status: 'True' };
  const readyAt = stamp(createdMsAgo - (finished ? finished.runMs + 2 * SECOND : 9 * SECOND));
  return {
    conditions: [
      { lastProbeTime: null, lastTransitionTime: finished ? readyAt : started, status: finished ? 'False' : 'True', type: 'PodReadyToStartContainers' },
      { lastProbeTime: null, lastTransitionTime: created, status: 'True', type: 'Initialized' },
      { lastProbeTime: null, lastTransitionTime: readyAt, ...ready, type: 'Ready' },
      { lastProbeTime: null, lastTransitionTime: readyAt, ...ready, type: 'ContainersReady' },
      { lastProbeTime: null, lastTransitionTime: created, status: 'True', type: 'PodScheduled' },
    ],
    containerStatuses: containers.map((c, i) => {
      const containerID = `containerd://${sha256Hex(`${podIP}/${c.name}/${createdMsAgo}`)}`;
      const state = finished
        ? { terminated: { containerID, exitCode: 0, finishedAt: stamp(createdMsAgo - finished.runMs), reason: 'Completed', startedAt: started } }
        : { running: { startedAt: stamp(createdMsAgo - (3 + i) * SECOND) } };
      return {
        containerID,
        image: qualified(c.image),
        imageID: `${qualified(c.image).replace(/:[^/:]+$/, '')}@sha256:${sha256Hex(c.image)}`,
        lastState: {},
        name: c.name,
        ready: !finished,
        restartCount: 0,
        started: !finished,
        state,
      };
    }),
    hostIP: HOST_IP,
    hostIPs: [{ ip: HOST_IP }],
    phase: finished ? 'Succeeded' : 'Running',
    podIP,
    podIPs: [{ ip: podIP }],
    qosClass: containers.some((c) => c.resources?.requests) ? 'Burstable' : 'BestEffort',
    startTime: created,
  };
}

/** A pod of `owner` (a ReplicaSet, DaemonSet or Job object) from its template. */
export function podOf(owner, template, { name, createdMsAgo, podIP, finished, serviceAccountName = 'default', extraLabels = {}, version }) {
  const { namespace } = owner.metadata;
  const volume = `kube-api-access-${podSuffix(`${namespace}/${name}/volume`)}`;
  const mount = { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: volume, readOnly: true };
  const containers = template.spec.containers.map((c) => ({ ...c, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', volumeMounts: [...(c.volumeMounts ?? []), mount] }));
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      creationTimestamp: stamp(createdMsAgo),
      generateName: name.slice(0, name.lastIndexOf('-') + 1),
      labels: { ...template.metadata.labels, ...extraLabels },
      name,
      namespace,
      ownerReferences: [{ apiVersion: owner.apiVersion, blockOwnerDeletion: true, controller: true, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid }],
      resourceVersion: String(version()),
      uid: uidIn(namespace, `Pod/${name}`),
    },
    spec: {
      ...template.spec,
      containers,
      dnsPolicy: template.spec.dnsPolicy ?? 'ClusterFirst',
      enableServiceLinks: true,
      nodeName: NODE_NAME,
      preemptionPolicy: 'PreemptLowerPriority',
      priority: template.spec.priorityClassName === 'system-node-critical' ? 2000001000 : template.spec.priorityClassName === 'system-cluster-critical' ? 2000000000 : 0,
      schedulerName: 'default-scheduler',
      securityContext: template.spec.securityContext ?? {},
      serviceAccount: serviceAccountName,
      serviceAccountName,
      terminationGracePeriodSeconds: template.spec.terminationGracePeriodSeconds ?? 30,
      tolerations: [
        { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
        { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
      ],
      volumes: [...(template.spec.volumes ?? []), { name: volume, projected: { defaultMode: 420, sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }, { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } }, { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } }] } }],
    },
    status: podStatus({ createdMsAgo, containers: template.spec.containers, podIP, finished }),
  };
}

/** A one-replica Deployment, its ReplicaSet (revision 1) and its running pod. */
export function deploymentSet({ namespace, name, labels, selector, template, createdMsAgo, podIP, serviceAccountName, annotations = {}, strategy, version }) {
  const hash = podTemplateHash(template, new Set());
  const hashed = { metadata: { ...template.metadata, labels: { ...template.metadata.labels, 'pod-template-hash': hash } }, spec: template.spec };
  const readyAt = stamp(createdMsAgo - 12 * SECOND);
  const deployment = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { annotations: { 'deployment.kubernetes.io/revision': '1', ...annotations }, creationTimestamp: stamp(createdMsAgo), generation: 1, labels, name, namespace, resourceVersion: String(version()), uid: uidIn(namespace, `Deployment/${name}`) },
    spec: {
      progressDeadlineSeconds: 600,
      replicas: 1,
      revisionHistoryLimit: 10,
      selector: { matchLabels: selector },
      strategy: strategy ?? { rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }, type: 'RollingUpdate' },
      template,
    },
    status: {
      availableReplicas: 1,
      conditions: [
        { lastTransitionTime: readyAt, lastUpdateTime: readyAt, message: 'Deployment has minimum availability.', reason: 'MinimumReplicasAvailable', status: 'True', type: 'Available' },
        { lastTransitionTime: stamp(createdMsAgo), lastUpdateTime: readyAt, message: `ReplicaSet "${name}-${hash}" has successfully progressed.`, reason: 'NewReplicaSetAvailable', status: 'True', type: 'Progressing' },
      ],
      observedGeneration: 1,
      readyReplicas: 1,
      replicas: 1,
      updatedReplicas: 1,
    },
  };
  const replicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      annotations: { 'deployment.kubernetes.io/desired-replicas': '1', 'deployment.kubernetes.io/max-replicas': '2', 'deployment.kubernetes.io/revision': '1' },
      creationTimestamp: stamp(createdMsAgo),
      generation: 1,
      labels: hashed.metadata.labels,
      name: `${name}-${hash}`,
      namespace,
      ownerReferences: [{ apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'Deployment', name, uid: deployment.metadata.uid }],
      resourceVersion: String(version()),
      uid: uidIn(namespace, `ReplicaSet/${name}-${hash}`),
    },
    spec: { replicas: 1, selector: { matchLabels: { ...selector, 'pod-template-hash': hash } }, template: hashed },
    status: { availableReplicas: 1, fullyLabeledReplicas: 1, observedGeneration: 1, readyReplicas: 1, replicas: 1 },
  };
  const pod = podOf(replicaSet, hashed, { name: `${name}-${hash}-${podSuffix(`${namespace}/${name}`)}`, createdMsAgo: createdMsAgo - SECOND, podIP, serviceAccountName, version });
  return { deployment, replicaSet, pod };
}

/** A Job that ran to completion, and its Completed pod. */
export function completedJob({ namespace, name, labels = {}, template, createdMsAgo, runMs, podIP, serviceAccountName = 'default', ownerReferences, annotations, version, backoffLimit = 6 }) {
  const uid = uidIn(namespace, `Job/${name}`);
  const controllerLabels = { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': name, 'controller-uid': uid, 'job-name': name };
  const jobTemplate = { metadata: { ...template.metadata, labels: { ...(template.metadata?.labels ?? {}), ...controllerLabels } }, spec: template.spec };
  const started = stamp(createdMsAgo);
  const completed = stamp(createdMsAgo - runMs - 2 * SECOND);
  const job = {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      ...(annotations ? { annotations } : {}),
      creationTimestamp: stamp(createdMsAgo),
      generation: 1,
      labels: { ...labels, ...controllerLabels },
      name,
      namespace,
      ...(ownerReferences ? { ownerReferences } : {}),
      resourceVersion: String(version()),
      uid,
    },
    spec: { backoffLimit, completionMode: 'NonIndexed', completions: 1, manualSelector: false, parallelism: 1, podReplacementPolicy: 'TerminatingOrFailed', selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } }, suspend: false, template: jobTemplate },
    status: {
      completionTime: completed,
      conditions: [
        { lastProbeTime: completed, lastTransitionTime: completed, message: 'Reached expected number of succeeded pods', reason: 'CompletionsReached', status: 'True', type: 'SuccessCriteriaMet' },
        { lastProbeTime: completed, lastTransitionTime: completed, message: 'Reached expected number of succeeded pods', reason: 'CompletionsReached', status: 'True', type: 'Complete' },
      ],
      ready: 0,
      startTime: started,
      succeeded: 1,
      terminating: 0,
      uncountedTerminatedPods: {},
    },
  };
  const pod = podOf(job, jobTemplate, { name: `${name}-${podSuffix(`${namespace}/${name}`)}`, createdMsAgo, podIP, serviceAccountName, finished: { runMs }, version });
  return { job, pod };
}

/** The ServiceAccount and CA ConfigMap the controllers put in every namespace. */
export function namespaceDefaults(namespace, createdMsAgo, version) {
  return {
    serviceAccount: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { creationTimestamp: stamp(createdMsAgo), name: 'default', namespace, resourceVersion: String(version()), uid: uidIn(namespace, 'ServiceAccount/default') } },
    rootCa: {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' }, creationTimestamp: stamp(createdMsAgo), name: 'kube-root-ca.crt', namespace, resourceVersion: String(version()), uid: uidIn(namespace, 'ConfigMap/kube-root-ca.crt') },
      data: { 'ca.crt': DEMO_CA },
    },
  };
}

/** A stand-in certificate: PEM-shaped, not a real key or certificate. */
export const DEMO_CA = '-----BEGIN CERTIFICATE-----\nTUlJQmR6Q0NBUjJnQXdJQkFnSUJBREFLQmdncWhrak9QUVFEQWpBak1TRXdId1lEVlFRRERCaHJNM010YzJWeWRtVnlMV05oUUR' +
  'FM01UZzBNVEUwTURBd0hoY05NalV4TWpBMk1EY3lNREF3V2hjTk16VXhNakEwTURjeU1EQXdXakFq\n-----END CERTIFICATE-----\n';
