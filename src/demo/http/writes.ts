// POST (create), PUT (replace) and DELETE of whole objects.
import { randomBytes } from 'node:crypto';
import type { KubeObject } from '../../domain/resources.js';
import { badRequest, invalid } from '../apiErrors.js';
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

/**
 * Deletes at once whatever the propagation policy: the garbage collector (another component)
 * removes dependents afterwards, which is Background deletion; Foreground and Orphan are not
 * modelled. Pods go at once too (no graceful termination period).
 */
export const handleDelete = async (ctx: ServerContext, r: ResourceRequest): Promise<void> => {
  const options = await readDeleteOptions(r);
  const dryRun = isDryRun(r.params) || (options.dryRun ?? []).includes('All');
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
