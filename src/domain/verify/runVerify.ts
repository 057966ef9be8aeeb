// The audit report's verification checklist, computed from the namespace: each item passes or
// names the objects that fail it. Pure (snapshot in, checklist out), so `kilo-tui verify` and the
// live `:verify` view say the same thing.
import { matchesSelector } from '../labels.js';
import { podStatus } from '../pods.js';
import { controllerOf, currentOfOwned, replicaSetsOf } from '../replicasets.js';
import type { ClusterSnapshot, Deployment, EndpointSlice, KindName, Pod, ReplicaSet, Service } from '../resources.js';
import { SERVICE_NAME_LABEL } from '../endpointResources.js';
import { rolloutProgress } from '../rolloutProgress.js';
import { DEFAULT_REVISION_HISTORY_LIMIT } from '../plans/planSetRevisionHistoryLimit.js';

export interface VerifyItem {
  id: 'podsReady' | 'currentImages' | 'replicaSets' | 'serviceEndpoints' | 'orphans' | 'rollouts';
  title: string;
  pass: boolean;
  /** One line per object that fails the item. */
  failures: string[];
  /** What was checked, for the record (e.g. which image each Deployment runs). */
  details: string[];
}

/** The kinds the checklist reads besides the audit's: watched while `:verify` is open, listed by `kilo-tui verify`. */
export const VERIFY_EXTRA_KINDS = ['EndpointSlice', 'PersistentVolumeClaim'] as const satisfies readonly KindName[];
export type VerifyExtraKind = (typeof VERIFY_EXTRA_KINDS)[number];

/** Why an extra kind could not be listed (forbidden, not served, not yet listed); absent when it was. */
export type UnlistedKinds = Partial<Record<VerifyExtraKind, string>>;

export interface VerifyReport {
  namespace: string;
  items: VerifyItem[];
  passed: boolean;
}

const isReady = (pod: Pod): boolean => pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
const live = (pod: Pod): boolean => !pod.metadata.deletionTimestamp && pod.status?.phase !== 'Succeeded';
const item = (id: VerifyItem['id'], title: string, failures: string[], details: string[] = []): VerifyItem => ({ id, title, pass: failures.length === 0, failures, details });
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function podsOfDeployment(dep: Deployment, replicaSets: ReplicaSet[], pods: readonly Pod[]): Pod[] {
  const owned = new Set(replicaSetsOf(dep, replicaSets).map((rs) => rs.metadata.uid));
  return pods.filter((pod) => owned.has(controllerOf(pod)?.uid ?? '') && live(pod));
}

function podsReady(snapshot: ClusterSnapshot): VerifyItem {
  const failures = snapshot.pods.filter(live).flatMap((pod) => {
    const status = podStatus(pod, snapshot.now);
    if (status.reason === 'Running' && isReady(pod) && !status.crashing) return [];
    return [`pod ${pod.metadata.name}: ${status.reason}, ${status.ready} ready${status.restarts ? `, ${plural(status.restarts, 'restart')}` : ''}`];
  });
  return item('podsReady', 'All pods running and ready (no CrashLoopBackOff)', failures, [`${plural(snapshot.pods.filter(live).length, 'pod')} checked`]);
}

function currentImages(snapshot: ClusterSnapshot): VerifyItem {
  const failures: string[] = [];
  const details: string[] = [];
  for (const dep of snapshot.deployments) {
    const wanted = new Map((dep.spec.template.spec?.containers ?? []).map((c) => [c.name, c.image]));
    const pods = podsOfDeployment(dep, snapshot.replicaSets, snapshot.pods);
    const running = new Map<string, number>();
    for (const pod of pods) {
      for (const c of pod.spec.containers) running.set(c.image, (running.get(c.image) ?? 0) + 1);
      const stale = pod.spec.containers.filter((c) => wanted.get(c.name) !== c.image);
      for (const c of stale) failures.push(`deployment ${dep.metadata.name}: pod ${pod.metadata.name} runs ${c.image}, the template says ${wanted.get(c.name) ?? '(no such container)'}`);
    }
    const runs = [...running].map(([image, n]) => `${image} (${plural(n, 'pod')})`).join(', ');
    details.push(`${dep.metadata.name}: ${runs || 'no pods'}`);
  }
  return item('currentImages', "Each Deployment's pods run its current template's images", failures, details);
}

