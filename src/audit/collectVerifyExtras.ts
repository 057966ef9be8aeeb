// The kinds the verification checklist reads besides the audit's (EndpointSlices, PVCs). A kind
// the server refuses (403) or does not serve (404, an old or partial API server) is reported as not
// listed, with the server's reason, and the checklist says how it judged without it; any other
// failure is a real error.
import { KINDS, type SnapshotLists } from '../domain/kinds.js';
import { VERIFY_EXTRA_KINDS, type UnlistedKinds } from '../domain/verify/runVerify.js';
import type { KubeObject } from '../domain/resources.js';
import { sanitizeLine } from '../text/sanitize.js';
import { KubeError, type ClusterGateway } from '../kube/types.js';

const NOT_LISTABLE = new Set([403, 404]);

export async function collectVerifyExtras(gateway: ClusterGateway): Promise<{ lists: Partial<SnapshotLists>; unlisted: UnlistedKinds; skipped: number }> {
  const lists: Record<string, KubeObject[]> = {};
  const unlisted: UnlistedKinds = {};
  let skipped = 0;
  await Promise.all(
    VERIFY_EXTRA_KINDS.map(async (kind) => {
      try {
        if (gateway.listAdmitted) {
          const result = await gateway.listAdmitted(kind);
          skipped += result.skipped;
          lists[KINDS[kind].snapshotKey] = result.items;
        } else lists[KINDS[kind].snapshotKey] = await gateway.list(kind);
      } catch (error) {
        if (!(error instanceof KubeError && NOT_LISTABLE.has(error.status))) throw error;
        unlisted[kind] = `${error.status === 403 ? 'forbidden' : 'not served'}: ${sanitizeLine(error.message).slice(0, 160)}`;
      }
    }),
  );
  return { lists: lists as Partial<SnapshotLists>, unlisted, skipped };
}
