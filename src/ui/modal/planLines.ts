// A plan as the lines the modal draws: the heading with action, count and where it runs, and one
// kubectl line per operation (dangerous ones in red), each followed by its impact if it has one.
import type { Plan } from '../../domain/plans/plan.js';
import type { PlanContext } from '../../domain/plans/planContext.js';
import { countOf } from '../../domain/plans/planContext.js';
import { toKubectlLine } from '../../domain/plans/toKubectl.js';
import type { Theme } from '../theme.js';
import type { StyledLine } from './WindowedLines.js';

export type { PlanContext };

/** "Delete 63 ReplicaSets · 63 commands · namespace kilo-guardian" */
export function planHeading(plan: Plan): string {
  // Every namespace shown (-A): the namespaces the operations touch, each line carrying its own -n.
  const namespaces = plan.namespace === '' ? [...new Set(plan.operations.map((op) => op.target.namespace))].sort() : [plan.namespace];
  return [plan.title, countOf(plan.operations.length, 'command'), `${namespaces.length === 1 ? 'namespace' : 'namespaces'} ${namespaces.join(', ')}`].join(' · ');
}

/** Said first and in red: acting on a context other than kubeconfig's current one is easy to miss. */
export function contextWarning(plan: Plan, ctx: PlanContext): string | undefined {
  if (plan.context === ctx.currentContext) return undefined;
  return `runs in context ${plan.context}, not the current context ${ctx.currentContext}`;
}

const IMPACT_INDENT = '    ↳ ';

/**
 * One line per operation: its kubectl line exactly as it can be pasted, and its impact (if any) as
 * the line's detail, drawn indented on the row below so a long impact is not cut off behind the
 * command. The modal's window counts operations.
 */
export function operationLines(plan: Plan, ctx: PlanContext, theme: Theme): StyledLine[] {
  return plan.operations.map((op) => {
    const text = toKubectlLine(op, { context: plan.context, currentContext: ctx.currentContext });
    const color = op.dangerous ? theme.danger : undefined;
    return op.impact ? { text, color, detail: { text: `${IMPACT_INDENT}${op.impact}`, color, dim: !op.dangerous } } : { text, color };
  });
}
