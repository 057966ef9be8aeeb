// One Deployment's rollout as the rollout view follows it: what `kubectl rollout status` says, the
// new ReplicaSet against the old ones, the surge/unavailability fenceposts, each new pod, the
// progress deadline and the conditions, and a verdict. The guard: a new ReplicaSet whose pods
// crash-loop or cannot pull their image, or a deadline passed, is a failure the user must act on.
import { podStatus } from './pods.js';
import { controllerOf, currentOfOwned, replicaSetsOf, revisionOf } from './replicasets.js';
import type { Condition, Deployment, Pod, ReplicaSet } from './resources.js';
import { DEFAULT_PROGRESS_DEADLINE_SECONDS } from './rollout.js';

const PULL_FAILURES = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName']);
const CRASHES = new Set(['CrashLoopBackOff', 'Error', 'RunContainerError', 'CreateContainerError', 'CreateContainerConfigError']);

export interface RolloutPod {
  name: string;
  uid: string;
  status: string;
  ready: string;
  restarts: number;
  createdAt?: number;
}

/** What stops the rollout, with the evidence the guard shows. */
export type RolloutFailure =
  | { type: 'crashLoop'; pod: Pod; container: string; reason: string; restarts: number }
  | { type: 'imagePull'; pod: Pod; container: string; reason: string; image: string; message?: string }
  | { type: 'deadline'; message: string };

export type RolloutVerdict = { state: 'complete' } | { state: 'progressing' } | { state: 'paused' } | { state: 'failed'; failure: RolloutFailure };

export interface RolloutProgress {
  name: string;
  namespace: string;
  revision: number;
  strategy: 'RollingUpdate' | 'Recreate';
  desired: number;
  /** Resolved to pods as the controller does: surge rounds up, unavailability down; both 0 → 1 unavailable. */
  maxSurge?: { spec: string; pods: number };
  maxUnavailable?: { spec: string; pods: number };
  newReplicaSet?: { name: string; desired: number; current: number; ready: number; available: number; images: string[] };
  /** Old ReplicaSets that still have (or are asked for) pods: what is scaling down. */
  oldReplicaSets: { name: string; revision: number; desired: number; current: number; ready: number }[];
  newPods: RolloutPod[];
  /** Progress deadline: counted from the Progressing condition's last update, as the controller does. */
  deadline: { seconds: number; endsAt?: number; exceeded: boolean };
  conditions: Condition[];
  /** `kubectl rollout status`'s line for the current state. */
  statusLine: string;
  verdict: RolloutVerdict;
}

function fencepost(value: number | string | undefined, fallback: string, desired: number, roundUp: boolean): { spec: string; pods: number } {
  const raw = value ?? fallback;
  if (typeof raw === 'number') return { spec: String(raw), pods: raw };
  const percent = /^(\d+)%$/.exec(raw.trim());
  if (!percent) return { spec: raw, pods: Number.parseInt(raw, 10) || 0 };
  const exact = (Number(percent[1]) * desired) / 100;
  return { spec: raw, pods: roundUp ? Math.ceil(exact) : Math.floor(exact) };
}

