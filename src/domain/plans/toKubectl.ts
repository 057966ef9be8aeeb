// Commands as the user would type them. Every line must be safe to paste into a POSIX shell, so
// any argument that is not plainly safe is single-quoted.
import type { Operation } from './plan.js';

const SAFE_ARGUMENT = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** POSIX single-quote quoting: 'it'\''s' for it's; safe arguments are left bare. */
export function shellQuote(arg: string): string {
  if (SAFE_ARGUMENT.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** The kubectl argv of an operation (without "kubectl"), with --context only when it is not the current one. */
export function kubectlArgv(op: Operation, ctx: { context: string; currentContext: string }): string[] {
  return ctx.context === ctx.currentContext ? op.kubectlArgs : [`--context=${ctx.context}`, ...op.kubectlArgs];
}

/** `kubectl delete replicaset.apps/kilo-frontend-6bf69bcfbf -n kilo-guardian`, shell-quoted. */
export function toKubectlLine(op: Operation, ctx: { context: string; currentContext: string }): string {
  return ['kubectl', ...kubectlArgv(op, ctx)].map(shellQuote).join(' ');
}
