// One realistic object of every registered kind, as the API server returns it (kind and
// apiVersion set). The registry-completeness test runs each kind's parts on its sample, so a
// new kind adds its sample here (the mapped type makes a missing one a type error too).
import type { CustomResourceDefinition, KindName, ObjectOfKind, ServedObject, StatefulSet } from '../../src/domain/resources.js';
import { tabletNode } from '../../src/demo/tabletNode.js';
import { deployment, kubeEvent, pod, replicaSet, service } from '../render/objectBuilders.js';
import { BUILTIN_SAMPLES } from './builtinSamples.js';
import { endpointSliceSample, endpointsSample } from './endpointSamples.js';

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

/** traefik's IngressRoute CRD as k3s installs it (schema trimmed). */
export const customResourceDefinitionSample: CustomResourceDefinition = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'ingressroutes.traefik.io', uid: '8f7c2d1e-4b3a-5c6d-9e8f-0a1b2c3d4e5f', resourceVersion: '419', generation: 1, creationTimestamp: '2025-11-03T08:48:00Z' },
  spec: {
    group: 'traefik.io',
    names: { kind: 'IngressRoute', listKind: 'IngressRouteList', plural: 'ingressroutes', singular: 'ingressroute' },
    scope: 'Namespaced',
    versions: [{ name: 'v1alpha1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object' } } }],
  },
  status: { storedVersions: ['v1alpha1'], conditions: [{ type: 'Established', status: 'True', reason: 'InitialNamesAccepted', message: 'the initial names have been accepted' }] },
};

/** A row of the server's Table for one IngressRoute (includeObject=Object), as the watcher makes it a ServedObject. */
const ingressRouteMetadata = { name: 'traefik-dashboard', namespace: 'kube-system', uid: '561c1305-8b3d-5605-b676-17a4ea1e0da0', resourceVersion: '143', generation: 1, creationTimestamp: '2025-11-26T09:58:00Z' };
export const servedObjectSample: ServedObject = {
  apiVersion: 'meta.k8s.io/v1',
  kind: 'ServedObject',
  metadata: ingressRouteMetadata,
  resource: { group: 'traefik.io', version: 'v1alpha1', plural: 'ingressroutes', singular: 'ingressroute', kind: 'IngressRoute', namespaced: true, shortNames: [], categories: [], verbs: ['delete', 'get', 'list', 'watch'] },
  columns: [{ name: 'Name', type: 'string', format: 'name' }, { name: 'Age', type: 'date' }],
  cells: ['traefik-dashboard', '41d'],
  object: { apiVersion: 'traefik.io/v1alpha1', kind: 'IngressRoute', metadata: ingressRouteMetadata, spec: { entryPoints: ['web'], routes: [{ kind: 'Rule', match: 'Host(`traefik.kilo.home`)' }] } },
};

export const KIND_SAMPLES: { [K in KindName]: ObjectOfKind[K] } = {
  Deployment: dep,
  ReplicaSet: rs,
  Pod: runningPod,
  Service: service('kilo-meds'),
  Event: kubeEvent(runningPod, 'Started', 'Started container meds'),
  StatefulSet: statefulSetSample,
  CustomResourceDefinition: customResourceDefinitionSample,
  ServedObject: servedObjectSample,
  ...BUILTIN_SAMPLES,
  Node: tabletNode('kilo-tablet', '2025-12-16T07:50:00Z', Date.parse('2026-01-06T12:00:00Z')),
  Namespace: {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: 'kube-system', uid: '0f5e2a4c-8d1b-4c3e-9f7a-6b2d1e0c9a8f', resourceVersion: '4', creationTimestamp: '2025-11-02T09:14:00Z', labels: { 'kubernetes.io/metadata.name': 'kube-system' } },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  },
  Endpoints: endpointsSample,
  EndpointSlice: endpointSliceSample,
};
