// Names and context names come from the cluster and the kubeconfig: a printed command must be inert
// on a terminal (no raw escape, newline or bidi control) and still run, in bash, on exactly the
// object and context it names.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { planDelete } from '../../../src/domain/plans/planDelete.js';
import { planToShellScript } from '../../../src/domain/plans/planToShellScript.js';
import { shellQuote, toKubectlLine } from '../../../src/domain/plans/toKubectl.js';
import { deployment } from '../../render/objectBuilders.js';

const HOSTILE = [
  'ctx\u001b]0;pwned\u0007\u001b[2Jname',
  'rs\u202egnp.exe',
  'a\nb',
  "it's \\ $(touch /tmp/x) `id` $HOME",
  'c1\u009bred',
  'tab\there\u007f',
  '日本-\u2066x\u2069',
];
const TERMINAL_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** What bash passes as argv when it runs `line` with `kubectl` defined to print its arguments. */
function argvBashRuns(line: string): string[] {
  const script = `kubectl() { printf '%s\\0' "$@"; }\n${line}\n`;
  const out = execFileSync('bash', ['-c', script], { encoding: 'buffer' });
  return out.toString('utf8').split('\0').slice(0, -1);
}

describe('commands with hostile names', () => {
  it('shellQuote: bash gets back the exact argument, and the quoted text holds no terminal control', () => {
    for (const arg of HOSTILE) {
      const quoted = shellQuote(arg);
      expect(quoted).not.toMatch(TERMINAL_CONTROL);
      expect(argvBashRuns(`kubectl ${quoted}`)).toEqual([arg]);
    }
  });

  it('a delete line from a hostile context name targets that context and that object', () => {
    for (const name of HOSTILE) {
      const dep = deployment('kilo-meds');
      dep.metadata.name = name;
      const ctx = { context: name, currentContext: 'home', namespace: 'kilo-guardian' };
      const plan = planDelete([dep], ctx);
      const line = toKubectlLine(plan.operations[0], ctx);
      expect(line).not.toMatch(TERMINAL_CONTROL);
      expect(argvBashRuns(line)).toEqual([`--context=${name}`, ...plan.operations[0].kubectlArgs]);
      expect(plan.operations[0].kubectlArgs).toContain(`deployment.apps/${name}`);

      const script = planToShellScript(plan, ctx);
      expect(script).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      const ran = execFileSync('bash', ['-c', `kubectl() { printf '%s\\0' "$@"; }\n${script.split('\n').slice(2).join('\n')}`], { encoding: 'buffer' }).toString('utf8');
      expect(ran.split('\0').slice(0, -1)).toEqual([`--context=${name}`, ...plan.operations[0].kubectlArgs]);
    }
  });
});
