// Two fresh demo clusters: one changed by kilo-tui's executor, one by the previewed kubectl lines
// run through bash. Each is summarised into what the acceptance criteria compare.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Plan } from '../../src/domain/plans/plan.js';
import type { PlanContext } from '../../src/domain/plans/planContext.js';
import { shellQuote, toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import { controllerOf, imageOf, revisionOf } from '../../src/domain/replicasets.js';
import type { ClusterSnapshot } from '../../src/domain/resources.js';
import { demoSnapshot } from '../../src/demo/demoSnapshot.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';

const run = promisify(execFile);

export interface Side {
  demo: RunningDemo;
  gateway: ClusterGateway;
  ctx: PlanContext;
}

export async function startSide(): Promise<Side> {
  // A fast demo clock so rollouts settle in well under a second of real time.
  const demo = await startDemo({ timeScale: 200 });
  const gateway = await connect({ kubeconfig: demo.kubeconfigPath });
  return { demo, gateway, ctx: { context: gateway.context, currentContext: gateway.currentContext, namespace: gateway.namespace } };
}

export async function stopSide(side: Side | undefined): Promise<void> {
  side?.gateway.close();
  await side?.demo.close();
}

export function snapshotOf(side: Side): ClusterSnapshot {
  return demoSnapshot(side.demo);
}

/**
 * Runs each previewed line exactly as printed, with only --kubeconfig added, as a user pasting it
 * would. The in-process demo server must keep serving, so kubectl runs asynchronously.
 */
export async function runKubectlLines(plan: Plan, side: Side): Promise<string[]> {
  const outputs: string[] = [];
  for (const op of plan.operations) {
    const line = `${toKubectlLine(op, side.ctx)} --kubeconfig ${shellQuote(side.demo.kubeconfigPath)}`;
    const { stdout } = await run('bash', ['-c', line], { timeout: 20_000 });
    outputs.push(stdout.trim());
  }
  return outputs;
}

export interface ClusterSummary {
  deployments: { name: string; revision: number; images: string; replicas?: number; revisionHistoryLimit?: number; readyReplicas: number }[];
  replicaSets: { owner: string; revision: number; images: string; replicas: number; name?: string }[];
  podsByDeployment: Record<string, number>;
}

/**
 * What must match between the two clusters. ReplicaSet names are compared too, except where the
 * two sides legitimately differ (a restart stamps each side's own time into the template, so the
 * new ReplicaSet's hash differs).
 */
export function summarize(side: Side, options: { replicaSetNames: boolean }): ClusterSummary {
  const snap = snapshotOf(side);
  const rsOwner = new Map(snap.replicaSets.map((rs) => [rs.metadata.uid, controllerOf(rs)?.name ?? '-']));
  const podsByDeployment: Record<string, number> = {};
  for (const pod of snap.pods) {
    if (pod.metadata.deletionTimestamp) continue;
    const owner = rsOwner.get(controllerOf(pod)?.uid ?? '') ?? '-';
    podsByDeployment[owner] = (podsByDeployment[owner] ?? 0) + 1;
  }
  return {
    deployments: snap.deployments
      .map((d) => ({
        name: d.metadata.name,
        revision: revisionOf(d),
        images: imageOf(d.spec.template),
        replicas: d.spec.replicas,
        revisionHistoryLimit: d.spec.revisionHistoryLimit,
        readyReplicas: d.status?.readyReplicas ?? 0,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    replicaSets: snap.replicaSets
      .map((rs) => ({
        owner: controllerOf(rs)?.name ?? '-',
        revision: revisionOf(rs),
        images: imageOf(rs.spec.template),
        replicas: rs.spec.replicas ?? 1,
        ...(options.replicaSetNames ? { name: rs.metadata.name } : {}),
      }))
      .sort((a, b) => a.owner.localeCompare(b.owner) || a.revision - b.revision),
    podsByDeployment,
  };
}

/**
 * Polls both clusters until their summaries agree and stay the same for a few polls (the
 * controllers have settled), or the deadline passes; returns the last pair for the assertion.
 */
export async function settle(a: Side, b: Side, options: { replicaSetNames: boolean; deadlineMs?: number }): Promise<[ClusterSummary, ClusterSummary]> {
  const deadline = Date.now() + (options.deadlineMs ?? 20_000);
  let stableFor = 0;
  let previous = '';
  for (;;) {
    const pair: [ClusterSummary, ClusterSummary] = [summarize(a, options), summarize(b, options)];
    const text = JSON.stringify(pair);
    const agree = JSON.stringify(pair[0]) === JSON.stringify(pair[1]);
    stableFor = agree && text === previous ? stableFor + 1 : 0;
    previous = text;
    if (stableFor >= 5 || Date.now() > deadline) return pair;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
