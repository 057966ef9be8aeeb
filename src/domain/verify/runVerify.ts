// The audit report's verification checklist, computed from the namespace: each item passes or
// names the objects that fail it. Pure (snapshot in, checklist out), so `kilo-tui verify` and the
// live `:verify` view say the same thing.
import { matchesSelector } from '../labels.js';
import { podStatus } from '../pods.js';
import { controllerOf, currentOfOwned, replicaSetsOf } from '../replicasets.js';
import type { ClusterSnapshot, Deployment, Pod, ReplicaSet } from '../resources.js';
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

function serviceEndpoints(snapshot: ClusterSnapshot): VerifyItem {
  const failures: string[] = [];
  const details: string[] = [];
  for (const svc of snapshot.services) {
    const selector = svc.spec.selector;
    if (svc.spec.type === 'ExternalName' || !selector || Object.keys(selector).length === 0) {
      details.push(`${svc.metadata.name}: no selector (endpoints managed outside the cluster), not checked`);
      continue;
    }
    // What the endpoints controller publishes: the matching pods that are ready and not terminating.
    const ready = snapshot.pods.filter((pod) => live(pod) && matchesSelector(pod.metadata.labels, selector) && isReady(pod));
    if (ready.length === 0) failures.push(`service ${svc.metadata.name}: no ready endpoint`);
    else details.push(`${svc.metadata.name}: ${plural(ready.length, 'ready endpoint')}`);
  }
  return item('serviceEndpoints', 'Every Service selects at least one ready endpoint', failures, details);
}

function orphans(snapshot: ClusterSnapshot): VerifyItem {
  const failures: string[] = [];
  for (const rs of snapshot.replicaSets) if (!controllerOf(rs)) failures.push(`replicaset ${rs.metadata.name}: no controller`);
  for (const pod of snapshot.pods.filter(live)) if (!controllerOf(pod)) failures.push(`pod ${pod.metadata.name}: no controller`);
  for (const svc of snapshot.services) {
    const selector = svc.spec.selector;
    if (!selector || Object.keys(selector).length === 0) continue;
    if (!snapshot.pods.some((pod) => live(pod) && matchesSelector(pod.metadata.labels, selector))) failures.push(`service ${svc.metadata.name}: selects no pod`);
  }
  return item('orphans', 'No orphaned resources (ReplicaSets or Pods without a controller, Services selecting nothing)', failures);
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

export function runVerify(snapshot: ClusterSnapshot): VerifyReport {
  const items = [podsReady(snapshot), currentImages(snapshot), replicaSetCounts(snapshot), serviceEndpoints(snapshot), orphans(snapshot), rollouts(snapshot)];
  return { namespace: snapshot.namespace, items, passed: items.every((i) => i.pass) };
}

/** `kilo-tui verify`'s exit code: 0 when every item passes, 1 otherwise (2 is for errors, set by the CLI). */
export const verifyExitCode = (report: VerifyReport): number => (report.passed ? 0 : 1);
