// A ClusterGateway that records watch handlers so a test can drive syncs, events and connection
// states by hand. Read and write operations are not part of the live explorer and reject.
import type { KubeObject } from '../../src/domain/resources.js';
import type { ClusterGateway, ConnectionState, LivenessState, WatchedKind, WatchHandlers } from '../../src/kube/types.js';

export class FakeGateway implements ClusterGateway {
  readonly context = 'kind-kilo';
  readonly currentContext = 'kind-kilo';
  readonly server = 'https://127.0.0.1:6443';
  readonly namespace = 'kilo-guardian';
  readonly handlers = new Map<WatchedKind, WatchHandlers>();
  readonly stopped: WatchedKind[] = [];

  watch<T extends KubeObject>(kind: WatchedKind, handlers: WatchHandlers<T>): () => void {
    this.handlers.set(kind, handlers as unknown as WatchHandlers);
    return () => {
      this.stopped.push(kind);
      this.handlers.delete(kind);
    };
  }

  sync(kind: WatchedKind, items: KubeObject[]): void {
    this.handlerFor(kind).onSync(items);
  }

  emit(kind: WatchedKind, type: 'ADDED' | 'MODIFIED' | 'DELETED', object: KubeObject): void {
    this.handlerFor(kind).onEvent(type, object);
  }

  state(kind: WatchedKind, state: ConnectionState): void {
    this.handlerFor(kind).onState(state);
  }

  private readonly livenessSubscribers = new Set<(state: LivenessState) => void>();

  onLiveness(listener: (state: LivenessState) => void): () => void {
    this.livenessSubscribers.add(listener);
    return () => this.livenessSubscribers.delete(listener);
  }

  /** Reports the server alive or stalled, as the gateway's liveness monitor does. */
  liveness(state: LivenessState): void {
    for (const listener of this.livenessSubscribers) listener(state);
  }

  get livenessListeners(): number {
    return this.livenessSubscribers.size;
  }

  private handlerFor(kind: WatchedKind): WatchHandlers {
    const handlers = this.handlers.get(kind);
    if (!handlers) throw new Error(`no watch on ${kind}`);
    return handlers;
  }

  list<T extends KubeObject>(): Promise<T[]> {
    return Promise.reject(new Error('FakeGateway only serves watches: list was called'));
  }
  get<T extends KubeObject>(): Promise<T> {
    return Promise.reject(new Error('FakeGateway only serves watches: get was called'));
  }
  readLogs(): Promise<string> {
    return Promise.reject(new Error('FakeGateway only serves watches: readLogs was called'));
  }
  followLogs(_pod: string, _options: unknown, _onText: (text: string) => void, onEnd: (error?: Error) => void): () => void {
    onEnd(new Error('FakeGateway only serves watches: followLogs was called'));
    return () => {};
  }
  deleteObject(): Promise<void> {
    return Promise.reject(new Error('FakeGateway only serves watches: deleteObject was called'));
  }
  patchObject<T extends KubeObject>(): Promise<T> {
    return Promise.reject(new Error('FakeGateway only serves watches: patchObject was called'));
  }
  scale(): Promise<void> {
    return Promise.reject(new Error('FakeGateway only serves watches: scale was called'));
  }
  close(): void {
    for (const kind of [...this.handlers.keys()]) this.stopped.push(kind);
    this.handlers.clear();
  }
}
