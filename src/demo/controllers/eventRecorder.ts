// v1 Events as controllers and the kubelet emit them: repeats of the same reason and message on
// the same object bump count and lastTimestamp instead of creating a new Event.
import { randomBytes } from 'node:crypto';
import type { KubeEvent, KubeObject, Namespace } from '../../domain/resources.js';
import type { Clock } from '../../domain/clock.js';
import type { ObjectStore } from '../objectStore.js';

export interface EventSource {
  component: string;
  host?: string;
}

export type EventType = 'Normal' | 'Warning';

const toTimestamp = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class EventRecorder {
  /** Names of the Events this recorder created, oldest first, by dedupe key. */
  private readonly created = new Map<string, string>();

  constructor(
    private readonly store: ObjectStore,
    private readonly clock: Clock,
    /** Older Events are deleted beyond this many, as the API server's TTL would. */
    private readonly limit = 300,
  ) {}

  record(object: KubeObject, type: EventType, reason: string, message: string, source: EventSource): void {
    const namespace = object.metadata.namespace;
    if (!namespace) return;
    // The API server refuses new content in a namespace that is gone or being deleted (a kubelet
    // killing the pods of a deleted namespace cannot record it there).
    const home = this.store.get<Namespace>('Namespace', undefined, namespace);
    if (!home || home.metadata.deletionTimestamp) return;
    const key = `${object.metadata.uid}\u0000${reason}\u0000${message}`;
    const now = toTimestamp(this.clock.now());
    const existingName = this.created.get(key);
    if (existingName && this.store.get('Event', namespace, existingName)) {
      this.store.mutate<KubeEvent>('Event', namespace, existingName, (event) => {
        event.count = (event.count ?? 1) + 1;
        event.lastTimestamp = now;
      });
      // Re-insert so the most recently repeated Event is the last to be pruned.
      this.created.delete(key);
      this.created.set(key, existingName);
      return;
    }
    const name = `${object.metadata.name}.${randomBytes(8).toString('hex')}`;
    const event: KubeEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace, uid: '' },
      involvedObject: {
        kind: object.kind,
        name: object.metadata.name,
        namespace,
        uid: object.metadata.uid,
        apiVersion: object.apiVersion,
      },
      reason,
      message,
      type,
      count: 1,
      firstTimestamp: now,
      lastTimestamp: now,
      source: { component: source.component, ...(source.host ? { host: source.host } : {}) },
    };
    this.store.create(event);
    this.created.set(key, name);
    this.prune(namespace);
  }

  private prune(namespace: string): void {
    while (this.created.size > this.limit) {
      const [oldestKey, oldestName] = this.created.entries().next().value as [string, string];
      this.created.delete(oldestKey);
      if (this.store.get('Event', namespace, oldestName)) this.store.delete('Event', namespace, oldestName);
    }
  }
}
