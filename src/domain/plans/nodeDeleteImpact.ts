// Deleting a Node object does not stop the machine: it removes the cluster's record of it. The
// kubelet registers its Node only when it starts, so the node stays gone until it restarts; the
// pod garbage collector (kube-controller-manager, after a 40 s quarantine) then force-deletes every
// pod bound to the missing node, and their controllers recreate them, Pending unless another node
// takes them. On a single-node home cluster nothing can run until the node is back. The modal says
// so from what kilo-tui has loaded, and suggests draining first; it always asks twice.
import { controllerOf } from '../replicasets.js';
import type { ClusterSnapshot, KubeNode, Pod, ReplicaSet } from '../resources.js';
import type { DeleteImpact } from './deleteImpact.js';
import { countOf } from './planContext.js';
import { shellQuote } from './toKubectl.js';

const isFinished = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/** A pod's controller as the user knows it: a ReplicaSet's pods by their Deployment when it is loaded. */
function controllerName(pod: Pod, replicaSets: readonly ReplicaSet[]): { kind: string; name: string } | undefined {
  const owner = controllerOf(pod);
  if (!owner) return undefined;
  if (owner.kind === 'ReplicaSet') {
    const rs = replicaSets.find((candidate) => candidate.metadata.uid === owner.uid);
    const deployment = rs && controllerOf(rs);
    if (deployment?.kind === 'Deployment') return { kind: 'deployment', name: deployment.name };
  }
  return { kind: owner.kind.toLowerCase(), name: owner.name };
}

/** "statefulset/kilo-db, 14 deployments, 1 bare pod": a kind with one controller by name, others counted, so the line stays short. */
function controllersOf(pods: readonly Pod[], replicaSets: readonly ReplicaSet[]): string {
  const byKind = new Map<string, Set<string>>();
  let bare = 0;
  for (const pod of pods) {
    const controller = controllerName(pod, replicaSets);
    if (!controller) bare++;
    else byKind.set(controller.kind, (byKind.get(controller.kind) ?? new Set<string>()).add(controller.name));
  }
  const parts = [...byKind].map(([kind, names]) => (names.size === 1 ? `${kind}/${[...names][0]}` : countOf(names.size, kind)));
  if (bare > 0) parts.push(countOf(bare, 'bare pod'));
  return parts.join(', ');
}

/** What scope of pods the count covers: the namespace watched, or every one. */
const podScope = (snapshot: ClusterSnapshot): string => (snapshot.namespace === '' ? 'of all loaded' : `in ${snapshot.namespace}`);

/** Most severe first: the modal truncates a line that does not fit its width. */
export const nodeDeleteImpact: DeleteImpact<KubeNode> = (node, snapshot) => {
  const name = node.metadata.name;
  const notes: string[] = [];
  const others = snapshot?.nodes?.filter((other) => other.metadata.name !== name);
  const only = others?.length === 0;
  if (only) notes.push('the only node: nothing schedules until a node registers');
  let running = 0;
  if (snapshot) {
    const onNode = snapshot.pods.filter((pod) => pod.spec.nodeName === name && !isFinished(pod));
    running = onNode.length;
    notes.push(running > 0 ? `${countOf(running, 'pod')} ${podScope(snapshot)} ${running === 1 ? 'runs' : 'run'} on it (from ${controllersOf(onNode, snapshot.replicaSets)}), force-deleted by podgc after 40 s${only ? ', recreated Pending' : ''}` : `no pods ${podScope(snapshot)} run on it`);
  }
  if (others && others.length > 0) notes.push(`${countOf(others.length, 'other node')} ${others.length === 1 ? 'takes' : 'take'} what is recreated, if it fits (else Pending)`);
  const drain = ['kubectl', 'drain', name, '--ignore-daemonsets', '--delete-emptydir-data'].map(shellQuote).join(' ');
  return {
    impact: notes.length > 0 ? notes.join('; ') : 'what runs on it is not loaded here',
    dangerous: true,
    podsTerminated: running,
    podsBeyondView: !snapshot || snapshot.namespace !== '',
    warning: `drain first: ${drain}; the node re-registers only when its kubelet restarts`,
  };
};
