// The subset of Kubernetes object shapes kilo-tui reads and writes. Field names follow the
// Kubernetes API exactly, so objects from the API server, the demo fixtures and tests are all
// plain JSON of these types; nothing here depends on @kubernetes/client-node.
//
// A field is required here only when the API server refuses to store an object without it (its
// validation, not just the OpenAPI schema: a Deployment needs a selector and a template, a container
// a name and an image) or always sets it (metadata.name and .uid, a container status's counts).
// Everything else is optional, as in real data. src/domain/admitObject.ts checks these shapes on
// every object that arrives, so what the types promise holds at runtime: an object that breaks a
// required field is skipped and counted, a wrongly typed optional one is dropped.
import type { MetricsState } from './metrics/usage.js';
import type { SnapshotLists } from './kinds.js';
import type { ServedResource, TableColumn } from './servedResources.js';
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
} from './builtinResources.js';
import type { Endpoints, EndpointSlice } from './endpointResources.js';

export type * from './builtinResources.js';
export type * from './endpointResources.js';

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name: string;
  /** The prefix the server added a random suffix to (EndpointSlices, generated pods). */
  generateName?: string;
  namespace?: string;
  uid: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol?: string;
}

export interface Container {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
  ports?: ContainerPort[];
  env?: { name: string; value?: string }[];
  imagePullPolicy?: string;
  resources?: Record<string, unknown>;
}

export interface PodSpec {
  containers: Container[];
  nodeName?: string;
  restartPolicy?: string;
  terminationGracePeriodSeconds?: number;
  [extra: string]: unknown;
}

export interface PodTemplateSpec {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string>; creationTimestamp?: string | null };
  spec: PodSpec;
}

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
}

export interface DeploymentStrategy {
  type?: 'RollingUpdate' | 'Recreate';
  rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string };
}

export interface Deployment {
  apiVersion: 'apps/v1';
  kind: 'Deployment';
  metadata: ObjectMeta;
  spec: {
    replicas?: number;
    selector: LabelSelector;
    template: PodTemplateSpec;
    strategy?: DeploymentStrategy;
    revisionHistoryLimit?: number;
    progressDeadlineSeconds?: number;
    minReadySeconds?: number;
    paused?: boolean;
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    unavailableReplicas?: number;
    conditions?: Condition[];
  };
}

export interface ReplicaSet {
  apiVersion: 'apps/v1';
  kind: 'ReplicaSet';
  metadata: ObjectMeta;
  spec: {
    replicas?: number;
    selector: LabelSelector;
    template: PodTemplateSpec;
    minReadySeconds?: number;
  };
  status?: {
    replicas?: number;
    fullyLabeledReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    observedGeneration?: number;
  };
}

export interface ContainerStateWaiting { reason?: string; message?: string }
export interface ContainerStateRunning { startedAt?: string }
export interface ContainerStateTerminated {
  exitCode: number;
  reason?: string;
  message?: string;
  startedAt?: string;
  finishedAt?: string;
  containerID?: string;
}
export interface ContainerState {
  waiting?: ContainerStateWaiting;
  running?: ContainerStateRunning;
  terminated?: ContainerStateTerminated;
}

export interface ContainerStatus {
  name: string;
  image: string;
  imageID?: string;
  containerID?: string;
  ready: boolean;
  started?: boolean;
  restartCount: number;
  state?: ContainerState;
  lastState?: ContainerState;
}

export interface Pod {
  apiVersion: 'v1';
  kind: 'Pod';
  metadata: ObjectMeta;
  spec: PodSpec;
  status?: {
    phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
    conditions?: Condition[];
    hostIP?: string;
    hostIPs?: { ip?: string }[];
    podIP?: string;
    podIPs?: { ip?: string }[];
    startTime?: string;
    containerStatuses?: ContainerStatus[];
    reason?: string;
    message?: string;
  };
}

export interface ServicePort {
  name?: string;
  protocol?: string;
  port: number;
  targetPort?: number | string;
  nodePort?: number;
}

export interface Service {
  apiVersion: 'v1';
  kind: 'Service';
  metadata: ObjectMeta;
  spec: {
    type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
    clusterIP?: string;
    clusterIPs?: string[];
    selector?: Record<string, string>;
    ports?: ServicePort[];
    sessionAffinity?: string;
  };
  status?: Record<string, unknown>;
}

export interface KubeEvent {
  apiVersion: 'v1';
  kind: 'Event';
  metadata: ObjectMeta;
  /** Every field is optional in the API: an Event about an object of no kind is valid. */
  involvedObject: { kind?: string; name?: string; namespace?: string; uid?: string; apiVersion?: string; fieldPath?: string };
  reason?: string;
  message?: string;
  type?: 'Normal' | 'Warning';
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
  source?: { component?: string; host?: string };
}

export interface StatefulSet {
  apiVersion: 'apps/v1';
  kind: 'StatefulSet';
  metadata: ObjectMeta;
  spec: {
    replicas?: number;
    selector: LabelSelector;
    template: PodTemplateSpec;
    serviceName?: string;
    podManagementPolicy?: 'OrderedReady' | 'Parallel';
    updateStrategy?: { type?: 'RollingUpdate' | 'OnDelete'; rollingUpdate?: { partition?: number; maxUnavailable?: number | string } };
    revisionHistoryLimit?: number;
    minReadySeconds?: number;
    volumeClaimTemplates?: Record<string, unknown>[];
    persistentVolumeClaimRetentionPolicy?: { whenDeleted?: string; whenScaled?: string };
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    readyReplicas?: number;
    currentReplicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    currentRevision?: string;
    updateRevision?: string;
    collisionCount?: number;
    conditions?: Condition[];
  };
}

