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

/** Controllers named before "+N more": the line must stay one row in a modal. */
const NAMED_CONTROLLERS = 3;

const isFinished = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/** "deployment/kilo-gateway" for a ReplicaSet's pod whose Deployment is loaded, else the pod's own controller. */
function controllerName(pod: Pod, replicaSets: readonly ReplicaSet[]): string {
  const owner = controllerOf(pod);
  if (!owner) return 'no controller';
  if (owner.kind === 'ReplicaSet') {
    const rs = replicaSets.find((candidate) => candidate.metadata.uid === owner.uid);
    const deployment = rs && controllerOf(rs);
    if (deployment?.kind === 'Deployment') return `deployment/${deployment.name}`;
  }
  return `${owner.kind.toLowerCase()}/${owner.name}`;
}

/** "from deployment/a, statefulset/b, daemonset/c, +4 more" */
function controllersOf(pods: readonly Pod[], replicaSets: readonly ReplicaSet[]): string {
  const names = [...new Set(pods.map((pod) => controllerName(pod, replicaSets)))];
  const shown = names.slice(0, NAMED_CONTROLLERS).join(', ');
  return names.length > NAMED_CONTROLLERS ? `${shown}, +${names.length - NAMED_CONTROLLERS} more` : shown;
}

/** What scope of pods the count covers: the namespace watched, or every one. */
const podScope = (snapshot: ClusterSnapshot): string => (snapshot.namespace === '' ? 'of all loaded' : `in ${snapshot.namespace}`);

export const nodeDeleteImpact: DeleteImpact<KubeNode> = (node, snapshot) => {
  const name = node.metadata.name;
  const notes: string[] = [];
  let running = 0;
  if (snapshot) {
    const onNode = snapshot.pods.filter((pod) => pod.spec.nodeName === name && !isFinished(pod));
    running = onNode.length;
    notes.push(running > 0 ? `${countOf(running, 'pod')} ${podScope(snapshot)} ${running === 1 ? 'runs' : 'run'} on it (${controllersOf(onNode, snapshot.replicaSets)})` : `no pods ${podScope(snapshot)} run on it`);
  }
  const others = snapshot?.nodes?.filter((other) => other.metadata.name !== name);
  if (others?.length === 0) notes.push('the only node: nothing can be scheduled until a node registers again');
  else if (others) notes.push(`${countOf(others.length, 'other node')} ${others.length === 1 ? 'takes' : 'take'} what is recreated, if it fits`);
  const drain = ['kubectl', 'drain', name, '--ignore-daemonsets', '--delete-emptydir-data'].map(shellQuote).join(' ');
  return {
    impact: notes.length > 0 ? notes.join('; ') : 'what runs on it is not loaded here',
    dangerous: true,
    podsTerminated: running,
    podsBeyondView: !snapshot || snapshot.namespace !== '',
    warning: `drain first: ${drain}; its kubelet does not re-register until it restarts, and the pod garbage collector deletes the pods bound to it (recreated Pending if no other node can take them)`,
  };
};
