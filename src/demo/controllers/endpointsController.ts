// The demo's endpoints and endpointslice controllers: for every Service with a selector, one
// Endpoints object of the Service's name and EndpointSlices named `<service>-<5 random>` (the
// apiserver's generateName), kept in step with the pods' readiness. Deleted managed objects are
// written again; a Service's slices go with it through their ownerReference (garbage collector),
// its Endpoints through this controller, as in kube-controller-manager.
import { randomInt } from 'node:crypto';
import { matchesSelector } from '../../domain/labels.js';
import { ENDPOINTSLICE_CONTROLLER, LAST_CHANGE_TRIGGER_TIME, MANAGED_BY_LABEL, SERVICE_NAME_LABEL } from '../../domain/endpointResources.js';
import type { Endpoints, EndpointSlice, Pod, Service } from '../../domain/resources.js';
import type { ObjectStore, StoreEvent } from '../objectStore.js';
import { WorkQueue, type Scheduler } from './scheduler.js';
import { desiredEndpoints, endpointsBody, groupKey, hasEndpointsController, type EndpointGroup } from './serviceEndpoints.js';

const HEADLESS_LABEL = 'service.kubernetes.io/headless';
/** The apiserver's generateName alphabet (no vowels, no look-alike digits) and suffix length. */
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const SUFFIX_LENGTH = 5;
const MAX_GENERATE_NAME_BASE = 63 - SUFFIX_LENGTH;

const timestampOf = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const keyOf = (namespace: string | undefined, name: string): string => `${namespace ?? ''}/${name}`;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function generatedName(base: string): string {
  let suffix = '';
  for (let i = 0; i < SUFFIX_LENGTH; i++) suffix += NAME_ALPHABET[randomInt(0, NAME_ALPHABET.length)];
  return `${base.slice(0, MAX_GENERATE_NAME_BASE)}${suffix}`;
}

const isManagedSliceOf = (slice: EndpointSlice, service: string): boolean =>
  slice.metadata.labels?.[SERVICE_NAME_LABEL] === service && slice.metadata.labels?.[MANAGED_BY_LABEL] === ENDPOINTSLICE_CONTROLLER;

