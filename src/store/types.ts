// The shape of the TUI's state. Cluster objects are normalized by uid per kind so a watch event
// touches one entry; everything shown is derived from this by selectors.
import { KIND_NAMES } from '../domain/kinds.js';
import type { KindName, ObjectOfKind } from '../domain/resources.js';
import type { MetricsState } from '../domain/metrics/usage.js';
import type { ConnectionState, LivenessState, WatchedKind } from '../kube/types.js';
import type { ListKind } from '../render/registry.js';
import type { ServedResource } from '../domain/servedResources.js';
import type { Derivations } from './selectors.js';

export type { ObjectOfKind } from '../domain/resources.js';

// Maps, not plain objects: a burst copies the 5,000-pod map once, and `new Map(map)` clones in about
// half the time a keyed copy of a dictionary-mode object takes.
export type ResourceMaps = { readonly [K in WatchedKind]: ReadonlyMap<string, ObjectOfKind[K]> };

/** Every registered kind: the store keeps a map for each (empty while it is not watched). */
export const WATCHED_KINDS: readonly WatchedKind[] = KIND_NAMES;

export interface ClusterInfo {
  context: string;
  server: string;
  /** "" when every namespace is shown (allNamespaces). */
  namespace: string;
  /** Every namespace is shown (-A, `0`, `:ns all`): namespaced lists get a NAMESPACE column. */
  allNamespaces?: boolean;
  /** Where the kubeconfig came from when it is not the user's own (the k3s host fallback). */
  source?: string;
}

/** The resource lists the UI can show; each has a renderer in render/registry.ts. */
export type PaneKind = ListKind;

/** Narrows a list to the children of one object: a Deployment's ReplicaSets, a ReplicaSet's Pods. */
export interface Scope {
  kind: KindName;
  uid: string;
  name: string;
}

export type ViewEntry =
  | { type: 'overview'; id: number }
  /** `resource`: for the generic list (pane "served"), the discovered kind it shows. */
  | { type: 'list'; id: number; pane: PaneKind; scope?: Scope; resource?: ServedResource }
  /** `format`: kubectl describe (default) or YAML; `reveal`: a Secret's values decoded (`x`). */
  | { type: 'describe'; id: number; kind: WatchedKind; uid: string; scroll: number; format?: 'describe' | 'yaml'; reveal?: boolean }
  /** Full-screen logs of a pod, or of a Deployment's / ReplicaSet's pods merged; zoomed hides header and hints. */
  | { type: 'logs'; id: number; kind: 'Pod' | 'Deployment' | 'ReplicaSet'; uid: string; zoomed?: boolean }
  /** `:audit`: the live findings; `finding`: one finding's evidence (by its stable id), scrollable. */
  | { type: 'audit'; id: number }
  | { type: 'finding'; id: number; findingId: string; scroll: number }
  /** `:ctx`: the merged kubeconfig's contexts; Enter switches to one. */
  | { type: 'contexts'; id: number }
  /** `R` or after an action that starts one: one Deployment's rollout followed live. */
  | { type: 'rollout'; id: number; uid: string }
  /** `:verify`: the report's verification checklist, recomputed live. */
  | { type: 'verify'; id: number; scroll: number };

/** cpu and mem: by the latest usage, biggest first (k9s' Shift-C and Shift-M). */
export type SortKey = 'name' | 'age' | 'cpu' | 'mem';

/** Per-table state: which row the cursor is on (by uid, so it survives reordering) and how rows are narrowed. */
export interface TableState {
  cursorUid?: string;
  /** Where the cursor was, used when its row disappears. */
  cursorIndex: number;
  filter: string;
  sort?: { by: SortKey; descending: boolean };
  /** Ctrl-z: only rows with a problem. Per table, as a filter is: another list opens whole. */
  problemsOnly?: boolean;
}

export type InputMode = 'normal' | 'command' | 'filter' | 'help';

/** The panes of the overview; 'details' shows the selected pod. */
export type OverviewPane = 'deploy' | 'rs' | 'pods' | 'details';

export interface ClusterState {
  /** This store's derivations and their caches (selectors.ts): never shared with another store. */
  derivations: Derivations;
  cluster: ClusterInfo;
  resources: ResourceMaps;
  /** Per watched kind; a kind not being watched has none. */
  connection: Readonly<Partial<Record<WatchedKind, ConnectionState>>>;
  /** Whether the API server answers at all (a hung one keeps its watches open and silent). */
  liveness: LivenessState;
  /** Epoch ms the ages are computed against; ticked by the App. */
  now: number;
  stack: ViewEntry[];
  nextViewId: number;
  focus: OverviewPane;
  tables: Readonly<Record<string, TableState>>;
  mode: InputMode;
  /** Text typed into the command or filter bar. */
  input: string;
  /** A one-line message, e.g. an unknown command. */
  flash?: string;
  marks: Readonly<Record<string, true>>;
  /** Per kind, objects the watch delivered that could not be admitted (not JSON objects, no uid, wrong types). */
  skipped: Readonly<Partial<Record<WatchedKind, number>>>;
  /** The server said the namespace does not exist (404): the header says so instead of "connected". */
  namespaceMissing?: boolean;
  /** Kinds whose first list has arrived: until then the header says "not loaded", not 0. */
  loaded: Readonly<Partial<Record<WatchedKind, true>>>;
  /** The last toggled uid; a range mark runs from here to the cursor. */
  markAnchor?: string;
  quitRequested: boolean;
  /** Pod and node usage from metrics.k8s.io, polled while a view showing it is open (store/syncMetrics.ts). */
  metrics: MetricsState;
  /** A view is taking every key (the logs filter being typed): global keys stand aside. */
  keysCaptured?: boolean;
}

/** One change from a watch, applied in batches by syncCluster. */
export type ResourceChange =
  | { type: 'sync'; kind: WatchedKind; items: ObjectOfKind[WatchedKind][] }
  | { type: 'ADDED' | 'MODIFIED' | 'DELETED'; kind: WatchedKind; object: ObjectOfKind[WatchedKind] };
