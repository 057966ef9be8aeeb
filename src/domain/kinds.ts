// The kind registry: everything kilo-tui knows about a Kubernetes kind, said once. The snapshot
// type, the store's maps, watch paths, `:` commands, plan lines, delete impact, describe and the
// demo server's discovery, storage and Table form all derive from this table; renderers are
// attached by the render layer (render/registry.ts), which maps each kind here to one. Adding a
// kind: its type in resources.ts (ObjectOfKind), an entry here, a renderer, its entry in the demo
// table (demo/demoKinds.ts; README "Adding a kind").
import {
  customResourceDefinitionDeleteImpact,
  deploymentDeleteImpact,
  eventDeleteImpact,
  ownPodsStop,
  podDeleteImpact,
  replicaSetDeleteImpact,
  servedObjectDeleteImpact,
  serviceDeleteImpact,
  type DeleteImpact,
} from './plans/deleteImpact.js';
import {
  configMapShape,
  cronJobShape,
  daemonSetShape,
  horizontalPodAutoscalerShape,
  ingressShape,
  jobShape,
  persistentVolumeClaimShape,
  persistentVolumeShape,
  secretShape,
  serviceAccountShape,
} from './builtinShapes.js';
import {
  configMapDeleteImpact,
  cronJobDeleteImpact,
  daemonSetDeleteImpact,
  horizontalPodAutoscalerDeleteImpact,
  ingressDeleteImpact,
  jobDeleteImpact,
  persistentVolumeClaimDeleteImpact,
  persistentVolumeDeleteImpact,
  secretDeleteImpact,
  serviceAccountDeleteImpact,
} from './plans/builtinDeleteImpacts.js';
import { endpointSliceShape, endpointsShape } from './endpointShapes.js';
import { endpointSliceDeleteImpact, endpointsDeleteImpact } from './plans/endpointDeleteImpacts.js';
import { namespaceDeleteImpact } from './plans/namespaceDeleteImpact.js';
import { nodeDeleteImpact } from './plans/nodeDeleteImpact.js';
import { ordinalRollout, perNodeRollout, replicaSetRollout, type TemplateRollout } from './plans/templateRollout.js';
import {
  arr,
  condition,
  customResourceDefinitionShape,
  deploymentShape,
  servedObjectShape,
  eventShape,
  labelSelector,
  metadata,
  nodeShape,
  namespaceShape,
  obj,
  opt,
  podShape,
  podTemplate,
  replicaCounts,
  replicaSetShape,
  req,
  serviceShape,
  type Shape,
} from './objectShapes.js';
import type { KindName, ObjectOfKind } from './resources.js';

export interface KindDefinition<K extends KindName = KindName> {
  /** "" for the core group. */
  group: string;
  version: string;
  /** URL plural, e.g. "replicasets". */
  plural: string;
  singular: string;
  /** The short names the API server's discovery advertises (kubectl accepts them). */
  shortNames: readonly string[];
  /** The explorer's list of this kind and its main `:` command, e.g. "deploy". */
  command: string;
  /** More `:` words for the list, besides command, plural, singular, short names and kubectl name. */
  aliases: readonly string[];
  /** The list's title, e.g. "ReplicaSets". */
  title: string;
  namespaced: boolean;
  /** The ClusterSnapshot field holding the namespace's objects of this kind. */
  snapshotKey: string;
  /** The audit reads this kind: it is always in a snapshot (and watched while `:audit` is open). */
  audited: boolean;
  /** Discovery categories, e.g. "all" (kubectl get all). */
  categories: readonly string[];
  /** Subresources the demo server serves, e.g. "scale", "status", "log". */
  subresources: readonly string[];
  /** Runs pods from spec.template, selected by spec.selector (fixture validation checks both). */
  podTemplate: boolean;
  /**
   * A workload: kilo-tui changes its pod template (spec.template, so podTemplate is true) with
   * `kubectl set image|resources <singular>/<name>`, and shows and sorts by the summed usage of
   * its pods. Every feature that acts on workloads (set image, the memory limit plan and its
   * explanation, usage columns and sorts, metrics polling, the audit's owner lists) reads this.
   */
  workload?: WorkloadCapability<ObjectOfKind[K]>;
  /** The kind Enter lists, scoped to the selected object; describe when absent. */
  drillsTo?: KindName;
  /** The JSON shape its objects must have to be read (objectShapes.ts; checked by admitObject.ts). */
  shape: Shape;
  /**
   * Stands for any other kind the server serves (found through discovery, listed in the server's
   * Table form): its `:` words are the discovered resources', not its own.
   */
  generic?: boolean;
  /** What deleting one means (the modal's impact line); a reason when kilo-tui does not delete it. */
  deletion: { impact: DeleteImpact<ObjectOfKind[K]> } | { refused: string };
}

