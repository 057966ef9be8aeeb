// Issue 5's speed figure: deleting the demo's 63 stale ReplicaSets through kilo-tui's executor
// (the same deps the App uses: gatewayActionDeps → executePlan, bounded concurrency) versus one
// `kubectl delete rs <63 names>`, each against its own fresh demo server, in the same process.
import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { planDelete } from '../domain/plans/planDelete.js';
import type { PlanContext } from '../domain/plans/planContext.js';
import { isStale } from '../domain/replicasets.js';
import type { ClusterSnapshot, ReplicaSet } from '../domain/resources.js';
import { demoSnapshot } from '../demo/demoSnapshot.js';
import { startDemo, type RunningDemo } from '../demo/startDemo.js';
import { connect } from '../kube/connect.js';
import { gatewayActionDeps } from '../app/actions/gatewayActionDeps.js';

const run = promisify(execFile);

export interface DeleteStaleRound {
  staleCount: number;
  kiloMs: number;
  kubectlMs: number;
  /** ReplicaSets left on each side afterwards; both should be the demo's 15 current ones. */
  kiloLeft: number;
  kubectlLeft: number;
}

function staleOf(snapshot: ClusterSnapshot): ReplicaSet[] {
  return snapshot.replicaSets.filter((rs) => isStale(rs, snapshot.deployments));
}

async function withDemo<T>(use: (demo: RunningDemo) => Promise<T>): Promise<T> {
  const demo = await startDemo();
  try {
    return await use(demo);
  } finally {
    await demo.close();
  }
}

/** kilo-tui: plan from the snapshot, then the App's executor; timed from execute to the last result. */
async function deleteThroughExecutor(demo: RunningDemo): Promise<{ ms: number; count: number; left: number }> {
  const gateway = await connect({ kubeconfig: demo.kubeconfigPath });
  try {
    const snapshot = demoSnapshot(demo);
    const ctx: PlanContext = { context: gateway.context, currentContext: gateway.currentContext, namespace: gateway.namespace };
    const plan = planDelete(staleOf(snapshot), ctx, snapshot);
    const deps = gatewayActionDeps({ gateway, snapshot: () => snapshot, readonly: false });
    let failed = 0;
    const started = performance.now();
    await deps.executePlan(plan, { dryRun: false, onResult: (result) => void (result.outcome === 'deleted' || failed++) });
    const ms = performance.now() - started;
    if (failed > 0) throw new Error(`kilo-tui: ${failed} of ${plan.operations.length} deletes did not succeed`);
    return { ms, count: plan.operations.length, left: demoSnapshot(demo).replicaSets.length };
  } finally {
    gateway.close();
  }
}

/** kubectl as a user would type it: one command naming every stale ReplicaSet (kubectl's default --wait). */
async function deleteThroughKubectl(demo: RunningDemo, extraArgs: string[] = []): Promise<{ ms: number; left: number }> {
  const names = staleOf(demoSnapshot(demo)).map((rs) => rs.metadata.name);
  const started = performance.now();
  await run('kubectl', ['--kubeconfig', demo.kubeconfigPath, 'delete', 'rs', ...names, '-n', demo.namespace, ...extraArgs], { timeout: 60_000 });
  const ms = performance.now() - started;
  return { ms, left: demoSnapshot(demo).replicaSets.length };
}

/** One round: two fresh demo servers, one per side, so both delete the same 63 from the same state. */
export async function runDeleteStaleRound(): Promise<DeleteStaleRound> {
  const kilo = await withDemo(deleteThroughExecutor);
  const kubectl = await withDemo(deleteThroughKubectl);
  return { staleCount: kilo.count, kiloMs: kilo.ms, kubectlMs: kubectl.ms, kiloLeft: kilo.left, kubectlLeft: kubectl.left };
}

/**
 * Context for the ratio: kubectl without waiting for each object to be gone. Its time is then mostly
 * client-go's client-side rate limit (5 requests/s after a burst of 10), not the server.
 */
export async function runKubectlNoWait(): Promise<number> {
  return (await withDemo((demo) => deleteThroughKubectl(demo, ['--wait=false']))).ms;
}
