import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { DeleteOperation } from '../../../src/domain/plans/plan.js';
import { shellQuote, toKubectlLine } from '../../../src/domain/plans/toKubectl.js';

describe('shellQuote', () => {
  it('leaves plainly safe arguments bare', () => {
    for (const arg of ['kubectl', 'deployment/kilo-meds', '--to-revision=8', '-n', 'a.b_c@d:e,f+g%h']) expect(shellQuote(arg)).toBe(arg);
  });
  it('single-quotes spaces, $, quotes, globs and the empty string', () => {
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('two words')).toBe("'two words'");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
    expect(shellQuote('*')).toBe("'*'");
    expect(shellQuote('{"spec":{"revisionHistoryLimit":3}}')).toBe(`'{"spec":{"revisionHistoryLimit":3}}'`);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });
  it('round-trips through a real POSIX shell', () => {
    const nasty = ["it's", 'a "b" $c `d` \\e', '$(rm -rf /)', 'new\nline', ''];
    const script = `printf '%s\\0' ${nasty.map(shellQuote).join(' ')}`;
    const out = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(out.split('\0').slice(0, -1)).toEqual(nasty);
  });
});

describe('toKubectlLine', () => {
  const op: DeleteOperation = {
    action: 'delete',
    target: { kind: 'ReplicaSet', namespace: 'kilo-guardian', name: 'kilo-frontend-6bf69bcfbf', uid: 'u', resourceVersion: '1' },
    kubectlArgs: ['delete', 'replicaset', 'kilo-frontend-6bf69bcfbf', '-n', 'kilo-guardian'],
  };
  it('omits --context when it is the current context', () => {
    expect(toKubectlLine(op, { context: 'k3s', currentContext: 'k3s' })).toBe('kubectl delete replicaset kilo-frontend-6bf69bcfbf -n kilo-guardian');
  });
  it('names --context when it differs, quoted if needed', () => {
    expect(toKubectlLine(op, { context: 'prod', currentContext: 'k3s' })).toBe('kubectl --context=prod delete replicaset kilo-frontend-6bf69bcfbf -n kilo-guardian');
    expect(toKubectlLine(op, { context: 'my ctx', currentContext: 'k3s' })).toBe("kubectl '--context=my ctx' delete replicaset kilo-frontend-6bf69bcfbf -n kilo-guardian");
  });
});
