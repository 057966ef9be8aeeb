// The one seam between kilo-tui and a Kubernetes API server. Only kube/ imports
// @kubernetes/client-node; everything else sees these types.
import type { KindName, KubeObject } from '../domain/resources.js';

export type ConnectionState =
  | { status: 'connecting' }
  | { status: 'connected' }
  | { status: 'reconnecting'; attempt: number; lastError: string }
  | { status: 'forbidden'; message: string };

/** An API failure with the server's status code and reason, e.g. 404 NotFound, 409 Conflict. */
export class KubeError extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
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
}

export interface ClusterGateway {
  /** The context in use and the kubeconfig's current-context (they differ with --context). */
  readonly context: string;
  readonly currentContext: string;
  readonly server: string;
  readonly namespace: string;

  /** Lists then watches `kind` in the namespace until stopped, resuming and re-listing as needed. */
  watch<T extends KubeObject>(kind: WatchedKind, handlers: WatchHandlers<T>): () => void;
  list<T extends KubeObject>(kind: WatchedKind): Promise<T[]>;
  get<T extends KubeObject>(kind: WatchedKind, name: string): Promise<T>;

  readLogs(pod: string, options: LogOptions): Promise<string>;
  /** Streams log text as it arrives; onEnd(undefined) when the server closes the stream. */
  followLogs(pod: string, options: LogOptions, onText: (text: string) => void, onEnd: (error?: Error) => void): () => void;

  deleteObject(
    kind: WatchedKind,
    name: string,
    options?: { preconditions?: { uid?: string; resourceVersion?: string }; dryRun?: boolean; propagationPolicy?: 'Background' | 'Foreground' | 'Orphan' },
  ): Promise<void>;
  patchObject<T extends KubeObject>(
    kind: WatchedKind,
    name: string,
    patch: unknown,
    type: 'merge' | 'strategic' | 'json',
    options?: { dryRun?: boolean },
  ): Promise<T>;
  scale(kind: 'Deployment' | 'ReplicaSet', name: string, replicas: number, options?: { dryRun?: boolean }): Promise<void>;

  /** Stops every watch and stream. */
  close(): void;
}