export interface WorkloadCapability<T> {
  /**
   * How its pods are found: those naming it as their controller, or (owning ReplicaSets) those of
   * the ReplicaSets it controls.
   */
  pods: 'controlled' | 'throughReplicaSets';
  /** What a changed template does to its pods (plans/templateRollout.ts). */
  rollout: (workload: T) => TemplateRollout;
}

/** Keep each entry on its lines: a kind is added by adding an entry, never by editing another's. */
export const KINDS = {
  Deployment: {
    group: 'apps', version: 'v1', plural: 'deployments', singular: 'deployment', shortNames: ['deploy'],
    command: 'deploy', aliases: ['dp'], title: 'Deployments', namespaced: true, snapshotKey: 'deployments', audited: true,
    categories: ['all'], subresources: ['scale', 'status'], podTemplate: true, drillsTo: 'ReplicaSet',
    workload: { pods: 'throughReplicaSets', rollout: replicaSetRollout },
    shape: deploymentShape,
    deletion: { impact: deploymentDeleteImpact },
  },
  ReplicaSet: {
    group: 'apps', version: 'v1', plural: 'replicasets', singular: 'replicaset', shortNames: ['rs'],
    command: 'rs', aliases: [], title: 'ReplicaSets', namespaced: true, snapshotKey: 'replicaSets', audited: true,
    categories: ['all'], subresources: ['scale', 'status'], podTemplate: true, drillsTo: 'Pod',
    shape: replicaSetShape,
    deletion: { impact: replicaSetDeleteImpact },
  },
  Pod: {
    group: '', version: 'v1', plural: 'pods', singular: 'pod', shortNames: ['po'],
    command: 'pods', aliases: [], title: 'Pods', namespaced: true, snapshotKey: 'pods', audited: true,
    categories: ['all'], subresources: ['log', 'status'], podTemplate: false,
    shape: podShape,
    deletion: { impact: podDeleteImpact },
  },
  Service: {
    group: '', version: 'v1', plural: 'services', singular: 'service', shortNames: ['svc'],
    command: 'svc', aliases: [], title: 'Services', namespaced: true, snapshotKey: 'services', audited: true,
    categories: ['all'], subresources: ['status'], podTemplate: false, drillsTo: 'Pod',
    shape: serviceShape,
    deletion: { impact: serviceDeleteImpact },
  },
  Event: {
    group: '', version: 'v1', plural: 'events', singular: 'event', shortNames: ['ev'],
    command: 'events', aliases: [], title: 'Events', namespaced: true, snapshotKey: 'events', audited: true,
    categories: [], subresources: [], podTemplate: false,
    shape: eventShape,
    deletion: { impact: eventDeleteImpact },
  },
  StatefulSet: {
    group: 'apps', version: 'v1', plural: 'statefulsets', singular: 'statefulset', shortNames: ['sts'],
    command: 'sts', aliases: [], title: 'StatefulSets', namespaced: true, snapshotKey: 'statefulSets', audited: false,
    categories: ['all'], subresources: ['scale', 'status'], podTemplate: true, drillsTo: 'Pod',
    workload: { pods: 'controlled', rollout: ordinalRollout },
    shape: obj({
      metadata: req(metadata),
      spec: req(obj({ replicas: opt('number'), selector: req(labelSelector), template: req(podTemplate), serviceName: opt('string'), minReadySeconds: opt('number'), revisionHistoryLimit: opt('number') })),
      status: opt(obj({ ...replicaCounts, currentReplicas: opt('number'), currentRevision: opt('string'), updateRevision: opt('string'), conditions: opt(arr(condition)) })),
    }),
    deletion: { impact: ownPodsStop },
  },
  CustomResourceDefinition: {
    group: 'apiextensions.k8s.io', version: 'v1', plural: 'customresourcedefinitions', singular: 'customresourcedefinition', shortNames: ['crd', 'crds'],
    command: 'crd', aliases: [], title: 'CustomResourceDefinitions', namespaced: false, snapshotKey: 'customResourceDefinitions', audited: false,
    categories: ['api-extensions'], subresources: ['status'], podTemplate: false,
    shape: customResourceDefinitionShape,
    deletion: { impact: customResourceDefinitionDeleteImpact },
  },
  ServedObject: {
    group: 'meta.k8s.io', version: 'v1', plural: 'servedobjects', singular: 'servedobject', shortNames: [],
    command: 'served', aliases: [], title: 'Objects', namespaced: true, snapshotKey: 'servedObjects', audited: false,
    categories: [], subresources: [], podTemplate: false, generic: true,
    shape: servedObjectShape,
    deletion: { impact: servedObjectDeleteImpact },
  },
  // Issue 11's built-in kinds, alphabetical: shapes in builtinShapes.ts, impacts in plans/builtinDeleteImpacts.ts.
  ConfigMap: {
    group: '', version: 'v1', plural: 'configmaps', singular: 'configmap', shortNames: ['cm'],
    command: 'cm', aliases: [], title: 'ConfigMaps', namespaced: true, snapshotKey: 'configMaps', audited: false,
    categories: [], subresources: [], podTemplate: false,
    shape: configMapShape,
    deletion: { impact: configMapDeleteImpact },
  },
  CronJob: {
    group: 'batch', version: 'v1', plural: 'cronjobs', singular: 'cronjob', shortNames: ['cj'],
    command: 'cj', aliases: [], title: 'CronJobs', namespaced: true, snapshotKey: 'cronJobs', audited: false,
    categories: ['all'], subresources: ['status'], podTemplate: false, drillsTo: 'Job',
    shape: cronJobShape,
    deletion: { impact: cronJobDeleteImpact },
  },
  DaemonSet: {
    group: 'apps', version: 'v1', plural: 'daemonsets', singular: 'daemonset', shortNames: ['ds'],
    command: 'ds', aliases: [], title: 'DaemonSets', namespaced: true, snapshotKey: 'daemonSets', audited: false,
    categories: ['all'], subresources: ['status'], podTemplate: true, drillsTo: 'Pod',
    workload: { pods: 'controlled', rollout: perNodeRollout },
    shape: daemonSetShape,
    deletion: { impact: daemonSetDeleteImpact },
  },
  HorizontalPodAutoscaler: {
    group: 'autoscaling', version: 'v2', plural: 'horizontalpodautoscalers', singular: 'horizontalpodautoscaler', shortNames: ['hpa'],
    command: 'hpa', aliases: [], title: 'HorizontalPodAutoscalers', namespaced: true, snapshotKey: 'horizontalPodAutoscalers', audited: false,
    categories: ['all'], subresources: ['status'], podTemplate: false,
    shape: horizontalPodAutoscalerShape,
    deletion: { impact: horizontalPodAutoscalerDeleteImpact },
  },
  Ingress: {
    group: 'networking.k8s.io', version: 'v1', plural: 'ingresses', singular: 'ingress', shortNames: ['ing'],
    command: 'ing', aliases: [], title: 'Ingresses', namespaced: true, snapshotKey: 'ingresses', audited: false,
    categories: [], subresources: ['status'], podTemplate: false,
    shape: ingressShape,
    deletion: { impact: ingressDeleteImpact },
  },
  Job: {
    group: 'batch', version: 'v1', plural: 'jobs', singular: 'job', shortNames: [],
    command: 'jobs', aliases: [], title: 'Jobs', namespaced: true, snapshotKey: 'jobs', audited: false,
    categories: ['all'], subresources: ['status'], podTemplate: true, drillsTo: 'Pod',
    shape: jobShape,
    deletion: { impact: jobDeleteImpact },
  },
  PersistentVolume: {
    group: '', version: 'v1', plural: 'persistentvolumes', singular: 'persistentvolume', shortNames: ['pv'],
    command: 'pv', aliases: [], title: 'PersistentVolumes', namespaced: false, snapshotKey: 'persistentVolumes', audited: false,
    categories: [], subresources: ['status'], podTemplate: false,
    shape: persistentVolumeShape,
    deletion: { impact: persistentVolumeDeleteImpact },
  },
  PersistentVolumeClaim: {
    group: '', version: 'v1', plural: 'persistentvolumeclaims', singular: 'persistentvolumeclaim', shortNames: ['pvc'],
    command: 'pvc', aliases: [], title: 'PersistentVolumeClaims', namespaced: true, snapshotKey: 'persistentVolumeClaims', audited: false,
    categories: [], subresources: ['status'], podTemplate: false,
    shape: persistentVolumeClaimShape,
    deletion: { impact: persistentVolumeClaimDeleteImpact },
  },
  Secret: {
    group: '', version: 'v1', plural: 'secrets', singular: 'secret', shortNames: [],
    command: 'sec', aliases: [], title: 'Secrets', namespaced: true, snapshotKey: 'secrets', audited: false,
    categories: [], subresources: [], podTemplate: false,
    shape: secretShape,
    deletion: { impact: secretDeleteImpact },
  },
  ServiceAccount: {
    group: '', version: 'v1', plural: 'serviceaccounts', singular: 'serviceaccount', shortNames: ['sa'],
    command: 'sa', aliases: [], title: 'ServiceAccounts', namespaced: true, snapshotKey: 'serviceAccounts', audited: false,
    categories: [], subresources: [], podTemplate: false,
    shape: serviceAccountShape,
    deletion: { impact: serviceAccountDeleteImpact },
  },
  Node: {
    group: '', version: 'v1', plural: 'nodes', singular: 'node', shortNames: ['no'],
    command: 'no', aliases: [], title: 'Nodes', namespaced: false, snapshotKey: 'nodes', audited: false,
    categories: [], subresources: ['status'], podTemplate: false, drillsTo: 'Pod',
    shape: nodeShape,
    deletion: { impact: nodeDeleteImpact },
  },
  Namespace: {
    group: '', version: 'v1', plural: 'namespaces', singular: 'namespace', shortNames: ['ns'],
    command: 'ns', aliases: [], title: 'Namespaces', namespaced: false, snapshotKey: 'namespaces', audited: false,
    categories: [], subresources: ['status'], podTemplate: false,
    shape: namespaceShape,
    deletion: { impact: namespaceDeleteImpact },
  },
  // What the endpoints controllers publish per Service (endpointResources.ts); Enter lists the pods they point to.
  Endpoints: {
    group: '', version: 'v1', plural: 'endpoints', singular: 'endpoints', shortNames: ['ep'],
    command: 'ep', aliases: [], title: 'Endpoints', namespaced: true, snapshotKey: 'endpoints', audited: false,
    categories: [], subresources: [], podTemplate: false, drillsTo: 'Pod',
    shape: endpointsShape,
    deletion: { impact: endpointsDeleteImpact },
  },
  EndpointSlice: {
    group: 'discovery.k8s.io', version: 'v1', plural: 'endpointslices', singular: 'endpointslice', shortNames: [],
    command: 'endpointslices', aliases: [], title: 'EndpointSlices', namespaced: true, snapshotKey: 'endpointSlices', audited: false,
    categories: [], subresources: [], podTemplate: false, drillsTo: 'Pod',
    shape: endpointSliceShape,
    deletion: { impact: endpointSliceDeleteImpact },
  },
} as const satisfies { [K in KindName]: KindDefinition<K> };

