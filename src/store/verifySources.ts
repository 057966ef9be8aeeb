// Which of the checklist's extra kinds the live `:verify` has not listed, and why, from the watch
// states: a forbidden or failing watch, or one that has not delivered its first list yet. A watch
// reconnecting after a list it already delivered still counts as listed (its objects are shown).
import { KINDS, objectsOfKind } from '../domain/kinds.js';
import type { ClusterSnapshot } from '../domain/resources.js';
import { VERIFY_EXTRA_KINDS, type UnlistedKinds } from '../domain/verify/runVerify.js';
import type { ClusterState } from './types.js';

export function unlistedVerifyKinds(connection: ClusterState['connection'], snapshot: ClusterSnapshot): UnlistedKinds {
  const unlisted: UnlistedKinds = {};
  for (const kind of VERIFY_EXTRA_KINDS) {
    const state = connection[kind];
    if (state?.status === 'connected') continue;
    if (state?.status === 'reconnecting' && objectsOfKind(snapshot, kind).length > 0) continue;
    const title = KINDS[kind].title;
    unlisted[kind] =
      state === undefined ? `${title} not watched`
      : state.status === 'forbidden' ? `forbidden: ${state.message}`
      : state.status === 'reconnecting' ? state.lastError
      : 'not listed yet';
  }
  return unlisted;
}
