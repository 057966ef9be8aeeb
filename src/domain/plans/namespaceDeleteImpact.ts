// Deleting a namespace deletes everything in it (the namespace controller empties it, then it
// goes). The modal names what kilo-tui has loaded of it, and always asks twice.
import type { ClusterSnapshot, KubeObject, Namespace } from '../resources.js';
import type { DeleteImpact } from './deleteImpact.js';
import { countOf } from './planContext.js';

/** The namespaces the API server refuses to delete (its NamespaceLifecycle admission plugin). */
export const IMMORTAL_NAMESPACES: readonly string[] = ['default', 'kube-system', 'kube-public'];

/** What an operator weighs first: what runs, what serves, what stores; by snapshot list. */
const CONTENTS: readonly [listKey: string, singular: string][] = [
  ['deployments', 'deployment'],
  ['statefulSets', 'statefulset'],
  ['daemonSets', 'daemonset'],
  ['cronJobs', 'cronjob'],
  ['pods', 'pod'],
  ['services', 'service'],
  ['persistentVolumeClaims', 'persistentvolumeclaim'],
  ['secrets', 'secret'],
  ['configMaps', 'configmap'],
];

const inNamespace = (snapshot: ClusterSnapshot, listKey: string, namespace: string): number => {
  const list = (snapshot as unknown as Record<string, readonly KubeObject[] | undefined>)[listKey];
  return list ? list.filter((obj) => obj.metadata.namespace === namespace).length : 0;
};

export const namespaceDeleteImpact: DeleteImpact<Namespace> = (ns, snapshot) => {
  const name = ns.metadata.name;
  if (IMMORTAL_NAMESPACES.includes(name)) return { impact: `the API server refuses to delete namespace ${name}`, dangerous: true, podsTerminated: 0 };
  if (ns.metadata.deletionTimestamp) return { impact: `namespace ${name} is already being deleted`, dangerous: true, podsTerminated: 0 };
  const counts = snapshot ? CONTENTS.map(([key, singular]) => [inNamespace(snapshot, key, name), singular] as const).filter(([count]) => count > 0) : [];
  const pods = snapshot ? inNamespace(snapshot, 'pods', name) : 0;
  const contents = counts.length > 0 ? `: ${counts.map(([count, singular]) => countOf(count, singular)).join(', ')}, … (what kilo-tui has loaded)` : ' (its contents are not loaded here)';
  return { impact: `everything in namespace ${name} is deleted with it${contents}`, dangerous: true, podsTerminated: pods };
};
