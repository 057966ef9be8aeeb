// POST (create), PUT (replace) and DELETE of whole objects.
import { randomBytes } from 'node:crypto';
import type { KubeObject, Namespace } from '../../domain/resources.js';
import { badRequest, immortalNamespace, invalid, namespaceStillTerminating, namespaceTerminating, notFound } from '../apiErrors.js';
import type { DeletePreconditions } from '../objectStore.js';
import { isDryRun, type ResourceRequest, type ServerContext } from './context.js';
import { parseJsonBody, readBody, sendJson } from './respond.js';
import { checkIdentity, validateObject } from './validate.js';

const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
const randomSuffix = (): string => [...randomBytes(5)].map((b) => ALPHANUMS[b % ALPHANUMS.length]).join('');

export const handleCreate = async (ctx: ServerContext, r: ResourceRequest): Promise<void> => {
  const obj = checkIdentity(r.type, r.namespace, undefined, parseJsonBody(await readBody(r.req)));
  const generateName = (obj.metadata as { generateName?: string }).generateName;
  if (!obj.metadata.name && generateName) obj.metadata.name = `${generateName}${randomSuffix()}`;
  validateObject(r.type, obj);
  if (obj.metadata.resourceVersion) throw invalid(r.type.plural, obj.metadata.name, 'metadata.resourceVersion: Invalid value: must be empty on create');
  // The NamespaceLifecycle admission plugin: no new content in a missing or terminating namespace.
  if (r.namespace !== undefined && r.type.namespaced) {
    const namespace = ctx.store.get<Namespace>('Namespace', undefined, r.namespace);
    if (!namespace) throw notFound('namespaces', r.namespace);
    if (namespace.metadata.deletionTimestamp) throw namespaceTerminating(r.type.plural, obj.metadata.name, r.namespace, r.type.group);
  }
  obj.metadata.uid = '';
  const created = ctx.store.create(obj, { dryRun: isDryRun(r.params) });
  sendJson(r.res, 201, created);
};

export const handleReplace = async (ctx: ServerContext, r: ResourceRequest): Promise<void> => {
  const obj = checkIdentity(r.type, r.namespace, r.name, parseJsonBody(await readBody(r.req)));
  validateObject(r.type, obj);
  const current = ctx.store.require(r.type.kind, r.namespace, r.name!);
  const next = r.subresource === 'status' ? ({ ...current, status: (obj as { status?: unknown }).status, metadata: { ...current.metadata, resourceVersion: obj.metadata.resourceVersion } } as KubeObject) : obj;
  sendJson(r.res, 200, ctx.store.update(next, { dryRun: isDryRun(r.params) }));
};

const PROPAGATION = ['Orphan', 'Background', 'Foreground'];

interface DeleteOptions {
  propagationPolicy?: string;
  preconditions?: DeletePreconditions;
  dryRun?: string[];
}

const readDeleteOptions = async (r: ResourceRequest): Promise<DeleteOptions> => {
  const body = parseJsonBody(await readBody(r.req));
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) throw badRequest('DeleteOptions must be a JSON object');
  const options = { ...((body as DeleteOptions | undefined) ?? {}) };
  options.propagationPolicy ??= r.params.get('propagationPolicy') ?? undefined;
  if (options.propagationPolicy !== undefined && !PROPAGATION.includes(options.propagationPolicy)) {
    throw invalid('DeleteOptions.meta.k8s.io', '', `propagationPolicy: Unsupported value: "${options.propagationPolicy}": supported values: "Foreground", "Background", "Orphan"`);
  }
  return options;
};

/** Orphan propagation: the dependents lose their ownerReference to the owner and stay. */
const orphanDependents = (ctx: ServerContext, ownerUid: string, namespace: string | undefined): void => {
  for (const kind of ['ReplicaSet', 'Pod'] as const) {
    for (const obj of ctx.store.list(kind, namespace)) {
      if (!obj.metadata.ownerReferences?.some((ref) => ref.uid === ownerUid)) continue;
      ctx.store.mutate(kind, namespace, obj.metadata.name, (dependent) => {
        const remaining = dependent.metadata.ownerReferences?.filter((ref) => ref.uid !== ownerUid) ?? [];
        if (remaining.length) dependent.metadata.ownerReferences = remaining;
        else delete dependent.metadata.ownerReferences;
      });
    }
  }
};

/**
 * Deletes at once: with Background (and Foreground, not modelled apart) the garbage collector
 * (another component) removes dependents afterwards; with Orphan they first lose their
 * ownerReference and stay. Pods go at once too (no graceful termination period).
 */
/** What the NamespaceLifecycle admission plugin never lets go (the demo's own list: it is the oracle). */
const IMMORTAL_NAMESPACES = ['default', 'kube-system', 'kube-public'];

/**
 * A namespace carries the `kubernetes` finalizer: DELETE marks it Terminating and answers with it;
 * the namespace controller empties and removes it afterwards.
 */
const terminateNamespace = (ctx: ServerContext, name: string, preconditions: DeletePreconditions | undefined, dryRun: boolean): Namespace => {
  ctx.store.delete('Namespace', undefined, name, { preconditions, dryRun: true });
  if (IMMORTAL_NAMESPACES.includes(name)) throw immortalNamespace(name);
  const current = ctx.store.require<Namespace>('Namespace', undefined, name);
  if (current.metadata.deletionTimestamp) throw namespaceStillTerminating(name);
  const terminating: Namespace = {
    ...current,
    metadata: { ...current.metadata, deletionTimestamp: new Date(ctx.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z') },
    spec: { finalizers: current.spec?.finalizers ?? ['kubernetes'] },
    status: { ...current.status, phase: 'Terminating' },
  };
  return ctx.store.update(terminating, { dryRun, checkVersion: false });
};

export const handleDelete = async (ctx: ServerContext, r: ResourceRequest): Promise<void> => {
  const options = await readDeleteOptions(r);
  const dryRun = isDryRun(r.params) || (options.dryRun ?? []).includes('All');
  if (r.type.kind === 'Namespace') {
    sendJson(r.res, 200, terminateNamespace(ctx, r.name!, options.preconditions, dryRun));
    return;
  }
  if (options.propagationPolicy === 'Orphan' && !dryRun) {
    // Preconditions first: a refused delete must not orphan anything.
    ctx.store.delete(r.type.kind, r.namespace, r.name!, { preconditions: options.preconditions, dryRun: true });
    orphanDependents(ctx, ctx.store.require(r.type.kind, r.namespace, r.name!).metadata.uid, r.namespace);
  }
  const deleted = ctx.store.delete(r.type.kind, r.namespace, r.name!, { preconditions: options.preconditions, dryRun });
  if (r.type.kind === 'Pod') {
    sendJson(r.res, 200, deleted);
    return;
  }
  sendJson(r.res, 200, {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: { name: deleted.metadata.name, group: r.type.group, kind: r.type.plural, uid: deleted.metadata.uid },
  });
};
