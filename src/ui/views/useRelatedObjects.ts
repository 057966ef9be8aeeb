// What a describe section reads besides its object (render/describe/describeContext.ts): the pods
// the store holds for a Node, a PVC or a DaemonSet, the namespace's Secrets for a ServiceAccount.
// Each is passed only once its kind's first list has arrived, so a section never reads "none" into
// a list that has not loaded.
import { useMemo } from 'react';
import type { DescribeContext } from '../../render/describe/describeContext.js';
import type { Json } from '../../render/describe/fields.js';
import { useClusterStore } from '../StoreContext.js';

const READS_PODS = new Set(['Node', 'PersistentVolumeClaim', 'DaemonSet']);

export function useRelatedObjects(target: Json | undefined): Pick<DescribeContext, 'pods' | 'secrets'> {
  const kind = typeof target?.kind === 'string' ? target.kind : '';
  const pods = useClusterStore((state) => (READS_PODS.has(kind) && state.loaded.Pod ? state.resources.Pod : undefined));
  const secrets = useClusterStore((state) => (kind === 'ServiceAccount' && state.loaded.Secret ? state.resources.Secret : undefined));
  const namespace = useClusterStore((state) => state.cluster.namespace);
  const targetNamespace = (target?.metadata as { namespace?: unknown } | undefined)?.namespace;
  return useMemo(() => ({
    ...(pods ? { pods: { items: [...pods.values()] as unknown as Json[], namespace } } : {}),
    ...(secrets ? { secrets: ([...secrets.values()] as unknown as Json[]).filter((s) => (s.metadata as { namespace?: unknown }).namespace === targetNamespace) } : {}),
  }), [pods, secrets, namespace, targetNamespace]);
}
