// What kubectl prints about a Node: its STATUS (Ready, NotReady, Unknown, SchedulingDisabled) and
// ROLES (from the node-role.kubernetes.io/<role> labels).
import type { KubeNode } from './resources.js';

const ROLE_LABEL = 'node-role.kubernetes.io/';
const LEGACY_ROLE_LABEL = 'kubernetes.io/role';

export function nodeRoles(node: KubeNode): string[] {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(node.metadata.labels ?? {})) {
    if (key.startsWith(ROLE_LABEL) && key.length > ROLE_LABEL.length) roles.add(key.slice(ROLE_LABEL.length));
    else if (key === LEGACY_ROLE_LABEL && value) roles.add(value);
  }
  return [...roles].sort();
}

export interface NodeStatus {
  text: string;
  ready: boolean;
}

/** As kubectl: the Ready condition's verdict, then SchedulingDisabled when cordoned. */
export function nodeStatus(node: KubeNode): NodeStatus {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const verdict = ready === undefined ? 'Unknown' : ready.status === 'True' ? 'Ready' : ready.status === 'False' ? 'NotReady' : 'Unknown';
  const text = node.spec?.unschedulable ? `${verdict},SchedulingDisabled` : verdict;
  return { text, ready: verdict === 'Ready' };
}
