// The demo API server's storage: objects by kind/namespace/name, one global resourceVersion,
// and a bounded history of change events so watches can resume from a version (or get 410).
import { randomUUID } from 'node:crypto';
import type { CustomResourceDefinition, KubeObject } from '../domain/resources.js';
import { RESOURCE_TYPES, servedTypes, type ResourceType } from './http/resourceTypes.js';
import { alreadyExists, conflict, gone, notFound } from './apiErrors.js';
import type { Clock } from '../domain/clock.js';
import { realClock } from '../domain/clock.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** An object's kind: a registered kind, Namespace, or the kind of a CRD in the store. */
export type StoredKind = string;

export interface StoreEvent {
  type: WatchEventType;
  kind: StoredKind;
  object: KubeObject;
  resourceVersion: number;
}

export interface DeletePreconditions {
  uid?: string;
  resourceVersion?: string;
}

/** The lower-case plural used in URLs and error messages, e.g. "replicasets" (built-in kinds). */
export const RESOURCE_NAMES = Object.fromEntries(RESOURCE_TYPES.map((type) => [type.kind, type.plural])) as Record<string, string>;

const clone = <T>(value: T): T => structuredClone(value);

const keyOf = (namespace: string | undefined, name: string): string => `${namespace ?? ''}/${name}`;

export class ObjectStore {
  private readonly objects = new Map<StoredKind, Map<string, KubeObject>>();
  /** servedTypes() of the CRDs as they were at `typesVersion`, so lookups do not re-derive per request. */
  private types: { version: number; types: ResourceType[] } | undefined;
  /** Counts CRD changes: the served types are derived again after one. */
  private crdChanges = 0;
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private revision = 1;

  constructor(
    private readonly clock: Clock = realClock,
    /** How many change events are kept for watch resumption; older versions answer 410 Gone. */
    private readonly historyLimit = 20_000,
  ) {}

  /** The current (latest) resourceVersion of the whole store. */
  get resourceVersion(): number {
    return this.revision;
  }

  /** The oldest resourceVersion a watch may still resume from. */
  get oldestResumableVersion(): number {
    return this.history.length ? this.history[0].resourceVersion - 1 : this.revision;
  }

  list<T extends KubeObject = KubeObject>(kind: StoredKind, namespace?: string): T[] {
    const byKey = this.objects.get(kind);
    if (!byKey) return [];
    const items: T[] = [];
    for (const obj of byKey.values()) {
      if (namespace === undefined || obj.metadata.namespace === namespace || !this.isNamespaced(kind)) items.push(clone(obj) as T);
    }
    return items.sort((a, b) => keyOf(a.metadata.namespace, a.metadata.name).localeCompare(keyOf(b.metadata.namespace, b.metadata.name)));
  }

  /** Every kind that has (or had) objects in the store. */
  storedKinds(): StoredKind[] {
    return [...this.objects.keys()];
  }

  get<T extends KubeObject = KubeObject>(kind: StoredKind, namespace: string | undefined, name: string): T | undefined {
    const obj = this.objects.get(kind)?.get(keyOf(!this.isNamespaced(kind) ? undefined : namespace, name));
    return obj ? (clone(obj) as T) : undefined;
  }

  /** Like `get` but throws the API's 404. */
  require<T extends KubeObject = KubeObject>(kind: StoredKind, namespace: string | undefined, name: string): T {
    const obj = this.get<T>(kind, namespace, name);
    if (!obj) throw notFound(this.pluralOf(kind), name, this.groupOf(kind));
    return obj;
  }

