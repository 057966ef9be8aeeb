// Chooses the patch algorithm from the request's Content-Type, as the API server does.
import { ApiError } from '../../apiErrors.js';
import { applyJsonPatch } from './jsonPatch.js';
import { PatchApplyError, PatchFormatError, type JsonValue } from './json.js';
import { applyMergePatch } from './mergePatch.js';
import { applyStrategicMergePatch } from './strategicMerge.js';

export const PATCH_MEDIA_TYPES = ['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json'] as const;
export type PatchMediaType = (typeof PATCH_MEDIA_TYPES)[number];

export const isPatchMediaType = (media: string): media is PatchMediaType => (PATCH_MEDIA_TYPES as readonly string[]).includes(media);

/** Applies `patchText` to `target`; 400 for a malformed patch, 422 for one that cannot apply. */
export const applyPatch = (media: PatchMediaType, target: JsonValue, patchText: string): JsonValue => {
  let patch: JsonValue;
  try {
    patch = JSON.parse(patchText) as JsonValue;
  } catch (error) {
    throw new ApiError(400, 'BadRequest', `error decoding patch: ${(error as Error).message}`);
  }
  try {
    switch (media) {
      case 'application/json-patch+json':
        return applyJsonPatch(target, patch);
      case 'application/merge-patch+json':
        return applyMergePatch(target, patch);
      case 'application/strategic-merge-patch+json':
        return applyStrategicMergePatch(target, patch);
    }
  } catch (error) {
    if (error instanceof PatchFormatError) throw new ApiError(400, 'BadRequest', error.message);
    if (error instanceof PatchApplyError) throw new ApiError(422, 'Invalid', error.message);
    throw error;
  }
};
