// Two fresh demo clusters: one changed by kilo-tui's executor, driven through the action flow as
// the keys would drive it, one by the previewed kubectl lines run through bash. Each is summarised
// into what the acceptance criteria compare.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ActionFlowController } from '../../src/app/actions/actionController.js';
import type { ActionIntent, PromptSpec } from '../../src/app/actions/actionFlow.js';
import type { PromptAnswer } from '../../src/app/actions/buildPlan.js';
import { gatewayActionDeps } from '../../src/app/actions/gatewayActionDeps.js';
import type { OperationResult, Plan } from '../../src/domain/plans/plan.js';
import type { PlanContext } from '../../src/domain/plans/planContext.js';
import { shellQuote, toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import { controllerOf, imageOf, revisionOf } from '../../src/domain/replicasets.js';
import type { ClusterSnapshot } from '../../src/domain/resources.js';
import { RESTARTED_AT_ANNOTATION } from '../../src/domain/resources.js';
import { demoSnapshot } from '../../src/demo/demoSnapshot.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { scratchDir } from '../helpers/scratchDir.js';

const run = promisify(execFile);

export interface Side {
  demo: RunningDemo;
  gateway: ClusterGateway;
  ctx: PlanContext;
}

/** A fresh demo cluster and kilo-tui's client of it, in `namespace` (the kubeconfig's, kilo-guardian, when absent). */
export async function startSide(namespace?: string): Promise<Side> {
  // A fast demo clock so rollouts settle in well under a second of real time.
  const demo = await startDemo({ timeScale: 200 });
  const gateway = await connect({ kubeconfig: demo.kubeconfigPath, ...(namespace ? { namespace } : {}) });
  return { demo, gateway, ctx: { context: gateway.context, currentContext: gateway.currentContext, namespace: namespace ?? gateway.namespace } };
}

export async function stopSide(side: Side | undefined): Promise<void> {
  side?.gateway.close();
  await side?.demo.close();
}

/** The side's namespace as the demo server holds it now. */
export function snapshotOf(side: Side): ClusterSnapshot {
  return demoSnapshot(side.demo, Date.now(), side.ctx.namespace);
}

export interface FlowRun {
  /** The question the flow asked before planning, if it asked one. */
  prompt?: PromptSpec;
  /** The plan the modal previewed (its kubectl lines are what the other side runs). */
  plan: Plan;
  results: OperationResult[];
  error?: string;
  /** The action log's lines, one JSON record per operation sent. */
  log: Record<string, unknown>[];
}

export interface FlowOptions {
  /** What the flow reads (the side's namespace now, by default). */
  snapshot?: () => ClusterSnapshot;
  /** The prompt's answer, or a function of the prompt (take its suggestion: `(p) => p.initial`). Required when the flow asks. */
  answer?: PromptAnswer | ((prompt: PromptSpec) => PromptAnswer);
}

/**
 * Drives the action flow on `side` as the keys would: request the action (or preview a plan built
 * elsewhere, as the editor does), answer its prompt, confirm (twice when the plan is dangerous),
 * and wait for the executor. Throws when the flow does not reach a preview or does not finish.
 */
export async function runThroughFlow(side: Side, action: ActionIntent | Plan, options: FlowOptions = {}): Promise<FlowRun> {
  const env = { ...process.env, XDG_STATE_HOME: scratchDir('kilo-equiv-') };
  const controller = new ActionFlowController(gatewayActionDeps({ gateway: side.gateway, snapshot: options.snapshot ?? (() => snapshotOf(side)), readonly: false, env }));
  if ('operations' in action) controller.previewPlan(action);
  else controller.request(action);
  const asked = controller.getState();
  const prompt = asked.phase === 'prompting' ? asked.prompt : undefined;
  if (prompt) {
    if (options.answer === undefined) throw new Error(`the flow asks ${JSON.stringify(prompt)}: no answer given`);
    controller.answer(typeof options.answer === 'function' ? options.answer(prompt) : options.answer);
  } else if (options.answer !== undefined) {
    throw new Error(`an answer was given but the flow asked nothing: ${JSON.stringify(asked)}`);
  }
  const previewing = controller.getState();
  if (previewing.phase !== 'previewing') throw new Error(`expected a preview, got ${JSON.stringify(previewing)}`);
  controller.confirm();
  if (controller.getState().phase === 'confirming-danger') controller.confirm();
  await controller.running;
  const done = controller.getState();
  if (done.phase !== 'done') throw new Error(`expected the run to finish, got ${done.phase}`);
  const logPath = join(env.XDG_STATE_HOME, 'kilo-tui', 'actions.log');
  const log = existsSync(logPath) ? readFileSync(logPath, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>) : [];
  return { ...(prompt ? { prompt } : {}), plan: previewing.plan, results: done.results, ...(done.error !== undefined ? { error: done.error } : {}), log };
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
  deployments: {
    name: string;
    revision: number;
    images: string;
    replicas?: number;
    revisionHistoryLimit?: number;
    readyReplicas: number;
    /** The pod template's annotations; a restart's timestamp reads '<time>' (each side stamps its own). */
    templateAnnotations: Record<string, string>;
  }[];
  replicaSets: { owner: string; revision: number; images: string; replicas: number; name?: string }[];
  podsByDeployment: Record<string, number>;
  /** Live pods per owning ReplicaSet (as deployment@revision); pods left without an owner under '(orphan)'. */
  podsByReplicaSet: Record<string, number>;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function normalizedAnnotations(annotations: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(annotations ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    out[key] = key === RESTARTED_AT_ANNOTATION && RFC3339.test(value) ? '<time>' : value;
  }
  return out;
}

/**
 * What must match between the two clusters. ReplicaSet names are compared too, except where the
 * two sides legitimately differ (a restart stamps each side's own time into the template, so the
 * new ReplicaSet's hash differs).
 */
export function summarize(side: Side, options: { replicaSetNames: boolean }): ClusterSummary {
  const snap = snapshotOf(side);
  const rsOwner = new Map(snap.replicaSets.map((rs) => [rs.metadata.uid, controllerOf(rs)?.name ?? '-']));
  const rsKey = new Map(snap.replicaSets.map((rs) => [rs.metadata.uid, `${controllerOf(rs)?.name ?? '-'}@${revisionOf(rs)}`]));
  const podsByDeployment: Record<string, number> = {};
  const podsByReplicaSet: Record<string, number> = {};
  for (const pod of snap.pods) {
    if (pod.metadata.deletionTimestamp) continue;
    const owner = rsOwner.get(controllerOf(pod)?.uid ?? '') ?? '-';
    podsByDeployment[owner] = (podsByDeployment[owner] ?? 0) + 1;
    const set = controllerOf(pod) ? (rsKey.get(controllerOf(pod)!.uid) ?? '(owner gone)') : '(orphan)';
    podsByReplicaSet[set] = (podsByReplicaSet[set] ?? 0) + 1;
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
        templateAnnotations: normalizedAnnotations(d.spec.template.metadata?.annotations),
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
    podsByReplicaSet: Object.fromEntries(Object.entries(podsByReplicaSet).sort(([a], [b]) => a.localeCompare(b))),
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
