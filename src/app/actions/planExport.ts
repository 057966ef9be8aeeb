// `e` in the modal: the plan as a bash script under the user's state directory (XDG, shared with the action log), so it can be
// reviewed, rehearsed with --dry-run=server, or run later by hand.
import { mkdir, writeFile, chmod } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Plan } from '../../domain/plans/plan.js';
import type { PlanContext } from '../../domain/plans/planContext.js';
import { planToShellScript } from '../../domain/plans/planToShellScript.js';
import { stateDir } from '../../persist/actionLog.js';

/** plans/<action>-<time>.sh, the time without colons so the name is safe everywhere. */
export function planScriptPath(plan: Plan, now: number, stateDir: string): string {
  const stamp = new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z').replaceAll(':', '-');
  return join(stateDir, 'plans', `${plan.action}-${stamp}.sh`);
}

export async function writePlanScript(plan: Plan, ctx: PlanContext, options: { now: number; stateDir?: string }): Promise<string> {
  const path = planScriptPath(plan, options.now, options.stateDir ?? stateDir());
  await mkdir(dirname(path), { recursive: true });
  const script = planToShellScript(plan, ctx);
  // 'wx' so a second export in the same second never overwrites a script the user may be editing.
  for (let attempt = 1; ; attempt++) {
    const candidate = attempt === 1 ? path : path.replace(/\.sh$/, `-${attempt}.sh`);
    try {
      await writeFile(candidate, script, { mode: 0o755, flag: 'wx' });
      // The mode given to writeFile is reduced by the umask; a plan script must be executable.
      await chmod(candidate, 0o755);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 100) throw error;
    }
  }
}