  /** Stores a new object, filling uid, creationTimestamp, generation and resourceVersion. */
  create<T extends KubeObject>(input: T, options: { dryRun?: boolean } = {}): T {
    const kind = input.kind as StoredKind;
    const namespace = !this.isNamespaced(kind) ? undefined : input.metadata.namespace;
    const key = keyOf(namespace, input.metadata.name);
    if (this.objects.get(kind)?.has(key)) throw alreadyExists(this.pluralOf(kind), input.metadata.name, this.groupOf(kind));
    const obj = clone(input);
    obj.metadata.uid ||= randomUUID();
    obj.metadata.creationTimestamp ||= new Date(this.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    if ('spec' in obj && this.typeOf(kind)?.podTemplate) obj.metadata.generation ||= 1;
    if (options.dryRun) return { ...obj, metadata: { ...obj.metadata, resourceVersion: String(this.revision) } };
    obj.metadata.resourceVersion = String(++this.revision);
    this.bucket(kind).set(key, obj);
    this.emit('ADDED', kind, obj);
    return clone(obj);
  }

  /**
   * Replaces an existing object. When `obj.metadata.resourceVersion` is set it must match the
   * stored one (optimistic concurrency, as the API server does for PUT). Spec changes bump
   * metadata.generation.
   */
  update<T extends KubeObject>(input: T, options: { dryRun?: boolean; checkVersion?: boolean } = {}): T {
    const kind = input.kind as StoredKind;
    const namespace = !this.isNamespaced(kind) ? undefined : input.metadata.namespace;
    const key = keyOf(namespace, input.metadata.name);
    const current = this.objects.get(kind)?.get(key);
    if (!current) throw notFound(this.pluralOf(kind), input.metadata.name, this.groupOf(kind));
    if (options.checkVersion !== false && input.metadata.resourceVersion && input.metadata.resourceVersion !== current.metadata.resourceVersion) {
      throw conflict(this.pluralOf(kind), input.metadata.name, 'the object has been modified; please apply your changes to the latest version and try again', this.groupOf(kind));
    }
    const obj = clone(input);
    obj.metadata.uid = current.metadata.uid;
    obj.metadata.creationTimestamp = current.metadata.creationTimestamp;
    if ('spec' in obj && 'spec' in current && this.typeOf(kind)?.podTemplate) {
      const specChanged = JSON.stringify(obj.spec) !== JSON.stringify(current.spec);
      obj.metadata.generation = (current.metadata.generation ?? 1) + (specChanged ? 1 : 0);
    }
    if (options.dryRun) return { ...obj, metadata: { ...obj.metadata, resourceVersion: current.metadata.resourceVersion } };
    if (JSON.stringify({ ...obj, metadata: { ...obj.metadata, resourceVersion: undefined } }) ===
        JSON.stringify({ ...current, metadata: { ...current.metadata, resourceVersion: undefined } })) {
      return clone(current) as T; // a no-op write does not bump the version, as on a real server
    }
    obj.metadata.resourceVersion = String(++this.revision);
    this.bucket(kind).set(key, obj);
    this.emit('MODIFIED', kind, obj);
    return clone(obj);
  }

  /** Reads, changes and writes an object in one step; `change` returns the new object. */
  mutate<T extends KubeObject>(kind: StoredKind, namespace: string | undefined, name: string, change: (obj: T) => T | void): T {
    const current = this.require<T>(kind, namespace, name);
    const next = (change(current) ?? current) as T;
    return this.update(next, { checkVersion: false });
  }

  /** Removes an object, honouring uid/resourceVersion preconditions with 409 Conflict. */
  delete<T extends KubeObject = KubeObject>(
    kind: StoredKind,
    namespace: string | undefined,
    name: string,
    options: { preconditions?: DeletePreconditions; dryRun?: boolean } = {},
  ): T {
    const key = keyOf(!this.isNamespaced(kind) ? undefined : namespace, name);
    const current = this.objects.get(kind)?.get(key);
    if (!current) throw notFound(this.pluralOf(kind), name, this.groupOf(kind));
    const pre = options.preconditions;
    if (pre?.uid && pre.uid !== current.metadata.uid) {
      throw conflict(this.pluralOf(kind), name, `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid}`, this.groupOf(kind));
    }
    if (pre?.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
      throw conflict(
        this.pluralOf(kind),
        name,
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`,
        this.groupOf(kind),
      );
    }
    if (options.dryRun) return clone(current) as T;
    this.objects.get(kind)!.delete(key);
    const tombstone = clone(current);
    tombstone.metadata.resourceVersion = String(++this.revision);
    this.emit('DELETED', kind, tombstone);
    return clone(tombstone) as T;
  }

  /**
   * Change events of `kind` after `resourceVersion`, or throws 410 Gone when that version is
   * older than the kept history.
   */
  eventsSince(kind: StoredKind, resourceVersion: number, namespace?: string): StoreEvent[] {
    if (resourceVersion < this.oldestResumableVersion) {
      throw gone(`too old resource version: ${resourceVersion} (${this.oldestResumableVersion})`);
    }
    return this.history.filter(
      (e) => e.kind === kind && e.resourceVersion > resourceVersion && (namespace === undefined || e.object.metadata.namespace === namespace),
    );
  }

  /** Every type served now: the built-in ones and those of the stored CRDs. */
  resourceTypes(): readonly ResourceType[] {
    const version = this.crdVersion();
    if (this.types?.version !== version) this.types = { version, types: servedTypes(this.list<CustomResourceDefinition>('CustomResourceDefinition')) };
    return this.types.types;
  }

  /** The type of a stored kind (a custom kind's preferred, first served, version). */
  typeOf(kind: StoredKind): ResourceType | undefined {
    return this.resourceTypes().find((type) => type.kind === kind);
  }

  private crdVersion(): number {
    return this.crdChanges;
  }

  /** False for Namespaces, Nodes, PersistentVolumes, cluster-scoped CRDs: one object per name in the whole cluster; a namespace given for them is ignored, as the API server does. */
  private isNamespaced(kind: StoredKind): boolean {
    return this.typeOf(kind)?.namespaced ?? true;
  }

  private pluralOf(kind: StoredKind): string {
    return this.typeOf(kind)?.plural ?? kind.toLowerCase();
  }

  private groupOf(kind: StoredKind): string {
    return this.typeOf(kind)?.group ?? '';
  }

  /** Calls `listener` for every change, in order; returns the unsubscribe function. */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private bucket(kind: StoredKind): Map<string, KubeObject> {
    let byKey = this.objects.get(kind);
    if (!byKey) this.objects.set(kind, (byKey = new Map()));
    return byKey;
  }

  private emit(type: WatchEventType, kind: StoredKind, obj: KubeObject): void {
    if (kind === 'CustomResourceDefinition') this.crdChanges++;
    const event: StoreEvent = { type, kind, object: clone(obj), resourceVersion: this.revision };
    this.history.push(event);
    if (this.history.length > this.historyLimit) this.history.splice(0, this.history.length - this.historyLimit);
    for (const listener of [...this.listeners]) listener(event);
  }
}
