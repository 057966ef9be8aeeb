// One realistic object of every registered kind, as the API server returns it (kind and
// apiVersion set). The registry-completeness test runs each kind's parts on its sample, so a
// new kind adds its sample here (the mapped type makes a missing one a type error too).
import type { KindName, ObjectOfKind, StatefulSet } from '../../src/domain/resources.js';
import { deployment, kubeEvent, pod, replicaSet, service } from '../render/objectBuilders.js';
import { BUILTIN_SAMPLES } from './builtinSamples.js';

const dep = deployment('kilo-meds', { replicas: 1 });
const built = replicaSet(dep, 2, { replicas: 1 });
// As the API server insists, the template carries the selector's labels (the builder leaves the hash off).
const rs = { ...built, spec: { ...built.spec, template: { ...built.spec.template, metadata: { labels: { ...built.spec.selector.matchLabels } } } } };
const runningPod = pod(rs);

/** As `kubectl get sts kilo-db -o json` prints it (trimmed of managedFields). */
export const statefulSetSample: StatefulSet = {
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'kilo-db', namespace: 'kilo-data', uid: '5b0b7a2e-3c1d-5e8f-9a4b-2d6c8e0f1a3b', resourceVersion: '91213', generation: 1, creationTimestamp: '2025-12-16T07:53:00Z', labels: { app: 'kilo-db' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'kilo-db' } },
    serviceName: 'kilo-db',
    podManagementPolicy: 'OrderedReady',
    updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
    template: { metadata: { labels: { app: 'kilo-db' } }, spec: { containers: [{ name: 'postgres', image: 'postgres:16-alpine', ports: [{ containerPort: 5432, name: 'postgres', protocol: 'TCP' }] }] } },
    volumeClaimTemplates: [{ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } } }],
  },
  status: { observedGeneration: 1, replicas: 2, readyReplicas: 2, currentReplicas: 2, updatedReplicas: 2, availableReplicas: 2, currentRevision: 'kilo-db-7c9d8f6b5', updateRevision: 'kilo-db-7c9d8f6b5', collisionCount: 0 },
};

export const KIND_SAMPLES: { [K in KindName]: ObjectOfKind[K] } = {
  Deployment: dep,
  ReplicaSet: rs,
  Pod: runningPod,
  Service: service('kilo-meds'),
  Event: kubeEvent(runningPod, 'Started', 'Started container meds'),
  StatefulSet: statefulSetSample,
  ...BUILTIN_SAMPLES,
};