export interface CustomResourceColumn {
  name: string;
  type: string;
  jsonPath: string;
  description?: string;
  format?: string;
  priority?: number;
}

export interface CustomResourceDefinition {
  apiVersion: 'apiextensions.k8s.io/v1';
  kind: 'CustomResourceDefinition';
  metadata: ObjectMeta;
  spec: {
    group: string;
    names: { plural: string; kind: string; singular?: string; listKind?: string; shortNames?: string[]; categories?: string[] };
    scope: string;
    versions: {
      name: string;
      served: boolean;
      storage: boolean;
      deprecated?: boolean;
      schema?: Record<string, unknown>;
      subresources?: Record<string, unknown>;
      additionalPrinterColumns?: CustomResourceColumn[];
    }[];
  };
  status?: { conditions?: Condition[]; storedVersions?: string[]; acceptedNames?: Record<string, unknown> };
}

/**
 * An object of a kind kilo-tui has no renderer of (any kind the server serves, custom resources
 * included), as a row of the server's Table form: kubectl's columns and cells, and the object.
 */
export interface ServedObject {
  apiVersion: 'meta.k8s.io/v1';
  kind: 'ServedObject';
  /** The object's own metadata. */
  metadata: ObjectMeta;
  /** What it is, as discovery says (shared by every row of one list). */
  resource: ServedResource;
  /** The Table's columns (kubectl's), shared by every row of one list. */
  columns: readonly TableColumn[];
  cells: readonly unknown[];
  /** The object as the server sent it (the Table row's object, includeObject=Object). */
  object: { apiVersion?: string; kind?: string; metadata?: ObjectMeta } & Record<string, unknown>;
}

export interface Namespace {
  apiVersion: 'v1';
  kind: 'Namespace';
  metadata: ObjectMeta;
  spec?: { finalizers?: string[] };
  status?: { phase?: string };
}

/** A node's condition: as a Condition, with the kubelet's heartbeat. */
export interface NodeCondition extends Condition {
  lastHeartbeatTime?: string;
}

/** Cluster-scoped: metadata.namespace is absent. */
export interface KubeNode {
  apiVersion: 'v1';
  kind: 'Node';
  metadata: ObjectMeta;
  spec?: {
    podCIDR?: string;
    podCIDRs?: string[];
    providerID?: string;
    unschedulable?: boolean;
    taints?: { key: string; value?: string; effect: string }[];
  };
  status?: {
    /** Quantities by resource name ("cpu": "8", "memory": "7960380Ki", "pods": "110"). */
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
    conditions?: NodeCondition[];
    addresses?: { type: string; address: string }[];
    nodeInfo?: {
      architecture?: string;
      containerRuntimeVersion?: string;
      kernelVersion?: string;
      kubeletVersion?: string;
      kubeProxyVersion?: string;
      operatingSystem?: string;
      osImage?: string;
      machineID?: string;
      systemUUID?: string;
      bootID?: string;
    };
  };
}

/** The object type of each kind in the registry (domain/kinds.ts): a new kind adds its line here. */
export interface ObjectOfKind {
  Deployment: Deployment;
  ReplicaSet: ReplicaSet;
  Pod: Pod;
  Service: Service;
  Event: KubeEvent;
  StatefulSet: StatefulSet;
  CustomResourceDefinition: CustomResourceDefinition;
  ServedObject: ServedObject;
  // Issue 11's built-in kinds (builtinResources.ts), alphabetical.
  ConfigMap: ConfigMap;
  CronJob: CronJob;
  DaemonSet: DaemonSet;
  HorizontalPodAutoscaler: HorizontalPodAutoscaler;
  Ingress: Ingress;
  Job: Job;
  PersistentVolume: PersistentVolume;
  PersistentVolumeClaim: PersistentVolumeClaim;
  Secret: Secret;
  ServiceAccount: ServiceAccount;
  Node: KubeNode;
  Namespace: Namespace;
  // Endpoints and EndpointSlices (endpointResources.ts).
  Endpoints: Endpoints;
  EndpointSlice: EndpointSlice;
}

/** A kind kilo-tui lists, watches and describes: a key of the registry. */
export type KindName = keyof ObjectOfKind;

/** Every kind the demo serves; all of them are registered kinds now. */
export type ResourceKind = KindName;

export type KubeObject = ObjectOfKind[KindName];

/**
 * Everything the pure derivations need: the namespace's objects and the time they are judged at.
 * One list per registered kind, named by the registry (`deployments`, `replicaSets`…); the kinds
 * the audit reads are always there, the others only while they are watched.
 */
export interface ClusterSnapshot extends SnapshotLists {
  namespace: string;
  /** Epoch milliseconds; injected so ages and deadlines are deterministic in tests. */
  now: number;
  /** Usage from metrics.k8s.io (latest readings and kept samples); absent where none was asked for. */
  metrics?: MetricsState;
}

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';
export const RESTARTED_AT_ANNOTATION = 'kubectl.kubernetes.io/restartedAt';
