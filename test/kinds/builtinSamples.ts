// Issue 11's built-in kinds, one object each as a k3s server returns it (`kubectl get -o json`,
// trimmed of managedFields): the registry-completeness test and the renderer tests read them.
import type {
  ConfigMap,
  CronJob,
  DaemonSet,
  HorizontalPodAutoscaler,
  Ingress,
  Job,
  PersistentVolume,
  PersistentVolumeClaim,
  Secret,
  ServiceAccount,
} from '../../src/domain/resources.js';

const meta = (name: string, namespace: string | undefined, uid: string, created = '2025-12-16T07:53:00Z') => ({
  name,
  ...(namespace ? { namespace } : {}),
  uid,
  resourceVersion: '4242',
  creationTimestamp: created,
});

export const daemonSetSample: DaemonSet = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { ...meta('svclb-traefik-2b4a6e52', 'kube-system', '0d7c2a51-6b1e-4f3a-9c8d-1e2f3a4b5c6d'), generation: 1, labels: { 'objectset.rio.cattle.io/hash': 'b1a5ee1c', 'svccontroller.k3s.cattle.io/nodeselector': 'false' } },
  spec: {
    selector: { matchLabels: { app: 'svclb-traefik-2b4a6e52' } },
    template: {
      metadata: { labels: { app: 'svclb-traefik-2b4a6e52', 'svccontroller.k3s.cattle.io/svcname': 'traefik', 'svccontroller.k3s.cattle.io/svcnamespace': 'kube-system' } },
      spec: { containers: [{ name: 'lb-tcp-80', image: 'rancher/klipper-lb:v0.4.9' }, { name: 'lb-tcp-443', image: 'rancher/klipper-lb:v0.4.9' }] },
    },
    updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
    revisionHistoryLimit: 10,
  },
  status: { currentNumberScheduled: 1, numberMisscheduled: 0, desiredNumberScheduled: 1, numberReady: 1, observedGeneration: 1, updatedNumberScheduled: 1, numberAvailable: 1 },
};

export const jobSample: Job = {
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { ...meta('helm-install-traefik', 'kube-system', '3b9d1f0e-2a4c-4d6e-8f10-a2b3c4d5e6f7'), generation: 1, labels: { 'helmcharts.helm.cattle.io/chart': 'traefik' } },
  spec: {
    parallelism: 1,
    completions: 1,
    backoffLimit: 1000,
    completionMode: 'NonIndexed',
    suspend: false,
    selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': '3b9d1f0e-2a4c-4d6e-8f10-a2b3c4d5e6f7' } },
    template: {
      metadata: { labels: { 'batch.kubernetes.io/controller-uid': '3b9d1f0e-2a4c-4d6e-8f10-a2b3c4d5e6f7', 'batch.kubernetes.io/job-name': 'helm-install-traefik' } },
      spec: { containers: [{ name: 'helm', image: 'rancher/klipper-helm:v0.9.3-build20241008' }], restartPolicy: 'OnFailure' },
    },
  },
  status: {
    startTime: '2025-12-16T07:53:01Z',
    completionTime: '2025-12-16T07:53:36Z',
    succeeded: 1,
    ready: 0,
    terminating: 0,
    conditions: [{ type: 'Complete', status: 'True', lastTransitionTime: '2025-12-16T07:53:36Z' }],
  },
};

export const cronJobSample: CronJob = {
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { ...meta('kilo-db-backup', 'kilo-guardian', '6a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b'), generation: 1 },
  spec: {
    schedule: '0 3 * * *',
    suspend: false,
    concurrencyPolicy: 'Forbid',
    successfulJobsHistoryLimit: 3,
    failedJobsHistoryLimit: 1,
    jobTemplate: { spec: { backoffLimit: 2, template: { spec: { containers: [{ name: 'backup', image: 'kilo-backup:cb1' }], restartPolicy: 'OnFailure' } } } },
  },
  status: { lastScheduleTime: '2026-01-06T03:00:00Z', lastSuccessfulTime: '2026-01-06T03:00:42Z' },
};

