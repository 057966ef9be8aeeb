// The scale subresource of Deployments and ReplicaSets, as autoscaling/v1 Scale objects.
import type { Deployment, ReplicaSet } from '../../domain/resources.js';
import { badRequest, conflict } from '../apiErrors.js';
import { isDryRun, type ResourceRequest, type ServerContext } from './context.js';
import { applyPatch } from './patch/applyPatch.js';
import type { JsonValue } from './patch/json.js';
import { requirePatchMediaType } from './patchHandler.js';
import { parseJsonBody, readBody, sendJson } from './respond.js';
import { formatLabelSelector } from './tableCells.js';
import { validateObject } from './validate.js';

export interface Scale {
  kind: 'Scale';
  apiVersion: 'autoscaling/v1';
  metadata: { name: string; namespace?: string; uid: string; resourceVersion?: string; creationTimestamp?: string };
  spec: { replicas?: number };
  status: { replicas: number; selector?: string };
}

type Scalable = Deployment | ReplicaSet;

export const scaleOf = (obj: Scalable): Scale => {
  const selector = formatLabelSelector(obj.spec.selector);
  const { name, namespace, uid, resourceVersion, creationTimestamp } = obj.metadata;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
    spec: { replicas: obj.spec.replicas ?? 1 },
    status: { replicas: obj.status?.replicas ?? 0, ...(selector === '<none>' ? {} : { selector }) },
  };
};

const applyScale = (ctx: ServerContext, r: ResourceRequest, current: Scalable, scale: Scale): void => {
  const replicas = scale.spec?.replicas;
  const next = { ...current, spec: { ...current.spec, replicas }, metadata: { ...current.metadata, resourceVersion: scale.metadata?.resourceVersion } } as Scalable;
  validateObject(r.type, next);
  const updated = ctx.store.update(next, { dryRun: isDryRun(r.params) });
  sendJson(r.res, 200, scaleOf(updated));
};

export const handleScale = async (ctx: ServerContext, r: ResourceRequest): Promise<void> => {
  const current = ctx.store.require<Scalable>(r.type.kind, r.namespace, r.name!);
  switch (r.req.method) {
    case 'GET':
      return sendJson(r.res, 200, scaleOf(current));
    case 'PUT': {
      const body = parseJsonBody(await readBody(r.req)) as Scale | undefined;
      if (!body || typeof body !== 'object') throw badRequest('the request body must be a Scale object');
      if (body.metadata?.name && body.metadata.name !== r.name) throw badRequest(`the name of the object (${body.metadata.name}) does not match the name on the URL (${r.name})`);
      // A PUT's uid is a storage precondition on the parent object, checked before anything else
      // (the resourceVersion is checked by the update itself): the text is etcd3's.
      if (body.metadata?.uid && body.metadata.uid !== current.metadata.uid) {
        const key = `/registry/${r.type.plural}/${r.namespace}/${r.name}`;
        throw conflict(r.type.plural, r.name!, `StorageError: invalid object, Code: 4, Key: ${key}, ResourceVersion: 0, AdditionalErrorMsg: Precondition failed: UID in precondition: ${body.metadata.uid}, UID in object meta: ${current.metadata.uid}`, r.type.group);
      }
      return applyScale(ctx, r, current, body);
    }
    case 'PATCH': {
      const media = requirePatchMediaType(r);
      const patched = applyPatch(media, scaleOf(current) as unknown as JsonValue, await readBody(r.req)) as unknown as Scale;
      return applyScale(ctx, r, current, patched);
    }
  }
};
