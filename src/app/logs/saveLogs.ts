// Ctrl-s: the buffer as plain text under the user's state directory
// ($XDG_STATE_HOME/kilo-tui/logs, else ~/.local/state/kilo-tui/logs), so a traceback seen in the
// pane can be attached to an issue. Never in the shared temp dir, and never through a link: the
// folders are checked (privateDirectory) and each file is created new ('wx' is O_CREAT|O_EXCL,
// which also refuses a symlink at the name, dangling or not).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { privateDirectory } from '../../persist/privateDirectory.js';
import { stateHome } from '../../persist/actionLog.js';
import type { LogEntry } from '../../logs/logEntry.js';

const LOGS_PARTS = ['kilo-tui', 'logs'];

export function logsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateHome(env), ...LOGS_PARTS);
}

/** `kilo-meds-7568f7694c-x2x9z-20260106T120000Z.log`: names sort by time and are safe on every filesystem. */
export function logFileName(name: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  return `${name.replace(/[^A-Za-z0-9._-]/g, '_')}-${stamp}.log`;
}

export function formatEntryForFile(entry: LogEntry, merged: boolean): string {
  const pod = merged ? `[${entry.pod}] ` : '';
  const time = entry.timestamp ? `${entry.timestamp} ` : '';
  return `${pod}${time}${entry.text}`;
}

const MAX_NAME_ATTEMPTS = 100;

/**
 * Writes the entries to a new file and returns its path. `stateHome` overrides the environment's
 * (tests); the file goes to <stateHome>/kilo-tui/logs either way.
 */
export function saveLogBuffer(
  entries: readonly LogEntry[],
  options: { name: string; merged: boolean; now: number; stateHome?: string; env?: NodeJS.ProcessEnv },
): string {
  const directory = privateDirectory(options.stateHome ?? stateHome(options.env), LOGS_PARTS);
  const body = entries.map((entry) => formatEntryForFile(entry, options.merged)).join('\n');
  const text = body === '' ? '' : body + '\n';
  const first = join(directory, logFileName(options.name, options.now));
  for (let attempt = 1; ; attempt++) {
    const path = attempt === 1 ? first : first.replace(/\.log$/, `-${attempt}.log`);
    try {
      writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= MAX_NAME_ATTEMPTS) throw error;
    }
  }
}

/** Ctrl-s as the logs pane shows it: where the buffer went, or why it could not be saved. */
export function saveLogsNotice(
  entries: readonly LogEntry[],
  target: { title: string; merged: boolean },
  options: { now: number; stateHome?: string },
): string {
  try {
    const path = saveLogBuffer(entries, { name: target.title, merged: target.merged, now: options.now, stateHome: options.stateHome });
    return `saved ${entries.length} lines to ${path}`;
  } catch (error) {
    return `save failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}