function replicaSetCounts(snapshot: ClusterSnapshot): VerifyItem {
  const failures: string[] = [];
  let total = 0;
  for (const dep of snapshot.deployments) {
    const owned = replicaSetsOf(dep, snapshot.replicaSets);
    total += owned.length;
    const current = currentOfOwned(dep, owned);
    const active = owned.filter((rs) => (rs.spec.replicas ?? 1) > 0 || (rs.status?.replicas ?? 0) > 0);
    const activeOld = active.filter((rs) => rs !== current);
    if (activeOld.length > 0) failures.push(`deployment ${dep.metadata.name}: ${plural(active.length, 'active ReplicaSet')} (${activeOld.map((rs) => rs.metadata.name).join(', ')} besides the current one)`);
    const limit = dep.spec.revisionHistoryLimit ?? DEFAULT_REVISION_HISTORY_LIMIT;
    const old = owned.filter((rs) => rs !== current && !activeOld.includes(rs));
    if (old.length > limit) failures.push(`deployment ${dep.metadata.name}: ${plural(old.length, 'old ReplicaSet')}, revisionHistoryLimit keeps ${limit}`);
  }
  return item('replicaSets', 'ReplicaSets: at most one active per Deployment, plus what revisionHistoryLimit keeps', failures, [
    `${plural(total, 'ReplicaSet')} for ${plural(snapshot.deployments.length, 'Deployment')}`,
  ]);
}

const hasSelector = (svc: Service): boolean => Object.keys(svc.spec.selector ?? {}).length > 0;
const SERVICE_ENDPOINTS_TITLE = 'Every Service selects at least one ready endpoint';

/** Read from the EndpointSlices: what kube-proxy routes to. An absent `ready` means ready (the API's rule). */
function serviceEndpoints(snapshot: ClusterSnapshot, unlisted: UnlistedKinds): VerifyItem {
  const slices = snapshot.endpointSlices;
  if (!slices || unlisted.EndpointSlice !== undefined) return serviceEndpointsFromPods(snapshot, unlisted.EndpointSlice ?? 'not listed');
  const byService = new Map<string, EndpointSlice[]>();
  for (const slice of slices) {
    const service = slice.metadata.labels?.[SERVICE_NAME_LABEL];
    if (service !== undefined) byService.set(service, [...(byService.get(service) ?? []), slice]);
  }
  const failures: string[] = [];
  const details: string[] = [];
  for (const svc of snapshot.services) {
    const own = byService.get(svc.metadata.name) ?? [];
    if (svc.spec.type === 'ExternalName' || (!hasSelector(svc) && own.length === 0)) {
      details.push(`${svc.metadata.name}: no selector and no EndpointSlice (endpoints managed outside the cluster), not checked`);
      continue;
    }
    const endpoints = own.flatMap((slice) => slice.endpoints ?? []);
    const ready = new Set(endpoints.filter((ep) => ep.conditions?.ready !== false).flatMap((ep) => ep.addresses));
    const notReady = endpoints.filter((ep) => ep.conditions?.ready === false).map((ep) => ep.targetRef?.name ?? ep.addresses[0] ?? '?');
    if (ready.size > 0) details.push(`${svc.metadata.name}: ${plural(ready.size, 'ready endpoint')}`);
    else if (own.length === 0) failures.push(`service ${svc.metadata.name}: no EndpointSlice`);
    else failures.push(`service ${svc.metadata.name}: no ready endpoint${notReady.length ? ` (not ready: ${notReady.join(', ')})` : ''}`);
  }
  return item('serviceEndpoints', SERVICE_ENDPOINTS_TITLE, failures, details);
}

