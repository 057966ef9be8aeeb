// Enter on an EndpointSlice or Endpoints lists the pods its addresses point to (targetRef), as
// k9s would: the pods actually behind the Service, ready or not, rather than what the selector
// says. An address without a pod reference (an external IP) has no row.
import { memoSlot } from '../domain/memo.js';
import type { Endpoints, EndpointSlice, KubeObject, ObjectReference, Pod } from '../domain/resources.js';
import type { IndexedSnapshot } from '../render/clusterIndex.js';

// Kept per pod list and per scope object, so the scoped list keeps its identity until either changes.
const ENDPOINT_PODS = memoSlot<readonly Pod[], WeakMap<KubeObject, readonly Pod[]>>('pods by endpoints');

function targetRefs(obj: Endpoints | EndpointSlice): ObjectReference[] {
  const refs = obj.kind === 'EndpointSlice'
    ? (obj.endpoints ?? []).map((ep) => ep.targetRef)
    : (obj.subsets ?? []).flatMap((s) => [...(s.addresses ?? []), ...(s.notReadyAddresses ?? [])].map((a) => a.targetRef));
  return refs.filter((ref): ref is ObjectReference => ref !== undefined && (ref.kind === undefined || ref.kind === 'Pod'));
}

export function podsOfEndpoints(snapshot: IndexedSnapshot, kind: 'EndpointSlice' | 'Endpoints', uid: string): readonly Pod[] {
  const scoped = (kind === 'EndpointSlice' ? snapshot.endpointSlices : snapshot.endpoints)?.find((obj) => obj.metadata.uid === uid);
  if (!scoped) return [];
  const byScope = snapshot.memo.of(ENDPOINT_PODS);
  let cache = byScope.get(snapshot.pods);
  if (!cache) byScope.set(snapshot.pods, (cache = new WeakMap()));
  let pods = cache.get(scoped);
  if (!pods) {
    const refs = targetRefs(scoped);
    const uids = new Set(refs.flatMap((ref) => (ref.uid ? [ref.uid] : [])));
    // A reference may name its pod without a uid (hand-made Endpoints): match those by name.
    const names = new Set(refs.flatMap((ref) => (!ref.uid && ref.name ? [ref.name] : [])));
    cache.set(scoped, (pods = snapshot.pods.filter((pod) => uids.has(pod.metadata.uid) || names.has(pod.metadata.name))));
  }
  return pods;
}
