import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendActionLog, stateDir } from '../../src/persist/actionLog.js';
import { tempDir } from './kubeconfigFiles.js';

describe('action log', () => {
  it('lives under XDG_STATE_HOME, else ~/.local/state', () => {
    expect(stateDir({ XDG_STATE_HOME: '/x/state', HOME: '/home/u' })).toBe('/x/state/kilo-tui');
    expect(stateDir({ HOME: '/home/u' })).toBe('/home/u/.local/state/kilo-tui');
    expect(stateDir({ XDG_STATE_HOME: 'relative', HOME: '/home/u' })).toBe('/home/u/.local/state/kilo-tui');
  });

  it('creates the folders and appends one JSON line per entry', () => {
    const base = join(tempDir(), 'deep', 'state');
    const env = { XDG_STATE_HOME: base };
    const entry = { time: '2026-01-06T12:00:00Z', context: 'kind', namespace: 'kilo-guardian', command: 'kubectl delete rs a', outcome: 'deleted' };
    const path = appendActionLog([entry], env);
    expect(path).toBe(join(base, 'kilo-tui', 'actions.log'));
    appendActionLog([{ ...entry, command: 'kubectl delete rs b', outcome: 'error', message: 'boom' }], env);
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, string>);
    expect(lines.map((l) => [l.command, l.outcome, l.message])).toEqual([
      ['kubectl delete rs a', 'deleted', undefined],
      ['kubectl delete rs b', 'error', 'boom'],
    ]);
  });
});
