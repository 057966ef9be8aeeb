// Where an edit's buffer lives: a new private file under the state directory
// ($XDG_STATE_HOME/kilo-tui/edits), never the shared temp dir, created O_EXCL so no link is followed.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateHome } from '../../persist/actionLog.js';
import { privateDirectory } from '../../persist/privateDirectory.js';

const EDITS_PARTS = ['kilo-tui', 'edits'];

export function createEditBuffer(kind: string, name: string, text: string, now: number, env: NodeJS.ProcessEnv = process.env): string {
  const directory = privateDirectory(stateHome(env), EDITS_PARTS);
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const base = join(directory, `${kind.toLowerCase()}-${name.replace(/[^A-Za-z0-9._-]/g, '_')}-${stamp}`);
  for (let attempt = 1; ; attempt++) {
    const path = `${attempt === 1 ? base : `${base}-${attempt}`}.yaml`;
    try {
      writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 100) throw error;
    }
  }
}

/** $KUBE_EDITOR, else $EDITOR, else vi, as kubectl picks it; run through the shell so "code --wait" works. */
export function runEditor(path: string, env: NodeJS.ProcessEnv = process.env): { ok: true } | { ok: false; reason: string } {
  const editor = env.KUBE_EDITOR?.trim() || env.EDITOR?.trim() || 'vi';
  const result = spawnSync('sh', ['-c', `${editor} "$1"`, 'kilo-tui-edit', path], { stdio: 'inherit', env });
  if (result.error) return { ok: false, reason: `the editor could not start: ${result.error.message}` };
  if (result.status !== 0) return { ok: false, reason: `the editor (${editor}) exited with ${result.status ?? result.signal}: edit cancelled` };
  return { ok: true };
}