/** kubectl's DeploymentStatusViewer, line for line. */
export function rolloutStatusLine(dep: Deployment): { line: string; done: boolean; failed: boolean } {
  const name = dep.metadata.name;
  const status = dep.status ?? {};
  if ((dep.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) return { line: 'Waiting for deployment spec update to be observed...', done: false, failed: false };
  const progressing = status.conditions?.find((c) => c.type === 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') return { line: `error: deployment "${name}" exceeded its progress deadline`, done: false, failed: true };
  const desired = dep.spec.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  const waiting = (what: string) => ({ line: `Waiting for deployment "${name}" rollout to finish: ${what}...`, done: false, failed: false });
  if (updated < desired) return waiting(`${updated} out of ${desired} new replicas have been updated`);
  if (replicas > updated) return waiting(`${replicas - updated} old replicas are pending termination`);
  if (available < updated) return waiting(`${available} of ${updated} updated replicas are available`);
  return { line: `deployment "${name}" successfully rolled out`, done: true, failed: false };
}

/** The first new pod that cannot become ready on its own, and why. */
function podFailure(pods: readonly Pod[], now: number): RolloutFailure | undefined {
  for (const pod of pods) {
    for (const container of pod.status?.containerStatuses ?? []) {
      const waiting = container.state?.waiting;
      if (waiting?.reason && PULL_FAILURES.has(waiting.reason)) {
        return { type: 'imagePull', pod, container: container.name, reason: waiting.reason, image: pod.spec.containers.find((c) => c.name === container.name)?.image ?? container.image, message: waiting.message };
      }
    }
    const summary = podStatus(pod, now);
    if (summary.crashing || CRASHES.has(summary.reason)) {
      const failing = (pod.status?.containerStatuses ?? []).find((c) => !c.ready) ?? pod.status?.containerStatuses?.[0];
      return { type: 'crashLoop', pod, container: failing?.name ?? pod.spec.containers[0].name, reason: summary.reason, restarts: summary.restarts };
    }
  }
  return undefined;
}

export function rolloutProgress(dep: Deployment, replicaSets: ReplicaSet[], pods: readonly Pod[], now: number): RolloutProgress {
  const owned = replicaSetsOf(dep, replicaSets);
  const newRs = currentOfOwned(dep, owned);
  const desired = dep.spec.replicas ?? 1;
  const strategy = dep.spec.strategy?.type === 'Recreate' ? 'Recreate' : 'RollingUpdate';
  const rolling = dep.spec.strategy?.rollingUpdate;
  const maxSurge = strategy === 'RollingUpdate' ? fencepost(rolling?.maxSurge, '25%', desired, true) : undefined;
  const maxUnavailable = strategy === 'RollingUpdate' ? fencepost(rolling?.maxUnavailable, '25%', desired, false) : undefined;
  if (maxSurge && maxUnavailable && maxSurge.pods === 0 && maxUnavailable.pods === 0) maxUnavailable.pods = 1;

  const newPodObjects = newRs ? pods.filter((pod) => controllerOf(pod)?.uid === newRs.metadata.uid && !pod.metadata.deletionTimestamp) : [];
  const newPods = newPodObjects.map((pod) => {
    const summary = podStatus(pod, now);
    const created = Date.parse(pod.metadata.creationTimestamp ?? '');
    return { name: pod.metadata.name, uid: pod.metadata.uid, status: summary.reason, ready: summary.ready, restarts: summary.restarts, ...(Number.isNaN(created) ? {} : { createdAt: created }) };
  });

  const conditions = dep.status?.conditions ?? [];
  const progressing = conditions.find((c) => c.type === 'Progressing');
  const seconds = dep.spec.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE_SECONDS;
  const since = Date.parse(progressing?.lastUpdateTime ?? newRs?.metadata.creationTimestamp ?? '');
  const exceeded = progressing?.reason === 'ProgressDeadlineExceeded';
  const deadline = { seconds, exceeded, ...(Number.isNaN(since) ? {} : { endsAt: since + seconds * 1000 }) };

  const status = rolloutStatusLine(dep);
  let verdict: RolloutVerdict;
  const failure = podFailure(newPodObjects, now);
  if (dep.spec.paused) verdict = { state: 'paused' };
  // The pods' own reason says more than the deadline, so it wins, as in the audit; a new pod that
  // cannot run is a failure even when the counters (which may lag) read complete.
  else if (failure) verdict = { state: 'failed', failure };
  else if (exceeded) verdict = { state: 'failed', failure: { type: 'deadline', message: progressing?.message ?? status.line } };
  else if (status.done) verdict = { state: 'complete' };
  else verdict = { state: 'progressing' };

  return {
    name: dep.metadata.name,
    namespace: dep.metadata.namespace ?? '',
    revision: revisionOf(dep),
    strategy,
    desired,
    ...(maxSurge ? { maxSurge } : {}),
    ...(maxUnavailable ? { maxUnavailable } : {}),
    ...(newRs
      ? {
          newReplicaSet: {
            name: newRs.metadata.name,
            desired: newRs.spec.replicas ?? 1,
            current: newRs.status?.replicas ?? 0,
            ready: newRs.status?.readyReplicas ?? 0,
            available: newRs.status?.availableReplicas ?? 0,
            images: (newRs.spec.template.spec?.containers ?? []).map((c) => c.image),
          },
        }
      : {}),
    oldReplicaSets: owned
      .filter((rs) => rs !== newRs && ((rs.spec.replicas ?? 1) > 0 || (rs.status?.replicas ?? 0) > 0))
      .map((rs) => ({ name: rs.metadata.name, revision: revisionOf(rs), desired: rs.spec.replicas ?? 1, current: rs.status?.replicas ?? 0, ready: rs.status?.readyReplicas ?? 0 })),
    newPods,
    deadline,
    conditions,
    statusLine: status.line,
    verdict,
  };
}
