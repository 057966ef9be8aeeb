// Ctrl-s: the buffer as plain text under the user's state directory (or the temp dir), so a
// traceback seen in the pane can be attached to an issue.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogEntry } from './logEntry.js';
import { sanitizeLine } from '../text/sanitize.js';

export function logsDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_STATE_HOME && env.XDG_STATE_HOME.trim() !== '' ? env.XDG_STATE_HOME : tmpdir();
  return join(base, 'kilo-tui', 'logs');
}

/** `kilo-meds-7568f7694c-x2x9z-20260106T120000Z.log`: names sort by time and are safe on every filesystem. */
export function logFileName(name: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  return `${name.replace(/[^A-Za-z0-9._-]/g, '_')}-${stamp}.log`;
}

export function formatEntryForFile(entry: LogEntry, merged: boolean): string {
  const pod = merged ? `[${entry.pod}] ` : '';
  const time = entry.timestamp ? `${entry.timestamp} ` : '';
  return sanitizeLine(`${pod}${time}${entry.text}`, { tabWidth: 8 });
}

/** Writes the entries and returns the file's path. */
export function saveLogBuffer(
  entries: readonly LogEntry[],
  options: { name: string; merged: boolean; now: number; directory?: string },
): string {
  const directory = options.directory ?? logsDirectory();
  mkdirSync(directory, { recursive: true });
  const path = join(directory, logFileName(options.name, options.now));
  const body = entries.map((entry) => formatEntryForFile(entry, options.merged)).join('\n');
  writeFileSync(path, body === '' ? '' : body + '\n', { mode: 0o600 });
  return path;
}
