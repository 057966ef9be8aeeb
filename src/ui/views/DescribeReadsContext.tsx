// What the describe view reads through the gateway besides the store, as kubectl describe reads
// it: a Namespace's ResourceQuotas and LimitRanges (once, when it opens) and a cluster-scoped
// object's Events (whose namespace the store's Event watch does not cover; read again every
// EVENTS_REFRESH_MS while open). Absent in tests and screens without a cluster: the view then
// shows neither.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { KubeEvent } from '../../domain/resources.js';
import type { EventSubject, NamespacePolicies } from '../../kube/types.js';
import type { DescribeContext } from '../../render/describe/describeContext.js';

export interface DescribeReads {
  namespacePolicies(namespace: string): Promise<NamespacePolicies>;
  objectEvents(subject: EventSubject): Promise<KubeEvent[]>;
}

export const EVENTS_REFRESH_MS = 15_000;

const DescribeReadsContext = createContext<DescribeReads | undefined>(undefined);

export function DescribeReadsProvider({ reads, children }: { reads: DescribeReads | undefined; children: ReactNode }) {
  return <DescribeReadsContext.Provider value={reads}>{children}</DescribeReadsContext.Provider>;
}

type Policies = Pick<DescribeContext, 'quotas' | 'limitRanges' | 'policiesError'>;

/** Read once when a Namespace's describe opens (kubectl reads them once per describe). */
export function useNamespacePolicies(namespace: string | undefined): Policies {
  const reads = useContext(DescribeReadsContext);
  const [policies, setPolicies] = useState<Policies>({});
  useEffect(() => {
    setPolicies({});
    if (!reads || namespace === undefined) return;
    let open = true;
    reads.namespacePolicies(namespace).then(
      (answer) => open && setPolicies(answer),
      (error: unknown) => open && setPolicies({ policiesError: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      open = false;
    };
  }, [reads, namespace]);
  return policies;
}

const NONE: readonly KubeEvent[] = [];

/** The Events about a cluster-scoped object, read on open and every EVENTS_REFRESH_MS; none on a failed read. */
export function useClusterScopedEvents(subject: EventSubject | undefined): readonly KubeEvent[] {
  const reads = useContext(DescribeReadsContext);
  const [events, setEvents] = useState<readonly KubeEvent[]>(NONE);
  const key = subject ? `${subject.kind}/${subject.name}/${subject.uid ?? ''}` : undefined;
  useEffect(() => {
    setEvents(NONE);
    if (!reads || !subject) return;
    let open = true;
    const read = () => void reads.objectEvents(subject).then((answer) => open && setEvents(answer), () => undefined);
    read();
    const timer = setInterval(read, EVENTS_REFRESH_MS);
    return () => {
      open = false;
      clearInterval(timer);
    };
    // The subject is named by its key: a new object with the same key is the same subject.
  }, [reads, key]);
  return events;
}
