// The render layer's half of the kind registry (domain/kinds.ts): each kind's renderer, and the
// explorer's lists and `:` commands derived from the registry (k9s's registrar).
import { KIND_NAMES, KINDS, kubectlNameOf, type Kinds } from '../domain/kinds.js';
import type { KindName, KubeObject, ObjectOfKind } from '../domain/resources.js';
import { deploymentRenderer } from './deployments.js';
import { eventRenderer } from './events.js';
import { podRenderer } from './pods.js';
import { replicaSetRenderer } from './replicaSets.js';
import { serviceRenderer } from './services.js';
import { statefulSetRenderer } from './statefulSets.js';
import type { Renderer } from './types.js';
import { configMapRenderer } from './configMaps.js';
import { cronJobRenderer } from './cronJobs.js';
import { daemonSetRenderer } from './daemonSets.js';
import { horizontalPodAutoscalerRenderer } from './horizontalPodAutoscalers.js';
import { ingressRenderer } from './ingresses.js';
import { jobRenderer } from './jobs.js';
import { persistentVolumeClaimRenderer } from './persistentVolumeClaims.js';
import { persistentVolumeRenderer } from './persistentVolumes.js';
import { secretRenderer } from './secrets.js';
import { serviceAccountRenderer } from './serviceAccounts.js';

/** One renderer per registered kind: a new kind adds its line here. */
export const RENDERERS: { readonly [K in KindName]: Renderer<ObjectOfKind[K]> } = {
  Deployment: deploymentRenderer,
  ReplicaSet: replicaSetRenderer,
  Pod: podRenderer,
  Service: serviceRenderer,
  Event: eventRenderer,
  StatefulSet: statefulSetRenderer,
  // Issue 11's built-in kinds, alphabetical.
  ConfigMap: configMapRenderer,
  CronJob: cronJobRenderer,
  DaemonSet: daemonSetRenderer,
  HorizontalPodAutoscaler: horizontalPodAutoscalerRenderer,
  Ingress: ingressRenderer,
  Job: jobRenderer,
  PersistentVolume: persistentVolumeRenderer,
  PersistentVolumeClaim: persistentVolumeClaimRenderer,
  Secret: secretRenderer,
  ServiceAccount: serviceAccountRenderer,
};

/** A list the explorer shows: a kind's `command` in the registry ("deploy", "rs", "pods"…). */
export type ListKind = Kinds[KindName]['command'];

export interface ListDefinition {
  kind: KindName;
  title: string;
  renderer: Renderer;
  /** The list Enter opens for the selected object, scoped to it; describe when absent. */
  drillsTo?: ListKind;
}

const listOf = (kind: KindName): ListDefinition => {
  const { title, drillsTo } = KINDS[kind] as { title: string; drillsTo?: KindName };
  return { kind, title, renderer: RENDERERS[kind] as Renderer<KubeObject>, ...(drillsTo ? { drillsTo: KINDS[drillsTo].command } : {}) };
};

export const LISTS = Object.fromEntries(KIND_NAMES.map((kind) => [KINDS[kind].command, listOf(kind)])) as Readonly<Record<ListKind, ListDefinition>>;

/** The list of a kind. */
export const listKindOf = (kind: KindName): ListKind => KINDS[kind].command;

/** Every word that opens a kind's list: `:deploy`, `:dp`, `:deployments`, `:deployment.apps`… */
export function commandWordsOf(kind: KindName): string[] {
  const { command, aliases, plural, singular, shortNames, group } = KINDS[kind];
  const qualified = group ? [kubectlNameOf(kind), `${plural}.${group}`] : [];
  return [...new Set([command, ...aliases, plural, singular, ...shortNames, ...qualified])];
}

export const COMMAND_ALIASES: Readonly<Record<string, ListKind>> = Object.fromEntries(
  KIND_NAMES.flatMap((kind) => commandWordsOf(kind).map((word) => [word, KINDS[kind].command])),
);
