// Runs a confirmed plan against the cluster: a few operations at a time, reporting each result as
// it completes. Each operation does through the API exactly what its kubectl line in the preview
// says, and is sent once: a write is sent again only when the server provably did not act on it
// (429/503, or a request that never fully left), after the server's Retry-After. A write whose
// answer was lost is checked with a read and reported as done or as an unknown outcome.
import { assertNever } from '../domain/assertNever.js';
import { kubectlObjectArgs } from '../domain/plans/planContext.js';
import type { Operation, OperationOutcome, OperationResult, Plan, ScaleOperation } from '../domain/plans/plan.js';
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../domain/resources.js';
import { restartPatch } from '../domain/plans/planRolloutRestart.js';
import { historyLimitPatch } from '../domain/plans/planSetRevisionHistoryLimit.js';
import { setImagePatch } from '../domain/plans/planSetImage.js';
import { pausePatch } from '../domain/plans/planRolloutPause.js';
import { editPatchWithPrecondition } from '../domain/plans/planEdit.js';
import { setResourcesPatch } from '../domain/plans/planSetMemoryLimit.js';
import { backoffDelay } from './backoff.js';
import type { BackoffPolicy } from './backoff.js';
import { checkApplied } from './checkApplied.js';
import { errorMessage, isRetryable, isSafeToResend, NETWORK_ERROR_STATUS } from './errors.js';
import { replicaSetForRevision, rollbackAnnotations, rollbackPatch, templatesEqualIgnoringHash } from './rolloutUndoPatch.js';
import { KubeError } from './types.js';
import type { ClusterGateway } from './types.js';

