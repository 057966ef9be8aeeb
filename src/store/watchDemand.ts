// Which kinds to watch: those the screen shows, not every registered kind. With fifteen kinds
// registered, watching all of them would hold every ConfigMap and Secret of the namespace in
// memory and keep fifteen watches open on the API server for lists nobody opened.
import { AUDITED_KINDS, KINDS } from '../domain/kinds.js';
import type { KindName } from '../domain/resources.js';
import type { ServedResource } from '../domain/servedResources.js';
import { DESCRIBE_READS } from '../render/describe/describeContext.js';
import { LISTS } from '../render/registry.js';
import { VERIFY_EXTRA_KINDS } from '../domain/verify/runVerify.js';
import type { ClusterState, ViewEntry } from './types.js';

/** The header's counts (Deployments, ReplicaSets with stale ones, pods) are always on screen. */
export const HEADER_KINDS: readonly KindName[] = ['Deployment', 'ReplicaSet', 'Pod'];

/** The overview's panes and its details pane (which lists the selected pod's events). */
const OVERVIEW_KINDS: readonly KindName[] = ['Deployment', 'ReplicaSet', 'Pod', 'Event'];

function kindsOfView(view: ViewEntry): readonly KindName[] {
  switch (view.type) {
    case 'overview':
      return OVERVIEW_KINDS;
    case 'list': {
      const { kind, renderer } = LISTS[view.pane];
      // A scoped list reads its scope object's kind too (the lookups of its children).
      return [kind, ...(renderer.reads ?? []), ...(view.scope ? [view.scope.kind] : [])];
    }
    case 'describe':
      // Its events are shown at the bottom, as kubectl describe shows them; some kinds read another.
      return [view.kind, 'Event', ...(DESCRIBE_READS[view.kind] ?? [])];
    case 'logs':
      return [view.kind, 'Pod'];
    case 'contexts':
      return [];
    case 'rollout':
      return ['Deployment', 'ReplicaSet', 'Pod'];
    case 'audit':
    case 'finding':
      // The live audit judges every kind it reads while :audit (or one of its findings) is open.
      return AUDITED_KINDS;
    case 'verify':
      return [...AUDITED_KINDS, ...VERIFY_EXTRA_KINDS];
  }
}

/**
 * The discovered kind the generic ServedObject watch is for: that of the newest list of one on the
 * stack (a describe pushed from it reads the same rows).
 */
export function demandedServedResource(state: Pick<ClusterState, 'stack'>): ServedResource | undefined {
  for (let i = state.stack.length - 1; i >= 0; i--) {
    const view = state.stack[i];
    if (view.type === 'list' && view.resource) return view.resource;
  }
  return undefined;
}

/** One discovered kind, as a key: its group, version and plural. */
export const servedResourceKey = (resource: ServedResource): string => `${resource.plural}.${resource.group}/${resource.version}`;

/** The kinds to watch for `state`: the header's and the top view's (what is on screen). */
export function demandedKinds(state: Pick<ClusterState, 'stack'>): ReadonlySet<KindName> {
  const top = state.stack[state.stack.length - 1];
  return new Set<KindName>([...HEADER_KINDS, ...(top ? kindsOfView(top) : [])].filter((kind) => Object.hasOwn(KINDS, kind)));
}
