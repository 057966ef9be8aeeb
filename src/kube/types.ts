// The one seam between kilo-tui and a Kubernetes API server. Only kube/ imports
// @kubernetes/client-node; everything else sees these types.
import type { NodeUsage, PodUsage } from '../domain/metrics/usage.js';
import type { KindName, KubeEvent, KubeObject } from '../domain/resources.js';
import type { ServedResource } from '../domain/servedResources.js';
import type { EventSubject } from '../domain/eventSubject.js';

export type { EventSubject } from '../domain/eventSubject.js';

export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'connected' }
  /** retryIn: when the server said when to come back (Retry-After), e.g. "2 s". */
  | { status: 'reconnecting'; attempt: number; lastError: string; retryIn?: string }
  | { status: 'forbidden'; message: string };

/** What is known about a failed request beyond its status. */
export interface KubeErrorDetail {
  /** The server's Retry-After (header or Status details), in seconds: 429s and APF rejections. */
  retryAfterSeconds?: number;
  /**
   * Network failures only: false when the request never fully left (refused, reset while
   * writing), so the server cannot have acted on it; true when it may have.
   */
  requestSent?: boolean;
  /** 422 Invalid: the fields the server's Status names as causes (e.g. metadata.uid). */
  causeFields?: string[];
}

/** `stalled`: the server stopped answering at `since` (epoch ms) and has not since. */
export type LivenessState = { status: 'alive' } | { status: 'stalled'; since: number };

/** An API failure with the server's status code and reason, e.g. 404 NotFound, 409 Conflict. */
export class KubeError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
    readonly detail: KubeErrorDetail = {},
  ) {
    super(message);
  }
}

/** Per-request limits: a write or read that gets no answer in time fails as a timeout. */
export interface RequestOptions {
  timeoutMs?: number;
  /** The object's own namespace when it is not the gateway's (every namespace is shown: -A). */
  namespace?: string;
}

/** A failure before anything could be shown: a single line for the user and exit code 2. */
export class ConnectError extends Error {}

/** A kind of the registry (domain/kinds.ts); the gateway watches, lists and writes any of them. */
export type WatchedKind = KindName;

export interface WatchHandlers<T extends KubeObject = KubeObject> {
  /** A full list: the first one and every re-list (after 410 or a reconnect). Replaces what was known. */
  onSync(items: T[]): void;
  onEvent(type: 'ADDED' | 'MODIFIED' | 'DELETED', object: T): void;
  onState(state: ConnectionState): void;
}

export interface LogOptions {
  container?: string;
  previous?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  /** RFC 3339; resumes a dropped stream without repeating lines. */
  sinceTime?: string;
  timestamps?: boolean;
  /** The pod's namespace when it is not the gateway's (every namespace is shown: -A). */
  namespace?: string;
}

/** A namespace's ResourceQuotas and LimitRanges as the server sent them; each absent when the server does not serve it. */
export interface NamespacePolicies {
  quotas?: Record<string, unknown>[];
  limitRanges?: Record<string, unknown>[];
}

export interface ClusterGateway {
  /** The context in use and the kubeconfig's current-context (they differ with --context). */
  readonly context: string;
  readonly currentContext: string;
  readonly server: string;
  /** "" when every namespace is shown (-A): lists and watches span them, writes name each object's. */
  readonly namespace: string;
  /** Where the kubeconfig came from, when it is not the user's own (the k3s host fallback). */
  readonly source?: string;

  /**
   * The same cluster and credentials in another namespace ("" = every namespace), sharing the
   * connection: closing it stops only its own watches and streams.
   */
  forNamespace?(namespace: string): ClusterGateway;

  /**
   * Lists then watches `kind` in the namespace until stopped, resuming and re-listing as needed.
   * ServedObject needs `resource`: the discovered kind, read in the server's Table form.
   */
  watch<T extends KubeObject>(kind: WatchedKind, handlers: WatchHandlers<T>, resource?: ServedResource): () => void;
  /** What the server serves (discovery, cached by ETag); `refresh` asks the server again (a 304 costs little). */
  discover?(options?: { refresh?: boolean }): Promise<readonly ServedResource[]>;
  /** The kind's objects that could be admitted (see domain/admitObject). */
  list<T extends KubeObject>(kind: WatchedKind, options?: RequestOptions): Promise<T[]>;
  /** list, also counting the items that could not be admitted. */
  listAdmitted?<T extends KubeObject>(kind: WatchedKind, options?: RequestOptions): Promise<{ items: T[]; skipped: number }>;
  /** false when the server says the namespace does not exist (404); undefined when it cannot tell (403, errors). */
  namespaceExists?(): Promise<boolean | undefined>;
  /** For ServedObject, `resource` names the discovered kind (the answer is then only its metadata's to trust). */
  get<T extends KubeObject>(kind: WatchedKind, name: string, options?: RequestOptions & { resource?: ServedResource }): Promise<T>;

  /** The ResourceQuotas and LimitRanges of `namespace` (a Namespace's describe). */
  namespacePolicies?(namespace: string, options?: RequestOptions): Promise<NamespacePolicies>;

  /** The Events about one object, from any namespace when it is cluster-scoped. */
  objectEvents?(subject: EventSubject, options?: RequestOptions): Promise<KubeEvent[]>;

  /** The namespace's PodMetrics (metrics.k8s.io); rejects with a KubeError when metrics-server is absent or fails. */
  podMetrics?(options?: RequestOptions): Promise<PodUsage[]>;
  /** Every node's NodeMetrics. */
  nodeMetrics?(options?: RequestOptions): Promise<NodeUsage[]>;

  readLogs(pod: string, options: LogOptions): Promise<string>;
  /** Streams log text as it arrives; onEnd(undefined) when the server closes the stream. */
  followLogs(pod: string, options: LogOptions, onText: (text: string) => void, onEnd: (error?: Error) => void): () => void;

  deleteObject(
    kind: WatchedKind,
    name: string,
    options?: {
      preconditions?: { uid?: string; resourceVersion?: string };
      dryRun?: boolean;
      propagationPolicy?: 'Background' | 'Foreground' | 'Orphan';
      /** For ServedObject: the discovered kind whose object this is. */
      resource?: ServedResource;
    } & RequestOptions,
  ): Promise<void>;
  patchObject<T extends KubeObject>(
    kind: WatchedKind,
    name: string,
    patch: unknown,
    type: 'merge' | 'strategic' | 'json',
    options?: { dryRun?: boolean } & RequestOptions,
  ): Promise<T>;
  /** With `preconditions`, a PUT of the Scale that the server refuses (409) if the object is another or moved on. */
  scale(
    kind: 'Deployment' | 'ReplicaSet',
    name: string,
    replicas: number,
    options?: { dryRun?: boolean; preconditions?: { uid: string; resourceVersion: string } } & RequestOptions,
  ): Promise<void>;

  /**
   * Whether the API server answers at all: `stalled` when nothing (watch traffic, a cheap GET
   * /version) came back for a while. Calls the listener on every change; returns the unsubscribe.
   */
  onLiveness?(listener: (state: LivenessState) => void): () => void;

  /** Stops every watch and stream, and ends requests in flight (Ctrl-c must not wait for them). */
  close(): void;
}
