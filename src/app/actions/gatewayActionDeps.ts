// The action flow wired to a real cluster: plans run through kube/executePlan, results go to the
// action log, exports to the state directory. The App builds this once per gateway.
import type { ClusterSnapshot } from '../../domain/resources.js';
import { executePlan } from '../../kube/executePlan.js';
import type { ClusterGateway } from '../../kube/types.js';
import { appendActionLog, stateDir } from '../../persist/actionLog.js';
import type { ActionFlowDeps } from './actionController.js';
import { writePlanScript } from './planExport.js';

export interface GatewayActionOptions {
  gateway: ClusterGateway;
  snapshot(): ClusterSnapshot;
  readonly: boolean;
  now?: () => number;
  /** Parallel API calls; small so a batch of 63 deletes does not trip API priority and fairness. */
  concurrency?: number;
  env?: NodeJS.ProcessEnv;
}

export function gatewayActionDeps(options: GatewayActionOptions): ActionFlowDeps {
  const { gateway } = options;
  const now = options.now ?? Date.now;
  const env = options.env ?? process.env;
  return {
    snapshot: options.snapshot,
    ctx: () => ({ context: gateway.context, currentContext: gateway.currentContext, namespace: gateway.namespace }),
    readonly: options.readonly,
    now,
    executePlan: (plan, { dryRun, onResult }) => executePlan(gateway, plan, { concurrency: options.concurrency ?? 4, dryRun, onResult: (result) => onResult(result) }),
    appendActionLog: async (records) => {
      appendActionLog(records, env);
    },
    exportPlan: async (plan, ctx) => writePlanScript(plan, ctx, { now: now(), stateDir: stateDir(env) }),
  };
}
