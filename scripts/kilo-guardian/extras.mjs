// What kilo-guardian holds besides the report's Deployments, ReplicaSets, Pods and Services (whose
// counts stay the report's): the default ServiceAccount and CA ConfigMap every namespace has, a
// local-path PersistentVolumeClaim bound to its (cluster-scoped) PersistentVolume for kilo-library's
// documents, traefik's Ingress for kilo-frontend, and an autoscaler for kilo-gateway.
import { namespaceDefaults, uidIn } from '../kube-system/objects.mjs';
import { HOST_IP, NAMESPACE } from './services.mjs';
import { DAY, HOUR, MINUTE, SECOND, stamp } from './time.mjs';

const ns = NAMESPACE;
/** When the namespace was created: before its oldest ReplicaSet (8d20h14m). */
const CREATED = 8 * DAY + 20 * HOUR + 30 * MINUTE;

function storage(version) {
  const createdMsAgo = 8 * DAY + 18 * HOUR + 53 * MINUTE;
  const claimUid = uidIn(ns, 'PersistentVolumeClaim/kilo-library-data');
  const volume = `pvc-${claimUid}`;
  const claim = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      annotations: { 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes', 'volume.beta.kubernetes.io/storage-provisioner': 'rancher.io/local-path', 'volume.kubernetes.io/selected-node': 'kilo-tablet', 'volume.kubernetes.io/storage-provisioner': 'rancher.io/local-path' },
      creationTimestamp: stamp(createdMsAgo), finalizers: ['kubernetes.io/pvc-protection'], labels: { app: 'kilo-library' }, name: 'kilo-library-data', namespace: ns, resourceVersion: String(version()), uid: claimUid,
    },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '2Gi' } }, storageClassName: 'local-path', volumeMode: 'Filesystem', volumeName: volume },
    status: { accessModes: ['ReadWriteOnce'], capacity: { storage: '2Gi' }, phase: 'Bound' },
  };
  const pv = {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      annotations: { 'local.path.provisioner/selected-node': 'kilo-tablet', 'pv.kubernetes.io/provisioned-by': 'rancher.io/local-path' },
      creationTimestamp: stamp(createdMsAgo - 6 * SECOND), finalizers: ['kubernetes.io/pv-protection'], name: volume, resourceVersion: String(version()), uid: uidIn('', `PersistentVolume/${volume}`),
    },
    spec: {
      accessModes: ['ReadWriteOnce'], capacity: { storage: '2Gi' },
      claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: 'kilo-library-data', namespace: ns, resourceVersion: '1204', uid: claimUid },
      hostPath: { path: `/var/lib/rancher/k3s/storage/${volume}_${ns}_kilo-library-data`, type: 'DirectoryOrCreate' },
      nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['kilo-tablet'] }] }] } },
      persistentVolumeReclaimPolicy: 'Delete', storageClassName: 'local-path', volumeMode: 'Filesystem',
    },
    status: { lastPhaseTransitionTime: stamp(createdMsAgo - 6 * SECOND), phase: 'Bound' },
  };
  return { claim, pv };
}

function ingress(version) {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { creationTimestamp: stamp(7 * DAY + 15 * HOUR + 40 * MINUTE), generation: 1, labels: { app: 'kilo-frontend' }, name: 'kilo-frontend', namespace: ns, resourceVersion: String(version()), uid: uidIn(ns, 'Ingress/kilo-frontend') },
    spec: {
      ingressClassName: 'traefik',
      rules: [{ host: 'kilo.home.arpa', http: { paths: [
        { backend: { service: { name: 'kilo-gateway', port: { number: 8000 } } }, path: '/api', pathType: 'Prefix' },
        { backend: { service: { name: 'kilo-frontend', port: { number: 80 } } }, path: '/', pathType: 'Prefix' },
      ] } }],
    },
    status: { loadBalancer: { ingress: [{ ip: HOST_IP }] } },
  };
}

function autoscaler(version) {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { creationTimestamp: stamp(7 * DAY + 21 * HOUR + 2 * MINUTE), name: 'kilo-gateway', namespace: ns, resourceVersion: String(version()), uid: uidIn(ns, 'HorizontalPodAutoscaler/kilo-gateway') },
    spec: { maxReplicas: 3, metrics: [{ resource: { name: 'cpu', target: { averageValue: '200m', type: 'AverageValue' } }, type: 'Resource' }], minReplicas: 1, scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'kilo-gateway' } },
    status: {
      conditions: [
        { lastTransitionTime: stamp(7 * DAY + 21 * HOUR), message: 'recommended size matches current size', reason: 'ReadyForNewScale', status: 'True', type: 'AbleToScale' },
        { lastTransitionTime: stamp(7 * DAY + 21 * HOUR), message: 'the HPA was able to successfully calculate a replica count from cpu resource', reason: 'ValidMetricFound', status: 'True', type: 'ScalingActive' },
        { lastTransitionTime: stamp(7 * DAY + 21 * HOUR), message: 'the desired count is within the acceptable range', reason: 'DesiredWithinRange', status: 'False', type: 'ScalingLimited' },
      ],
      currentMetrics: [{ resource: { current: { averageValue: '12m' }, name: 'cpu' }, type: 'Resource' }],
      currentReplicas: 1,
      desiredReplicas: 1,
    },
  };
}

export function kiloGuardianExtras(version) {
  const defaults = namespaceDefaults(ns, CREATED, version);
  const { claim, pv } = storage(version);
  return { serviceAccounts: [defaults.serviceAccount], configMaps: [defaults.rootCa], persistentVolumeClaims: [claim], persistentVolumes: [pv], ingresses: [ingress(version)], autoscalers: [autoscaler(version)] };
}
