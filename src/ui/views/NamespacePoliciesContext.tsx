// How a Namespace's describe reads its ResourceQuotas and LimitRanges: the gateway's read in the
// TUI, absent in tests and screens without a cluster (the describe then shows neither).
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { NamespacePolicies } from '../../kube/types.js';
import type { DescribeContext } from '../../render/describe/describeContext.js';

export type ReadNamespacePolicies = (namespace: string) => Promise<NamespacePolicies>;

const NamespacePoliciesContext = createContext<ReadNamespacePolicies | undefined>(undefined);

export function NamespacePoliciesProvider({ read, children }: { read: ReadNamespacePolicies | undefined; children: ReactNode }) {
  return <NamespacePoliciesContext.Provider value={read}>{children}</NamespacePoliciesContext.Provider>;
}

type Policies = Pick<DescribeContext, 'quotas' | 'limitRanges' | 'policiesError'>;

/** Read once when a Namespace's describe opens (kubectl reads them once per describe). */
export function useNamespacePolicies(namespace: string | undefined): Policies {
  const read = useContext(NamespacePoliciesContext);
  const [policies, setPolicies] = useState<Policies>({});
  useEffect(() => {
    setPolicies({});
    if (!read || namespace === undefined) return;
    let open = true;
    read(namespace).then(
      (answer) => open && setPolicies(answer),
      (error: unknown) => open && setPolicies({ policiesError: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      open = false;
    };
  }, [read, namespace]);
  return policies;
}