export interface ExecutePlanOptions {
  concurrency?: number;
  dryRun?: boolean;
  onResult?: (result: OperationResult, done: number, total: number) => void;
  /** Extra attempts of a request the server did not act on (429, 503, not sent), and of reads. */
  retries?: number;
  /** Limit of each request; a write with no answer by then has an unknown outcome. */
  timeoutMs?: number;
  /** Aborted (Esc in the modal): operations not started yet are reported as cancelled, none is sent. */
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const DEFAULT_WRITE_TIMEOUT_MS = 10_000;
const RETRY_BACKOFF: BackoffPolicy = { initialMs: 250, maxMs: 5_000, jitter: 0.2 };
/** A Retry-After longer than this is not waited for within a batch. */
const MAX_RETRY_AFTER_MS = 60_000;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The object moved on since the preview; the operation is skipped, never applied to something else. */
class ChangedSincePreview extends Error {}

/** The batch was cancelled before this operation was sent (or while waiting to send it again). */
class Cancelled extends Error {}

/** A write failed in a way that does not say whether the server applied it. */
class MaybeApplied extends Error {
  constructor(readonly failure: unknown) {
    super(errorMessage(failure));
  }
}

type Done = { outcome: OperationOutcome; message?: string };

/** How each request is attempted: reads are retried on any transient failure, writes only when nothing was applied. */
interface Requests {
  read<T>(send: (timeoutMs: number) => Promise<T>): Promise<T>;
  write<T>(send: (timeoutMs: number) => Promise<T>): Promise<T>;
}

function mayHaveBeenApplied(error: unknown): boolean {
  if (!(error instanceof KubeError)) return false;
  if (error.status === NETWORK_ERROR_STATUS) return error.detail.requestSent !== false;
  return error.status >= 500;
}

async function perform(gateway: ClusterGateway, op: Operation, dryRun: boolean, requests: Requests): Promise<Done> {
  const { target } = op;
  const kind = target.kind;
  const ok = (verb: string, outcome: OperationOutcome): Done => (dryRun ? { outcome: 'dry run ok', message: `would ${verb}` } : { outcome });
  switch (op.action) {
    case 'delete':
      await requests.write((timeoutMs) =>
        gateway.deleteObject(kind, target.name, {
          preconditions: { uid: target.uid, resourceVersion: target.resourceVersion },
          propagationPolicy: 'Background',
          dryRun,
          timeoutMs,
          namespace: target.namespace,
          ...(target.resource ? { resource: target.resource } : {}),
        }),
      );
      return ok(`delete ${(target.resource?.singular ?? kind).toLowerCase()} ${target.name}`, 'deleted');
    case 'rolloutUndo':
      return rolloutUndo(gateway, op.target.namespace, op.target.name, op.target.uid, op.toRevision, op.template, dryRun, requests);
    case 'rolloutRestart':
      await requests.write((timeoutMs) => gateway.patchObject(kind, target.name, restartPatch(op.restartedAt, target.uid), 'strategic', { dryRun, timeoutMs, namespace: target.namespace }));
      return ok(`restart ${target.name}`, 'changed');
    case 'scale':
      return scaleIfUnchanged(gateway, op, dryRun, requests);
    case 'setRevisionHistoryLimit':
      await requests.write((timeoutMs) => gateway.patchObject(kind, target.name, historyLimitPatch(op.limit, target.uid), 'merge', { dryRun, timeoutMs, namespace: target.namespace }));
      return ok(`set revisionHistoryLimit of ${target.name} to ${op.limit}`, 'changed');
    case 'setImage':
      // The preview's resourceVersion rides in the patch: the server answers 409 if the Deployment moved on.
      await requests.write((timeoutMs) => gateway.patchObject(kind, target.name, setImagePatch(op.changes, target.resourceVersion), 'strategic', { dryRun, timeoutMs, namespace: target.namespace }));
      return ok(`set image of ${target.name} (${op.changes.map((c) => `${c.container}=${c.image}`).join(', ')})`, 'changed');
    case 'rolloutPause':
    case 'rolloutResume': {
      const paused = op.action === 'rolloutPause';
      await requests.write((timeoutMs) => gateway.patchObject(kind, target.name, pausePatch(paused, target.uid), 'strategic', { dryRun, timeoutMs, namespace: target.namespace }));
      return ok(`${paused ? 'pause' : 'resume'} the rollout of ${target.name}`, 'changed');
    }
    case 'edit':
      await requests.write((timeoutMs) => gateway.patchObject(kind, target.name, editPatchWithPrecondition(op.patch, target.resourceVersion), 'merge', { dryRun, timeoutMs, namespace: target.namespace }));
      return ok(`patch ${target.name}`, 'changed');
    case 'setResources':
      // As kubectl set resources: a strategic merge patch of the one container, the preview's resourceVersion as the precondition.
      await requests.write((timeoutMs) => gateway.patchObject(kind, target.name, setResourcesPatch(op, target.resourceVersion), 'strategic', { dryRun, timeoutMs, namespace: target.namespace }));
      return ok(`set the limits of ${op.container} in ${target.name} (${Object.entries(op.limits).map(([r, v]) => `${r}=${v}`).join(', ')})`, 'changed');
    default:
      return assertNever(op);
  }
}

/** A conflict between the read and the Scale PUT is re-read and re-checked this many times in all. */
const SCALE_ATTEMPTS = 3;

/**
 * `kubectl scale --current-replicas=N`: read the object, refuse if it is another one or its
 * replicas are no longer the preview's (someone, or an HPA, scaled it meanwhile), then PUT the
 * Scale with the read's uid and resourceVersion. The preview's resourceVersion would be too
 * strict: a Deployment mid-rollout (or one whose pods crash-loop) moves it with every status
 * update, and scaling such a Deployment is exactly what an operator does at 2 a.m. A 409 on the
 * PUT means the object moved between our read and the write and nothing was applied, so the
 * check is made again on a fresh read, as kubectl does.
 */
async function scaleIfUnchanged(gateway: ClusterGateway, op: ScaleOperation, dryRun: boolean, requests: Requests): Promise<Done> {
  const { kind, name, namespace, uid } = op.target;
  if (kind !== 'Deployment' && kind !== 'ReplicaSet') throw new KubeError(400, 'BadRequest', `cannot scale a ${kind}`);
  for (let attempt = 1; ; attempt++) {
    const current = await requests.read((timeoutMs) => gateway.get<Deployment | ReplicaSet>(kind, name, { timeoutMs, namespace }));
    if (current.metadata.uid !== uid) throw new ChangedSincePreview(`${kind.toLowerCase()} ${name} was recreated since the preview`);
    const replicasNow = current.spec?.replicas ?? 1;
    if (replicasNow !== op.currentReplicas) {
      throw new ChangedSincePreview(`${name} has ${replicasNow} replicas now, ${op.currentReplicas} at the preview: someone scaled it meanwhile; not scaled to ${op.replicas}`);
    }
    const preconditions = { uid, resourceVersion: current.metadata.resourceVersion ?? '' };
    try {
      await requests.write((timeoutMs) => gateway.scale(kind, name, op.replicas, { dryRun, timeoutMs, namespace, preconditions }));
    } catch (error) {
      if (error instanceof KubeError && error.status === 409 && attempt < SCALE_ATTEMPTS) continue;
      throw error;
    }
    return dryRun ? { outcome: 'dry run ok', message: `would scale ${name} to ${op.replicas}` } : { outcome: 'changed' };
  }
}

async function rolloutUndo(
  gateway: ClusterGateway,
  namespace: string,
  name: string,
  uid: string,
  revision: number,
  template: PodTemplateSpec,
  dryRun: boolean,
  requests: Requests,
): Promise<Done> {
  const deployment = await requests.read((timeoutMs) => gateway.get<Deployment>('Deployment', name, { timeoutMs, namespace }));
  if (deployment.metadata.uid !== uid) throw new ChangedSincePreview(`deployment ${name} was recreated since the preview`);
  if (deployment.spec.paused) {
    throw new KubeError(400, 'BadRequest', "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  }
  const replicaSets = await requests.read((timeoutMs) => gateway.list<ReplicaSet>('ReplicaSet', { timeoutMs, namespace }));
  const source = replicaSetForRevision(deployment, replicaSets, revision);
  if (!source) throw new KubeError(404, 'NotFound', `unable to find specified revision ${revision} in history`);
  if (templatesEqualIgnoringHash(source.spec.template, deployment.spec.template)) {
    // kubectl sends nothing in this case and reports "skipped rollback".
    return { outcome: dryRun ? 'dry run ok' : 'changed', message: `skipped rollback (current template already matches revision ${revision})` };
  }
  await requests.write((timeoutMs) => gateway.patchObject('Deployment', name, rollbackPatch(template, rollbackAnnotations(deployment, source), deployment.metadata.resourceVersion), 'json', { dryRun, timeoutMs, namespace }));
  return dryRun ? { outcome: 'dry run ok', message: `would roll back ${name} to revision ${revision}` } : { outcome: 'changed', message: `rolled back to revision ${revision}` };
}

/** Maps a failure to the outcome the user sees; a delete's 404 and any refused precondition are expected races. */
export function outcomeOfError(op: Operation, error: unknown): Done {
  if (error instanceof ChangedSincePreview) return { outcome: 'changed since preview: skipped', message: error.message };
  if (error instanceof Cancelled) return { outcome: 'cancelled', message: 'not sent: the batch was cancelled' };
  if (!(error instanceof KubeError)) return { outcome: 'error', message: errorMessage(error) };
  if (error.status === 403) return { outcome: 'forbidden', message: error.message };
  // Only ever sent once, so a 404 means it was gone before this run asked.
  if (op.action === 'delete' && error.status === 404) return { outcome: 'already gone', message: `already gone before we asked (${error.message})` };
  // Every write carries a precondition (resourceVersion, uid or current replicas): a 409 is that
  // precondition refusing it, so nothing was applied.
  if (error.status === 409) return { outcome: 'changed since preview: skipped', message: error.message };
  // A uid precondition in a patch is refused by the update's validation (the uid is immutable).
  if (error.status === 422 && error.detail.causeFields?.includes('metadata.uid')) {
    return { outcome: 'changed since preview: skipped', message: `recreated since the preview (another uid): ${error.message}` };
  }
  return { outcome: 'error', message: error.message };
}

const kubectlGet = (op: Operation): string => `kubectl get ${kubectlObjectArgs(op.target).join(' ')}`;

/** A write whose answer was lost: what one read shows decides between done, failed and unknown. */
async function settleMaybeApplied(gateway: ClusterGateway, op: Operation, failure: unknown, dryRun: boolean, timeoutMs: number): Promise<Done> {
  const what = errorMessage(failure);
  if (dryRun) return { outcome: 'unknown outcome', message: `${what}; check: the dry run's answer was lost` };
  try {
    const check = await checkApplied(gateway, op, timeoutMs);
    if (check.applied) return { outcome: op.action === 'delete' ? 'deleted' : 'changed', message: `${what}; ${check.how}` };
    // The server answered an error and the cluster agrees nothing happened: a plain failure.
    if (failure instanceof KubeError && failure.status !== NETWORK_ERROR_STATUS) return { outcome: 'error', message: `${what} (${check.how})` };
    return { outcome: 'unknown outcome', message: `${what}; ${check.how}, but the request may still be applied: check with ${kubectlGet(op)}` };
  } catch (readError) {
    return { outcome: 'unknown outcome', message: `${what}; the read to check failed too (${errorMessage(readError)}): check with ${kubectlGet(op)}` };
  }
}

export async function executePlan(gateway: ClusterGateway, plan: Plan, options: ExecutePlanOptions = {}): Promise<OperationResult[]> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const dryRun = options.dryRun ?? false;
  const timeoutMs = options.timeoutMs ?? DEFAULT_WRITE_TIMEOUT_MS;
  const { signal } = options;
  const total = plan.operations.length;
  const results: OperationResult[] = new Array(total);
  let next = 0;
  let done = 0;

  /** Waits before another attempt, at least the server's Retry-After; a cancel ends the wait. */
  const waitBeforeRetry = async (attempt: number, error: unknown): Promise<void> => {
    const retryAfter = error instanceof KubeError ? error.detail.retryAfterSeconds : undefined;
    const ms = Math.max(backoffDelay(attempt, RETRY_BACKOFF, random), retryAfter === undefined ? 0 : Math.min(MAX_RETRY_AFTER_MS, retryAfter * 1000));
    if (signal?.aborted) throw new Cancelled();
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => reject(new Cancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
      sleep(ms).then(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, reject);
    });
  };

  const attempts = (mayRetry: (error: unknown) => boolean, onGiveUp: (error: unknown) => unknown) =>
    async <T>(send: (timeoutMs: number) => Promise<T>): Promise<T> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await send(timeoutMs);
        } catch (error) {
          if (attempt < retries && mayRetry(error)) {
            await waitBeforeRetry(attempt + 1, error);
            continue;
          }
          throw onGiveUp(error);
        }
      }
    };
  const requests: Requests = {
    read: attempts(isRetryable, (error) => error),
    write: attempts(isSafeToResend, (error) => (mayHaveBeenApplied(error) ? new MaybeApplied(error) : error)),
  };

  async function runOne(op: Operation): Promise<OperationResult> {
    if (signal?.aborted) return { operation: op, ...outcomeOfError(op, new Cancelled()) };
    try {
      return { operation: op, ...(await perform(gateway, op, dryRun, requests)) };
    } catch (error) {
      if (error instanceof MaybeApplied) return { operation: op, ...(await settleMaybeApplied(gateway, op, error.failure, dryRun, timeoutMs)) };
      return { operation: op, ...outcomeOfError(op, error) };
    }
  }

  async function worker(): Promise<void> {
    while (next < total) {
      const index = next++;
      const result = await runOne(plan.operations[index]);
      results[index] = result;
      done += 1;
      options.onResult?.(result, done, total);
    }
  }

  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return results;
}
