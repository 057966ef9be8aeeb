// A plan as a reviewable bash script: the same kubectl lines the modal shows, plus a server-side
// dry-run switch so it can be rehearsed against the real API before it changes anything.
import type { Operation, Plan } from './plan.js';
import { toKubectlLine } from './toKubectl.js';

// kubectl rollout restart has no --dry-run flag, so those lines are only echoed in a dry run.
function supportsDryRun(op: Operation): boolean {
  return op.action !== 'rolloutRestart';
}

function commentSafe(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

export function planToShellScript(plan: Plan, ctx: { context: string; currentContext: string }): string {
  return plansToShellScript([plan], ctx);
}

/** Several plans in one script (the audit's recommendations), each under its own header, in order. */
export function plansToShellScript(plans: Plan[], ctx: { context: string; currentContext: string }): string {
  const lines = [
    '#!/usr/bin/env bash',
    '# Usage: bash this-script.sh [--dry-run=server]',
    'set -euo pipefail',
    'DRY_RUN=""',
    'if [[ "${1:-}" == "--dry-run=server" ]]; then DRY_RUN="--dry-run=server"; fi',
  ];
  for (const plan of plans) {
    lines.push(
      '',
      `# ${commentSafe(plan.title)} (context ${commentSafe(plan.context)}, namespace ${commentSafe(plan.namespace)})`,
      ...plan.warnings.map((warning) => `# ${commentSafe(warning)}`),
      ...(plan.notes ?? []).map((note) => `# ${commentSafe(note)}`),
    );
    for (const op of plan.operations) lines.push(scriptLine(op, ctx));
  }
  return `${lines.join('\n')}\n`;
}

function scriptLine(op: Operation, ctx: { context: string; currentContext: string }): string {
  const command = toKubectlLine(op, ctx);
  if (supportsDryRun(op)) return `${command} \${DRY_RUN}`;
  const echoed = `'${command.replaceAll("'", `'\\''`)}'`;
  return `if [[ -z "$DRY_RUN" ]]; then ${command}; else echo "dry run, not run:" ${echoed}; fi`;
}