export const configMapSample: ConfigMap = {
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: meta('coredns', 'kube-system', '7b2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f'),
  data: { Corefile: '.:53 {\n    errors\n    health\n}\n', NodeHosts: '192.168.1.50 kilo-tablet\n' },
};

/** A dummy TLS secret: its values are tests' markers that must never reach the screen. */
export const SECRET_VALUE_MARKER = 'LS0tLS1CRUdJTiBEVU1NWSBLSUxPIFNFQ1JFVC0tLS0t';

export const secretSample: Secret = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { ...meta('k3s-serving', 'kube-system', '8c3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a'), annotations: { 'listener.cattle.io/cn-kilo-tablet': 'kilo-tablet' } },
  type: 'kubernetes.io/tls',
  data: { 'tls.crt': SECRET_VALUE_MARKER, 'tls.key': `${SECRET_VALUE_MARKER}Cg==` },
};

export const serviceAccountSample: ServiceAccount = {
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: meta('coredns', 'kube-system', '9d4f5a6b-7c8d-4e9f-0a1b-2c3d4e5f6a7b'),
};

export const persistentVolumeClaimSample: PersistentVolumeClaim = {
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { ...meta('kilo-library-data', 'kilo-guardian', 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d'), annotations: { 'pv.kubernetes.io/bind-completed': 'yes', 'volume.kubernetes.io/storage-provisioner': 'rancher.io/local-path' } },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '2Gi' } }, storageClassName: 'local-path', volumeMode: 'Filesystem', volumeName: 'pvc-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' },
  status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '2Gi' } },
};

export const persistentVolumeSample: PersistentVolume = {
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { ...meta('pvc-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', undefined, 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e'), annotations: { 'pv.kubernetes.io/provisioned-by': 'rancher.io/local-path' } },
  spec: {
    accessModes: ['ReadWriteOnce'],
    capacity: { storage: '2Gi' },
    claimRef: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: 'kilo-library-data', namespace: 'kilo-guardian', uid: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' },
    hostPath: { path: '/var/lib/rancher/k3s/storage/pvc-a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d_kilo-guardian_kilo-library-data', type: 'DirectoryOrCreate' },
    persistentVolumeReclaimPolicy: 'Delete',
    storageClassName: 'local-path',
    volumeMode: 'Filesystem',
  },
  status: { phase: 'Bound' },
};

export const ingressSample: Ingress = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { ...meta('kilo-frontend', 'kilo-guardian', 'c3d4e5f6-a7b8-4c9d-0e1f-2a3b4c5d6e7f'), generation: 1 },
  spec: {
    ingressClassName: 'traefik',
    rules: [{ host: 'kilo.home.arpa', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'kilo-frontend', port: { number: 80 } } } }] } }],
  },
  status: { loadBalancer: { ingress: [{ ip: '192.168.1.50' }] } },
};

export const horizontalPodAutoscalerSample: HorizontalPodAutoscaler = {
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: meta('kilo-gateway', 'kilo-guardian', 'd4e5f6a7-b8c9-4d0e-1f2a-3b4c5d6e7f8a'),
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'kilo-gateway' },
    minReplicas: 1,
    maxReplicas: 3,
    metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }],
  },
  status: { currentReplicas: 1, desiredReplicas: 1, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 12, averageValue: '12m' } } }] },
};

export const BUILTIN_SAMPLES = {
  ConfigMap: configMapSample,
  CronJob: cronJobSample,
  DaemonSet: daemonSetSample,
  HorizontalPodAutoscaler: horizontalPodAutoscalerSample,
  Ingress: ingressSample,
  Job: jobSample,
  PersistentVolume: persistentVolumeSample,
  PersistentVolumeClaim: persistentVolumeClaimSample,
  Secret: secretSample,
  ServiceAccount: serviceAccountSample,
};