export type Kinds = typeof KINDS;

/** Every registered kind, in registry order. */
export const KIND_NAMES = Object.keys(KINDS) as KindName[];

/** The kinds with their own API identity (all but the generic entry that stands for discovered kinds). */
export const SERVED_KIND_NAMES = KIND_NAMES.filter((kind) => !(KINDS[kind] as KindDefinition).generic);

export const kindDefinition = <K extends KindName>(kind: K): KindDefinition<K> => KINDS[kind] as unknown as KindDefinition<K>;

export const isKindName = (kind: unknown): kind is KindName => typeof kind === 'string' && Object.hasOwn(KINDS, kind);

/** "apps/v1", "v1" */
export const apiVersionOf = (kind: KindName): string => {
  const { group, version } = KINDS[kind];
  return group ? `${group}/${version}` : version;
};

/** The name kubectl prints and accepts unambiguously, e.g. "deployment.apps", "pod". */
export const kubectlNameOf = (kind: KindName): string => {
  const { group, singular } = KINDS[kind];
  return group ? `${singular}.${group}` : singular;
};

type SnapshotKeyOf<K extends KindName> = Kinds[K]['snapshotKey'];
type AuditedKind = { [K in KindName]: Kinds[K]['audited'] extends true ? K : never }[KindName];

