// PATCH of an object (or its status): decode by Content-Type, apply, check identity, store.
import type { KubeObject } from '../../domain/resources.js';
import { ApiError } from '../apiErrors.js';
import { isDryRun, type ResourceRequest, type ServerContext } from './context.js';
import { applyPatch, isPatchMediaType, PATCH_MEDIA_TYPES, type PatchMediaType } from './patch/applyPatch.js';
import type { JsonValue } from './patch/json.js';
import { mediaTypeOf, readBody, sendJson } from './respond.js';
import { checkIdentity, validateObject } from './validate.js';

/** The patch media type of the request, or 415 as the API server answers for others. */
export const requirePatchMediaType = (r: ResourceRequest): PatchMediaType => {
  const media = mediaTypeOf(r.req);
  if (!isPatchMediaType(media)) {
    throw new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${PATCH_MEDIA_TYPES.join(', ')}, application/apply-patch+yaml`);
  }
  return media;
};

export const handlePatch = async (ctx: ServerContext, r: ResourceRequest): Promise<void> => {
  const media = requirePatchMediaType(r);
  const patchText = await readBody(r.req);
  const current = ctx.store.require(r.type.kind, r.namespace, r.name!);
  const patched = applyPatch(media, current as unknown as JsonValue, patchText);
  const obj = checkIdentity(r.type, r.namespace, r.name, patched);
  validateObject(r.type, obj);
  // A status patch may only change status; everything else keeps the stored values.
  const next = r.subresource === 'status' ? ({ ...current, status: (obj as { status?: unknown }).status, metadata: { ...current.metadata, resourceVersion: obj.metadata.resourceVersion } } as KubeObject) : obj;
  // The uid is immutable: a patch naming another one is refused as the API server's update validation does.
  if (next.metadata.uid && next.metadata.uid !== current.metadata.uid) {
    // The cause names the field, as the API server's Status does: clients tell a recreated object by it.
    const cause = { reason: 'FieldValueInvalid', message: `Invalid value: "${next.metadata.uid}": field is immutable`, field: 'metadata.uid' };
    throw new ApiError(422, 'Invalid', `${r.type.kind}${r.type.group ? `.${r.type.group}` : ''} "${r.name}" is invalid: metadata.uid: ${cause.message}`, {
      name: r.name,
      group: r.type.group,
      kind: r.type.kind,
      causes: [cause],
    });
  }
  next.metadata.uid = current.metadata.uid;
  sendJson(r.res, 200, ctx.store.update(next, { dryRun: isDryRun(r.params) }));
};
