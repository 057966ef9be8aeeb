// The render layer's half of the kind registry (domain/kinds.ts): each kind's renderer, and the
// explorer's lists and `:` commands derived from the registry (k9s's registrar).
import { KIND_NAMES, KINDS, kubectlNameOf, type Kinds } from '../domain/kinds.js';
import type { KindName, KubeObject, ObjectOfKind, ServedObject } from '../domain/resources.js';
import { customResourceDefinitionRenderer } from './customResourceDefinitions.js';
import { deploymentRenderer } from './deployments.js';
import { eventRenderer } from './events.js';
import { nodeRenderer } from './nodes.js';
import { namespaceRenderer } from './namespaces.js';
import { podRenderer } from './pods.js';
import { replicaSetRenderer } from './replicaSets.js';
import { servedObjectRenderer } from './servedObjects.js';
import { serviceRenderer } from './services.js';
import { statefulSetRenderer } from './statefulSets.js';
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
import { endpointSliceRenderer } from './endpointSlices.js';
import { endpointsRenderer } from './endpoints.js';
import { nodeUsageCells, nodeUsageColumns, podUsageCells, podUsageColumns, workloadUsageCells, workloadUsageColumns } from './usageCells.js';
import { withUsageColumns } from './usageColumns.js';
import { problemOf, type Column, type Renderer, type Row } from './types.js';
import type { IndexedSnapshot } from './clusterIndex.js';
import { memoSlot } from '../domain/memo.js';
import { podGroupingOf, type Workload } from '../domain/workloads.js';
import { sanitizeLine } from '../text/sanitize.js';
import { displayWidth } from './displayWidth.js';

/** A workload's CPU and MEM: the sums over its pods (found as the registry's workload capability says), inserted at `at`. */
const workloadUsage = (at: number) => ({ at, columns: workloadUsageColumns, cells: (workload: Workload, snapshot: IndexedSnapshot) => workloadUsageCells(workload, podGroupingOf(snapshot, workload.kind).get(workload.metadata.uid), snapshot) });

/** One renderer per registered kind: a new kind adds its line here. */
export const RENDERERS: { readonly [K in KindName]: Renderer<ObjectOfKind[K]> } = {
  // Usage columns from metrics.k8s.io, where k9s has them: before AGE, after RESTARTS for pods.
  Deployment: withUsageColumns(deploymentRenderer, workloadUsage(7)),
  ReplicaSet: replicaSetRenderer,
  Pod: withUsageColumns(podRenderer, { at: 4, columns: podUsageColumns, cells: podUsageCells }),
  Service: serviceRenderer,
  Event: eventRenderer,
  CustomResourceDefinition: customResourceDefinitionRenderer,
  ServedObject: servedObjectRenderer,
  // Issue 11's built-in kinds, alphabetical.
  ConfigMap: configMapRenderer,
  CronJob: cronJobRenderer,
  DaemonSet: withUsageColumns(daemonSetRenderer, workloadUsage(6)),
  HorizontalPodAutoscaler: horizontalPodAutoscalerRenderer,
  Ingress: ingressRenderer,
  Job: jobRenderer,
  PersistentVolume: persistentVolumeRenderer,
  PersistentVolumeClaim: persistentVolumeClaimRenderer,
  Secret: secretRenderer,
  ServiceAccount: serviceAccountRenderer,
  StatefulSet: withUsageColumns(statefulSetRenderer, workloadUsage(4)),
  Node: withUsageColumns(nodeRenderer, { at: 5, columns: nodeUsageColumns, cells: nodeUsageCells }),
  Namespace: namespaceRenderer,
  Endpoints: endpointsRenderer,
  EndpointSlice: endpointSliceRenderer,
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
  // The generic entry's words are the discovered kinds' (resolved against discovery, see ui/runCommand).
  if ((KINDS[kind] as { generic?: boolean }).generic) return [];
  const { command, aliases, plural, singular, shortNames, group } = KINDS[kind];
  const qualified = group ? [kubectlNameOf(kind), `${plural}.${group}`] : [];
  return [...new Set([command, ...aliases, plural, singular, ...shortNames, ...qualified])];
}

export const COMMAND_ALIASES: Readonly<Record<string, ListKind>> = Object.fromEntries(
  KIND_NAMES.flatMap((kind) => commandWordsOf(kind).map((word) => [word, KINDS[kind].command])),
);

// Every namespace shown (-A, `0`): namespaced lists lead with kubectl's NAMESPACE column and sort
// by it first. The rows are the kind's own, each copied once with the column added (cached in the
// snapshot's per-store memo, so a burst copies only the rows it re-derived).
const NAMESPACE_COLUMN: Column = { header: 'NAMESPACE', width: 16, priority: 8, flex: true, min: 9 };
const NAMESPACED_ROWS = memoSlot<Row, Row>('rows with a NAMESPACE cell');

/** A discovered kind may be cluster-scoped (kubectl -A shows no NAMESPACE for it); a registered kind's scope is its entry's. */
const isNamespacedObject = (obj: KubeObject): boolean => obj.kind !== 'ServedObject' || (obj as ServedObject).resource.namespaced;

function withNamespaceColumn(renderer: Renderer): Renderer {
  const { columnsFor } = renderer;
  return {
    ...renderer,
    columns: [NAMESPACE_COLUMN, ...renderer.columns],
    ...(columnsFor
      ? { columnsFor: (objects: readonly KubeObject[]) => (objects.length > 0 && !isNamespacedObject(objects[0]) ? columnsFor(objects) : [NAMESPACE_COLUMN, ...columnsFor(objects)]) }
      : {}),
    toRow(obj, snapshot, now) {
      if (!isNamespacedObject(obj)) return renderer.toRow(obj, snapshot, now);
      const row = renderer.toRow(obj, snapshot, now);
      const cache = snapshot.memo.of(NAMESPACED_ROWS);
      const known = cache.get(row);
      if (known) return known;
      const namespace = sanitizeLine(obj.metadata.namespace ?? '');
      const widened: Row = { ...row, cells: [namespace, ...row.cells], ...(row.cellWidths ? { cellWidths: [displayWidth(namespace), ...row.cellWidths] } : {}), ...(row.toneCell !== undefined ? { toneCell: row.toneCell + 1 } : {}) };
      cache.set(row, widened);
      return widened;
    },
    isProblem: (obj, snapshot, now) => problemOf(renderer, obj, snapshot, now),
    compare: (a, b) => (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') || renderer.compare(a, b),
  };
}

const ALL_NAMESPACES_RENDERERS = Object.fromEntries(
  KIND_NAMES.map((kind) => [KINDS[kind].command, KINDS[kind].namespaced ? withNamespaceColumn(RENDERERS[kind] as Renderer) : (RENDERERS[kind] as Renderer)]),
) as Readonly<Record<ListKind, Renderer>>;

/** The renderer of a list: the kind's own, or with the NAMESPACE column when every namespace is shown. */
export const listRenderer = (pane: ListKind, allNamespaces: boolean): Renderer => (allNamespaces ? ALL_NAMESPACES_RENDERERS[pane] : LISTS[pane].renderer);

export const listColumns = (pane: ListKind, allNamespaces: boolean): readonly Column[] => listRenderer(pane, allNamespaces).columns;