/** ClusterSnapshot's lists: required for the audited kinds, present for the others while watched. */
export type SnapshotLists = { [K in AuditedKind as SnapshotKeyOf<K>]: ObjectOfKind[K][] } & {
  [K in Exclude<KindName, AuditedKind> as SnapshotKeyOf<K>]?: ObjectOfKind[K][];
};

export const AUDITED_KINDS = KIND_NAMES.filter((kind) => KINDS[kind].audited);

/** The kinds with the workload capability (domain/workloads.ts answers the questions about them). */
export type WorkloadKind = { [K in KindName]: Kinds[K] extends { workload: object } ? K : never }[KindName];
export type Workload = ObjectOfKind[WorkloadKind];

/** The snapshot's objects of `kind`; none when the kind is not in it (not watched). */
export function objectsOfKind<K extends KindName>(snapshot: SnapshotLists, kind: K): readonly ObjectOfKind[K][] {
  return ((snapshot as unknown as Record<string, ObjectOfKind[K][] | undefined>)[KINDS[kind].snapshotKey] ?? []) as ObjectOfKind[K][];
}

/** Every object of the snapshot, kind by kind. */
export function allObjects(snapshot: SnapshotLists): ObjectOfKind[KindName][] {
  return KIND_NAMES.flatMap((kind) => objectsOfKind(snapshot, kind));
}