/** Without EndpointSlices: the matching pods that are ready and not terminating, as the controller would publish them. */
function serviceEndpointsFromPods(snapshot: ClusterSnapshot, why: string): VerifyItem {
  const failures: string[] = [];
  const details: string[] = [`EndpointSlices could not be listed (${why}): judged from the ready pods each selector matches`];
  for (const svc of snapshot.services) {
    const selector = svc.spec.selector;
    if (svc.spec.type === 'ExternalName' || !selector || !hasSelector(svc)) {
      details.push(`${svc.metadata.name}: no selector (endpoints managed outside the cluster), not checked`);
      continue;
    }
    const ready = snapshot.pods.filter((pod) => live(pod) && matchesSelector(pod.metadata.labels, selector) && isReady(pod));
    if (ready.length === 0) failures.push(`service ${svc.metadata.name}: no ready endpoint`);
    else details.push(`${svc.metadata.name}: ${plural(ready.length, 'ready pod')}`);
  }
  return item('serviceEndpoints', `${SERVICE_ENDPOINTS_TITLE} (from pods: EndpointSlices not listed)`, failures, details);
}

function orphans(snapshot: ClusterSnapshot, unlisted: UnlistedKinds): VerifyItem {
  const failures: string[] = [];
  const details: string[] = [];
  for (const rs of snapshot.replicaSets) if (!controllerOf(rs)) failures.push(`replicaset ${rs.metadata.name}: no controller`);
  for (const pod of snapshot.pods.filter(live)) if (!controllerOf(pod)) failures.push(`pod ${pod.metadata.name}: no controller`);
  for (const svc of snapshot.services) {
    const selector = svc.spec.selector;
    if (!selector || Object.keys(selector).length === 0) continue;
    if (!snapshot.pods.some((pod) => live(pod) && matchesSelector(pod.metadata.labels, selector))) failures.push(`service ${svc.metadata.name}: selects no pod`);
  }
  const claims = snapshot.persistentVolumeClaims;
  if (!claims || unlisted.PersistentVolumeClaim !== undefined) details.push(`PersistentVolumeClaims could not be listed (${unlisted.PersistentVolumeClaim ?? 'not listed'}): not checked`);
  else {
    // Pending (no volume yet, or waiting for a first consumer) and Lost claims hold no data a pod can use.
    for (const pvc of claims) if (pvc.status?.phase !== 'Bound') failures.push(`persistentvolumeclaim ${pvc.metadata.name}: ${pvc.status?.phase ?? 'no phase'}, not bound`);
    details.push(`${plural(claims.length, 'PersistentVolumeClaim')} checked`);
  }
  return item('orphans', 'No orphaned resources (ReplicaSets or Pods without a controller, Services selecting nothing, unbound PVCs)', failures, details);
}

function rollouts(snapshot: ClusterSnapshot): VerifyItem {
  const failures = snapshot.deployments.flatMap((dep) => {
    const { verdict, statusLine } = rolloutProgress(dep, snapshot.replicaSets, snapshot.pods, snapshot.now);
    switch (verdict.state) {
      case 'complete':
        return [];
      case 'paused':
        return [`deployment ${dep.metadata.name}: paused`];
      case 'progressing':
        return [`deployment ${dep.metadata.name}: in progress (${statusLine})`];
      case 'failed': {
        const f = verdict.failure;
        return [`deployment ${dep.metadata.name}: stuck (${f.type === 'deadline' ? 'ProgressDeadlineExceeded' : `${f.reason} on pod ${f.pod.metadata.name}`})`];
      }
    }
  });
  return item('rollouts', 'No rollout in progress or stuck', failures, [`${plural(snapshot.deployments.length, 'Deployment')} checked`]);
}

/** `unlisted`: the extra kinds that could not be listed, and why; a kind absent from the snapshot counts as not listed. */
export function runVerify(snapshot: ClusterSnapshot, unlisted: UnlistedKinds = {}): VerifyReport {
  const items = [podsReady(snapshot), currentImages(snapshot), replicaSetCounts(snapshot), serviceEndpoints(snapshot, unlisted), orphans(snapshot, unlisted), rollouts(snapshot)];
  return { namespace: snapshot.namespace, items, passed: items.every((i) => i.pass) };
}

/** `kilo-tui verify`'s exit code: 0 when every item passes, 1 otherwise (2 is for errors, set by the CLI). */
export const verifyExitCode = (report: VerifyReport): number => (report.passed ? 0 : 1);
