// Runs a confirmed plan against the cluster: a few operations at a time, retrying throttling and
// server errors, and reporting each result as it completes. Each operation does through the API
// exactly what its kubectl line in the preview says.
import { assertNever } from '../domain/assertNever.js';
import type { Operation, OperationOutcome, OperationResult, Plan } from '../domain/plans/plan.js';
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../domain/resources.js';
import { RESTARTED_AT_ANNOTATION } from '../domain/resources.js';
import { backoffDelay } from './backoff.js';
import type { BackoffPolicy } from './backoff.js';
import { errorMessage, isRetryable } from './errors.js';
import { replicaSetForRevision, rollbackAnnotations, rollbackPatch, templatesEqualIgnoringHash } from './rolloutUndoPatch.js';
import { KubeError } from './types.js';
import type { ClusterGateway } from './types.js';

export interface ExecutePlanOptions {
  concurrency?: number;
  dryRun?: boolean;
  onResult?: (result: OperationResult, done: number, total: number) => void;
  /** Extra attempts after a 429, 5xx or dropped connection. */
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const RETRY_BACKOFF: BackoffPolicy = { initialMs: 250, maxMs: 5_000, jitter: 0.2 };

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The object moved on since the preview; the operation is skipped, never applied to something else. */
class ChangedSincePreview extends Error {}

type Done = { outcome: OperationOutcome; message?: string };

async function perform(gateway: ClusterGateway, op: Operation, dryRun: boolean): Promise<Done> {
  const { target } = op;
  const kind = target.kind;
  const ok = (verb: string, outcome: OperationOutcome): Done => (dryRun ? { outcome: 'dry run ok', message: `would ${verb}` } : { outcome });
  switch (op.action) {
    case 'delete':
      await gateway.deleteObject(kind, target.name, {
        preconditions: { uid: target.uid, resourceVersion: target.resourceVersion },
        propagationPolicy: 'Background',
        dryRun,
      });
      return ok(`delete ${kind.toLowerCase()} ${target.name}`, 'deleted');
    case 'rolloutUndo':
      return rolloutUndo(gateway, op.target.name, op.target.uid, op.toRevision, op.template, dryRun);
    case 'rolloutRestart':
      await gateway.patchObject(kind, target.name, { spec: { template: { metadata: { annotations: { [RESTARTED_AT_ANNOTATION]: op.restartedAt } } } } }, 'strategic', { dryRun });
      return ok(`restart ${target.name}`, 'changed');
    case 'scale':
      if (kind !== 'Deployment' && kind !== 'ReplicaSet') throw new KubeError(400, 'BadRequest', `cannot scale a ${kind}`);
      await gateway.scale(kind, target.name, op.replicas, { dryRun });
      return ok(`scale ${target.name} to ${op.replicas}`, 'changed');
    case 'setRevisionHistoryLimit':
      await gateway.patchObject(kind, target.name, { spec: { revisionHistoryLimit: op.limit } }, 'merge', { dryRun });
      return ok(`set revisionHistoryLimit of ${target.name} to ${op.limit}`, 'changed');
    default:
      return assertNever(op);
  }
}

async function rolloutUndo(
  gateway: ClusterGateway,
  name: string,
  uid: string,
  revision: number,
  template: PodTemplateSpec,
  dryRun: boolean,
): Promise<Done> {
  const deployment = await gateway.get<Deployment>('Deployment', name);
  if (deployment.metadata.uid !== uid) throw new ChangedSincePreview(`deployment ${name} was recreated since the preview`);
  if (deployment.spec.paused) {
    throw new KubeError(400, 'BadRequest', "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
  }
  const replicaSets = await gateway.list<ReplicaSet>('ReplicaSet');
  const source = replicaSetForRevision(deployment, replicaSets, revision);
  if (!source) throw new KubeError(404, 'NotFound', `unable to find specified revision ${revision} in history`);
  if (templatesEqualIgnoringHash(source.spec.template, deployment.spec.template)) {
    // kubectl sends nothing in this case and reports "skipped rollback".
    return { outcome: dryRun ? 'dry run ok' : 'changed', message: `skipped rollback (current template already matches revision ${revision})` };
  }
  await gateway.patchObject('Deployment', name, rollbackPatch(template, rollbackAnnotations(deployment, source)), 'json', { dryRun });
  return dryRun ? { outcome: 'dry run ok', message: `would roll back ${name} to revision ${revision}` } : { outcome: 'changed', message: `rolled back to revision ${revision}` };
}

/** Maps a failure to the outcome the user sees; deletes read 404 and 409 as expected races. */
export function outcomeOfError(op: Operation, error: unknown): Done {
  if (error instanceof ChangedSincePreview) return { outcome: 'changed since preview: skipped', message: error.message };
  if (!(error instanceof KubeError)) return { outcome: 'error', message: errorMessage(error) };
  if (error.status === 403) return { outcome: 'forbidden', message: error.message };
  if (op.action === 'delete' && error.status === 404) return { outcome: 'already gone', message: error.message };
  if (op.action === 'delete' && error.status === 409) return { outcome: 'changed since preview: skipped', message: error.message };
  return { outcome: 'error', message: error.message };
}

export async function executePlan(gateway: ClusterGateway, plan: Plan, options: ExecutePlanOptions = {}): Promise<OperationResult[]> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const dryRun = options.dryRun ?? false;
  const total = plan.operations.length;
  const results: OperationResult[] = new Array(total);
  let next = 0;
  let done = 0;

  async function runOne(op: Operation): Promise<OperationResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return { operation: op, ...(await perform(gateway, op, dryRun)) };
      } catch (error) {
        if (attempt < retries && isRetryable(error)) {
          await sleep(backoffDelay(attempt + 1, RETRY_BACKOFF, random));
          continue;
        }
        return { operation: op, ...outcomeOfError(op, error) };
      }
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
