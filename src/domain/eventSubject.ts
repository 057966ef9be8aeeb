// Whose Events a describe reads through the API rather than from the store's Event watch: a
// cluster-scoped object's (a Node's, a PV's, a Namespace's), reported into whatever namespace the
// reporter chose. As kubectl describe node does, a Node is searched by its name as its uid: the
// kubelet names the node by name in the Events it records (controllers use the real uid, whose
// Events the store's watch may hold and the view merges).

/** The object whose Events are read (kubectl describe's involvedObject field selector). */
export interface EventSubject {
  kind: string;
  name: string;
  /** Absent for a cluster-scoped object: its Events are searched in every namespace. */
  namespace?: string;
  uid?: string;
}

export function eventSubjectOf(target: Record<string, unknown> | undefined): EventSubject | undefined {
  const raw = target?.metadata;
  const metadata = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  if (!target || typeof target.kind !== 'string' || typeof metadata.name !== 'string' || metadata.namespace !== undefined) return undefined;
  const uid = target.kind === 'Node' ? metadata.name : metadata.uid;
  return { kind: target.kind, name: metadata.name, ...(typeof uid === 'string' ? { uid } : {}) };
}
