// What a describe section reads besides its object, as DESCRIBE_READS (render/describe/
// describeContext.ts) says per kind: the pods the store holds, the namespace's Secrets.
// Each is passed only once its kind's first list has arrived, so a section never reads "none" into
// a list that has not loaded.
import { useMemo } from 'react';
import { DESCRIBE_READS, type DescribeContext } from '../../render/describe/describeContext.js';
import type { Json } from '../../render/describe/fields.js';
import { useClusterStore } from '../StoreContext.js';

const reads = (kind: string, read: 'Pod' | 'Secret'): boolean => (DESCRIBE_READS as Record<string, readonly string[] | undefined>)[kind]?.includes(read) ?? false;

export function useRelatedObjects(target: Json | undefined): Pick<DescribeContext, 'pods' | 'secrets'> {
  const kind = typeof target?.kind === 'string' ? target.kind : '';
  const pods = useClusterStore((state) => (reads(kind, 'Pod') && state.loaded.Pod ? state.resources.Pod : undefined));
  const secrets = useClusterStore((state) => (reads(kind, 'Secret') && state.loaded.Secret ? state.resources.Secret : undefined));
  const namespace = useClusterStore((state) => state.cluster.namespace);
  const targetNamespace = (target?.metadata as { namespace?: unknown } | undefined)?.namespace;
  return useMemo(() => ({
    ...(pods ? { pods: { items: [...pods.values()] as unknown as Json[], namespace } } : {}),
    ...(secrets ? { secrets: ([...secrets.values()] as unknown as Json[]).filter((s) => (s.metadata as { namespace?: unknown }).namespace === targetNamespace) } : {}),
  }), [pods, secrets, namespace, targetNamespace]);
}
