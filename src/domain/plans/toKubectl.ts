// Commands as the user would type them. Every line must be safe to paste into a POSIX shell, so
// any argument that is not plainly safe is single-quoted; one that holds a control character (an
// escape sequence, a newline, a bidi override) is written as bash's $'…' with each such character
// as \xNN bytes, so the printed line is inert on a terminal and still runs on exactly the name the
// cluster has. Sanitizing it for display instead would print a command that targets another object.
import { isControl, isInvisibleControl } from '../../text/sanitize.js';
import type { Operation } from './plan.js';

const SAFE_ARGUMENT = /^[A-Za-z0-9_@%+=:,./-]+$/;
const UTF8 = new TextEncoder();

function needsEscape(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  return isControl(code) || isInvisibleControl(code);
}

/** POSIX single-quote quoting ('it'\''s'); $'…' with \xNN escapes when the argument holds a control character. */
export function shellQuote(arg: string): string {
  if (SAFE_ARGUMENT.test(arg)) return arg;
  if (![...arg].some(needsEscape)) return `'${arg.replaceAll("'", `'\\''`)}'`;
  let body = '';
  for (const ch of arg) {
    if (ch === '\\' || ch === "'") body += `\\${ch}`;
    else if (needsEscape(ch)) body += [...UTF8.encode(ch)].map((byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
    else body += ch;
  }
  return `$'${body}'`;
}

/** The kubectl argv of an operation (without "kubectl"), with --context only when it is not the current one. */
export function kubectlArgv(op: Operation, ctx: { context: string; currentContext: string }): string[] {
  return ctx.context === ctx.currentContext ? op.kubectlArgs : [`--context=${ctx.context}`, ...op.kubectlArgs];
}

/** `kubectl delete replicaset.apps/kilo-frontend-6bf69bcfbf -n kilo-guardian`, shell-quoted. */
export function toKubectlLine(op: Operation, ctx: { context: string; currentContext: string }): string {
  return ['kubectl', ...kubectlArgv(op, ctx)].map(shellQuote).join(' ');
}
