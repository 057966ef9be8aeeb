import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planDelete } from '../../../src/domain/plans/planDelete.js';
import { planRolloutRestart } from '../../../src/domain/plans/planRolloutRestart.js';
import { planSetRevisionHistoryLimit } from '../../../src/domain/plans/planSetRevisionHistoryLimit.js';
import { planToShellScript } from '../../../src/domain/plans/planToShellScript.js';
import type { Plan } from '../../../src/domain/plans/plan.js';
import { NOW, deployment, replicaSet } from '../builders.js';

const ctx = { context: 'default', currentContext: 'default', namespace: 'kilo-guardian' };
const dir = mkdtempSync(join(tmpdir(), 'kilo-script-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A stand-in kubectl that records each argv, one argument per line, so the test sees exactly what bash passed.
const fakeKubectl = join(dir, 'kubectl');
writeFileSync(fakeKubectl, '#!/usr/bin/env bash\nprintf "%s|" "$@"; printf "\\n"\n');
chmodSync(fakeKubectl, 0o755);

function run(plan: Plan, args: string[]): string[] {
  const script = join(dir, 'plan.sh');
  writeFileSync(script, planToShellScript(plan, ctx));
  const out = execFileSync('bash', [script, ...args], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
  return out.trim().split('\n');
}

const habits = deployment({ name: 'kilo-habits', revision: 5 });
const stale = replicaSet({ owner: habits, revision: 1, name: 'kilo-habits-111' });

describe('planToShellScript', () => {
  it('starts with a bash shebang, strict mode and a DRY_RUN switch, one command per operation', () => {
    const script = planToShellScript(planDelete([stale], ctx), ctx);
    const lines = script.split('\n');
    expect(lines[0]).toBe('#!/usr/bin/env bash');
    expect(lines).toContain('set -euo pipefail');
    expect(script).toContain('DRY_RUN=""');
    expect(lines.filter((l) => l.startsWith('kubectl '))).toEqual(['kubectl delete replicaset.apps/kilo-habits-111 -n kilo-guardian ${DRY_RUN}']);
  });
  it('writes warnings and notes as comments under the plan header', () => {
    const lines = planToShellScript(planDelete([stale], ctx), ctx).split('\n');
    const header = lines.indexOf('# Delete 1 ReplicaSet (context default, namespace kilo-guardian)');
    expect(lines[header + 1]).toBe('# no running pods are affected');
  });
  it('runs each command as previewed, adding --dry-run=server only when asked', () => {
    const plan = planSetRevisionHistoryLimit([habits], 3, ctx);
    expect(run(plan, [])).toEqual(['patch|deployment|kilo-habits|-n|kilo-guardian|--type=merge|-p|{"spec":{"revisionHistoryLimit":3}}|']);
    expect(run(plan, ['--dry-run=server'])).toEqual(['patch|deployment|kilo-habits|-n|kilo-guardian|--type=merge|-p|{"spec":{"revisionHistoryLimit":3}}|--dry-run=server|']);
  });
  it('only echoes rollout restart in a dry run, since kubectl has no dry run for it', () => {
    const plan = planRolloutRestart([habits], ctx, NOW);
    expect(run(plan, [])).toEqual(['rollout|restart|deployment/kilo-habits|-n|kilo-guardian|']);
    expect(run(plan, ['--dry-run=server'])).toEqual(['dry run, not run: kubectl rollout restart deployment/kilo-habits -n kilo-guardian']);
  });
});
