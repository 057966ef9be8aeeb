// An append-only record of what kilo-tui did to clusters, one JSON object per line, kept where
// the XDG base-directory spec puts state: $XDG_STATE_HOME/kilo-tui (default ~/.local/state).
import { appendFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export interface ActionLogEntry {
  time: string;
  context: string;
  namespace: string;
  command: string;
  outcome: string;
  message?: string;
}

/** $XDG_STATE_HOME, else ~/.local/state: the base every kilo-tui state folder goes under. */
export function stateHome(env: NodeJS.ProcessEnv = process.env): string {
  // The spec says relative values are invalid and must be ignored.
  return env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : join(env.HOME || homedir(), '.local', 'state');
}

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateHome(env), 'kilo-tui');
}

/** Appends the entries and returns the log's path; creates the folder (private to the user) when missing. */
export function appendActionLog(entries: ActionLogEntry[], env: NodeJS.ProcessEnv = process.env): string {
  const dir = stateDir(env);
  const path = join(dir, 'actions.log');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (entries.length > 0) appendFileSync(path, entries.map((entry) => JSON.stringify(entry) + '\n').join(''), { mode: 0o600 });
  return path;
}
