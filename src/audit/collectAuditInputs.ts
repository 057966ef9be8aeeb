// Gathers what the pure audit judges: one list of every kind it reads (the registry's audited kinds), plus the root-cause line of each pod
// the audit wants explained, read from its previous container's log (the instance that died).
import { rootCauseLine } from '../domain/audit/rootCause.js';
import { rootCauseTargets } from '../domain/audit/rootCauseTargets.js';
import type { AuditLogs, AuditOptions } from '../domain/audit/types.js';
import { AUDITED_KINDS, KINDS, type SnapshotLists } from '../domain/kinds.js';
import { mergePodUsage, type MetricsState } from '../domain/metrics/usage.js';
import { controllerOf } from '../domain/replicasets.js';
import type { ClusterSnapshot, KubeObject } from '../domain/resources.js';
import { WORKLOAD_KINDS } from '../domain/workloads.js';
import { metricsUnavailableReason } from '../kube/metrics.js';
import type { ClusterGateway, WatchedKind } from '../kube/types.js';

/** The namespace's objects; `skipped` counts list items that could not be admitted (see domain/admitObject). */
export async function collectSnapshot(gateway: ClusterGateway, now: () => number = Date.now): Promise<ClusterSnapshot & { skipped: number }> {
  let skipped = 0;
  const list = async (kind: WatchedKind): Promise<KubeObject[]> => {
    if (!gateway.listAdmitted) return gateway.list(kind);
    const result = await gateway.listAdmitted(kind);
    skipped += result.skipped;
    return result.items;
  };
  const lists = await Promise.all(AUDITED_KINDS.map(async (kind) => [KINDS[kind].snapshotKey, await list(kind)] as const));
  return { ...(Object.fromEntries(lists) as unknown as SnapshotLists), namespace: gateway.namespace, now: now(), skipped };
}

/** Reads the log of every pod the audit wants explained; a log that cannot be read is left out. */
export async function collectRootCauses(gateway: ClusterGateway, snapshot: ClusterSnapshot, options: AuditOptions): Promise<AuditLogs> {
  const rootCauseLines: Record<string, string> = {};
  await Promise.all(
    rootCauseTargets(snapshot, options).map(async ({ pod, container, previous }) => {
      try {
        const text = await gateway.readLogs(pod.metadata.name, { container, previous, tailLines: 200 });
        const line = rootCauseLine(text);
        if (line) rootCauseLines[pod.metadata.uid] = line;
      } catch {
        // Evidence, not a requirement: the finding stands without its log line.
      }
    }),
  );
  return { rootCauseLines };
}

/**
 * The workloads the namespace's pods name as controller that the audit does not list anyway (the
 * audit's memory fix changes their template), each kind listed only when a pod names one: a
 * namespace whose pods all come from audited kinds costs no request.
 */
export async function collectPodOwners(gateway: ClusterGateway, snapshot: ClusterSnapshot): Promise<Partial<SnapshotLists>> {
  const kinds = new Set(snapshot.pods.map((pod) => controllerOf(pod)?.kind));
  const owners = WORKLOAD_KINDS.filter((kind) => !KINDS[kind].audited && kinds.has(kind));
  const lists = await Promise.all(owners.map(async (kind) => [KINDS[kind].snapshotKey, await gateway.list(kind)] as const));
  return Object.fromEntries(lists) as Partial<SnapshotLists>;
}

/**
 * One reading of the namespace's PodMetrics (a one-shot command keeps no samples: the peak is this
 * reading). Metrics-server absent, forbidden or failing is a state, not an error: the audit then
 * says in one line that the memory-use half of its rule was not checked.
 */
export async function collectPodUsage(gateway: ClusterGateway, now: number = Date.now()): Promise<MetricsState | undefined> {
  if (!gateway.podMetrics) return undefined;
  try {
    const pods = await gateway.podMetrics({ timeoutMs: 10_000 });
    return { status: { state: 'available' }, pods: mergePodUsage(new Map(), pods, now), nodes: new Map(), version: 1 };
  } catch (error) {
    return { status: { state: 'unavailable', reason: metricsUnavailableReason(error) }, pods: new Map(), nodes: new Map(), version: 1 };
  }
}
