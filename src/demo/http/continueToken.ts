// Opaque `continue` tokens for paged lists: the list's resourceVersion and the key of the last
// item returned. Later pages read the current state after that key (not a snapshot; the demo
// keeps no old versions of objects).
import { ApiError } from '../apiErrors.js';

export interface ContinuePosition {
  resourceVersion: number;
  afterKey: string;
}

export const encodeContinue = (position: ContinuePosition): string =>
  Buffer.from(JSON.stringify({ rv: position.resourceVersion, start: position.afterKey })).toString('base64url');

export const decodeContinue = (token: string): ContinuePosition => {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { rv?: unknown; start?: unknown };
    if (typeof parsed.rv === 'number' && typeof parsed.start === 'string') return { resourceVersion: parsed.rv, afterKey: parsed.start };
  } catch {
    // fall through to the API server's wording below
  }
  throw new ApiError(400, 'BadRequest', 'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
};
