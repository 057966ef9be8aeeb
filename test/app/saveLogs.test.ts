// Ctrl-s in the logs: the buffer is saved under the user's own state directory, never through a
// link someone else planted (issue 13 item 5: it wrote to /tmp/kilo-tui/logs and followed a
// symlink there, overwriting another file).
import { lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logFileName, logsDirectory, saveLogBuffer } from '../../src/app/logs/saveLogs.js';
import type { LogEntry } from '../../src/logs/logEntry.js';
import { scratchDir } from '../helpers/scratchDir.js';

const NOW = Date.parse('2026-01-06T12:00:00Z');
const ENTRIES: LogEntry[] = [
  { kind: 'line', pod: 'kilo-meds-x', text: 'Traceback (most recent call last):' },
  { kind: 'line', pod: 'kilo-meds-x', text: "ModuleNotFoundError: No module named 'prometheus_client'" },
];
const save = () => saveLogBuffer(ENTRIES, { name: 'kilo-meds-x', merged: false, now: NOW });

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A state home with a victim file outside it; returns where the logs would go. */
function stateHome(): { home: string; logs: string; victim: string } {
  const home = scratchDir('kilo-state-');
  const elsewhere = scratchDir('kilo-victim-');
  const victim = join(elsewhere, 'precious.txt');
  writeFileSync(victim, 'do not touch\n');
  vi.stubEnv('XDG_STATE_HOME', home);
  return { home, logs: join(home, 'kilo-tui', 'logs'), victim };
}

describe('saving logs', () => {
  it('goes under $XDG_STATE_HOME/kilo-tui/logs, else ~/.local/state/kilo-tui/logs, never the shared temp dir', () => {
    expect(logsDirectory({ XDG_STATE_HOME: '/state', HOME: '/home/u' })).toBe('/state/kilo-tui/logs');
    expect(logsDirectory({ HOME: '/home/u' })).toBe('/home/u/.local/state/kilo-tui/logs');
    // The XDG spec says a relative value is invalid and must be ignored.
    expect(logsDirectory({ XDG_STATE_HOME: 'relative', HOME: '/home/u' })).toBe('/home/u/.local/state/kilo-tui/logs');
  });

  it('creates the directories private to the user and the file readable by the user only', () => {
    const { home, logs } = stateHome();
    const path = save();
    expect(path.startsWith(logs + '/')).toBe(true);
    expect(statSync(join(home, 'kilo-tui')).mode & 0o777).toBe(0o700);
    expect(statSync(logs).mode & 0o777).toBe(0o700);
    expect(lstatSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toBe("Traceback (most recent call last):\nModuleNotFoundError: No module named 'prometheus_client'\n");
  });

  it('does not follow a symlink planted at the file name: the target is untouched and the log goes to a new file', () => {
    const { logs, victim } = stateHome();
    mkdirSync(logs, { recursive: true, mode: 0o700 });
    const planted = join(logs, logFileName('kilo-meds-x', NOW));
    symlinkSync(victim, planted);
    const path = save();
    expect(readFileSync(victim, 'utf8')).toBe('do not touch\n');
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
    expect(path).not.toBe(planted);
    expect(lstatSync(path).isFile()).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain('prometheus_client');
  });

  it('does not follow a dangling symlink planted at the file name either', () => {
    const { logs, victim } = stateHome();
    mkdirSync(logs, { recursive: true, mode: 0o700 });
    const missing = victim + '.new';
    symlinkSync(missing, join(logs, logFileName('kilo-meds-x', NOW)));
    save();
    expect(() => lstatSync(missing)).toThrow();
  });

  it('never writes an existing file: a second save in the same second gets its own name', () => {
    stateHome();
    const first = save();
    const second = save();
    expect(second).not.toBe(first);
    expect(readFileSync(first, 'utf8')).toBe(readFileSync(second, 'utf8'));
  });

  it.each([
    ['logs', (home: string) => join(home, 'kilo-tui', 'logs')],
    ['kilo-tui', (home: string) => join(home, 'kilo-tui')],
  ])('refuses when its own directory component (%s) is a symlink, writing nothing through it', (_name, component) => {
    const { home, victim } = stateHome();
    const elsewhere = join(victim, '..');
    const link = component(home);
    mkdirSync(join(link, '..'), { recursive: true, mode: 0o700 });
    symlinkSync(elsewhere, link);
    expect(save).toThrow(/symbolic link/);
    expect(readdirSync(elsewhere)).toEqual(['precious.txt']);
  });
});