/** The Service's labels, with the controllers' own on top (a Service cannot override them). */
function labelsFor(svc: Service, slice: boolean): Record<string, string> {
  const labels: Record<string, string> = { ...svc.metadata.labels };
  if (slice) {
    labels[SERVICE_NAME_LABEL] = svc.metadata.name;
    labels[MANAGED_BY_LABEL] = ENDPOINTSLICE_CONTROLLER;
  }
  if (svc.spec.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
  else delete labels[HEADLESS_LABEL];
  return labels;
}

export class EndpointsController {
  private readonly queue: WorkQueue;
  /** Which Services last published each pod (by uid), so a pod that stops matching is taken out. */
  private readonly servicesOfPod = new Map<string, Set<string>>();

  constructor(
    private readonly store: ObjectStore,
    private readonly scheduler: Scheduler,
    reactionMs: number,
  ) {
    this.queue = new WorkQueue(scheduler, reactionMs, (key) => {
      const slash = key.indexOf('/');
      this.sync(key.slice(0, slash), key.slice(slash + 1));
    });
  }

  /**
   * The first pass when the cluster starts: every Service's objects at once, dated as the Service
   * (the controllers wrote them when it was created, long before this process started).
   */
  syncAll(): void {
    for (const svc of this.store.list<Service>('Service')) this.sync(svc.metadata.namespace ?? '', svc.metadata.name, svc.metadata.creationTimestamp);
  }

  onChange(event: StoreEvent): void {
    const obj = event.object;
    const namespace = obj.metadata.namespace ?? '';
    switch (obj.kind) {
      case 'Service':
        this.queue.add(keyOf(namespace, obj.metadata.name));
        return;
      case 'Pod':
        this.podChanged(obj, event.type === 'DELETED');
        return;
      case 'Endpoints':
        if (event.type !== 'ADDED') this.queue.add(keyOf(namespace, obj.metadata.name));
        return;
      case 'EndpointSlice': {
        const service = obj.metadata.labels?.[SERVICE_NAME_LABEL];
        if (event.type !== 'ADDED' && service && obj.metadata.labels?.[MANAGED_BY_LABEL] === ENDPOINTSLICE_CONTROLLER) this.queue.add(keyOf(namespace, service));
        return;
      }
    }
  }

  private podChanged(pod: Pod, deleted: boolean): void {
    const keys = new Set(this.servicesOfPod.get(pod.metadata.uid));
    if (deleted) this.servicesOfPod.delete(pod.metadata.uid);
    else {
      for (const svc of this.store.list<Service>('Service', pod.metadata.namespace)) {
        if (hasEndpointsController(svc) && matchesSelector(pod.metadata.labels, svc.spec.selector)) keys.add(keyOf(svc.metadata.namespace, svc.metadata.name));
      }
    }
    for (const key of keys) this.queue.add(key);
  }

  /** Brings one Service's Endpoints and EndpointSlices in line with its pods; `createdAt` dates new ones. */
  sync(namespace: string, name: string, createdAt?: string): void {
    const key = keyOf(namespace, name);
    const svc = this.store.get<Service>('Service', namespace, name);
    if (!svc) {
      this.forget(key);
      if (this.store.get('Endpoints', namespace, name)) this.store.delete('Endpoints', namespace, name);
      return;
    }
    // A Service without a selector gets its endpoints from whoever made it, not from here.
    if (!hasEndpointsController(svc)) return;
    const pods = this.store.list<Pod>('Pod', namespace);
    const desired = desiredEndpoints(svc, pods);
    this.track(key, desired.slices);
    const now = timestampOf(this.scheduler.clock.now());
    this.writeEndpoints(svc, endpointsBody(desired), createdAt, createdAt ?? now);
    this.writeSlices(svc, desired.slices, createdAt, createdAt ?? now);
  }

  private forget(key: string): void {
    for (const keys of this.servicesOfPod.values()) keys.delete(key);
  }

  private track(key: string, groups: EndpointGroup[]): void {
    this.forget(key);
    for (const group of groups) {
      for (const ep of group.endpoints) {
        const uid = ep.targetRef?.uid;
        if (!uid) continue;
        let keys = this.servicesOfPod.get(uid);
        if (!keys) this.servicesOfPod.set(uid, (keys = new Set()));
        keys.add(key);
      }
    }
  }

  private writeEndpoints(svc: Service, body: Pick<Endpoints, 'subsets'>, createdAt: string | undefined, triggeredAt: string): void {
    const { namespace, name } = svc.metadata;
    const labels = labelsFor(svc, false);
    const current = this.store.get<Endpoints>('Endpoints', namespace, name);
    if (current && same(current.subsets, body.subsets) && same(current.metadata.labels ?? {}, labels)) return;
    const metadata = {
      ...(current?.metadata ?? { name, namespace, uid: '', ...(createdAt ? { creationTimestamp: createdAt } : {}) }),
      labels,
      annotations: { ...current?.metadata.annotations, [LAST_CHANGE_TRIGGER_TIME]: triggeredAt },
    };
    const next: Endpoints = { apiVersion: 'v1', kind: 'Endpoints', metadata, ...body };
    if (current) this.store.update(next, { checkVersion: false });
    else this.store.create(next);
  }

  private writeSlices(svc: Service, groups: EndpointGroup[], createdAt: string | undefined, triggeredAt: string): void {
    const { namespace, name, uid } = svc.metadata;
    const labels = labelsFor(svc, true);
    const ownerReferences = [{ apiVersion: 'v1', kind: 'Service', name, uid, controller: true, blockOwnerDeletion: true }];
    const existing = new Map<string, EndpointSlice[]>();
    for (const slice of this.store.list<EndpointSlice>('EndpointSlice', namespace)) {
      if (!isManagedSliceOf(slice, name)) continue;
      const key = groupKey({ ports: slice.ports ?? [], endpoints: [] });
      existing.set(key, [...(existing.get(key) ?? []), slice]);
    }
    for (const group of groups) {
      const [current, ...extra] = existing.get(groupKey(group)) ?? [];
      existing.set(groupKey(group), extra);
      // The API's JSON for a placeholder: both lists null, not absent (Go's nil slices without omitempty).
      const body = { endpoints: group.endpoints.length ? group.endpoints : null, ports: group.ports.length ? group.ports : null } as unknown as Pick<EndpointSlice, 'endpoints' | 'ports'>;
      if (current) {
        const unchanged = same(current.endpoints ?? null, body.endpoints) && same(current.ports ?? null, body.ports) &&
          same(current.metadata.labels, labels) && same(current.metadata.ownerReferences, ownerReferences);
        if (unchanged) continue;
        this.store.update<EndpointSlice>({
          ...current,
          ...body,
          metadata: { ...current.metadata, labels, ownerReferences, generation: (current.metadata.generation ?? 1) + 1, annotations: { ...current.metadata.annotations, [LAST_CHANGE_TRIGGER_TIME]: triggeredAt } },
        }, { checkVersion: false });
        continue;
      }
      let sliceName: string;
      do sliceName = generatedName(`${name}-`);
      while (this.store.get('EndpointSlice', namespace, sliceName));
      this.store.create<EndpointSlice>({
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: {
          name: sliceName,
          generateName: `${name}-`,
          namespace,
          uid: '',
          generation: 1,
          ...(createdAt ? { creationTimestamp: createdAt } : {}),
          labels,
          annotations: { [LAST_CHANGE_TRIGGER_TIME]: triggeredAt },
          ownerReferences,
        },
        addressType: 'IPv4',
        ...body,
      });
    }
    for (const stale of [...existing.values()].flat()) {
      if (this.store.get('EndpointSlice', namespace, stale.metadata.name)) this.store.delete('EndpointSlice', namespace, stale.metadata.name);
    }
  }
}
