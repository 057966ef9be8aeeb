import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { actionForKey } from '../../src/ui/actions/useActionKeys.js';
import { matchCommand } from '../../src/ui/keymap.js';

describe('action keys', () => {
  const key = (overrides: Partial<Key> = {}) => ({ ctrl: false, meta: false, shift: false, ...overrides }) as Key;
  it('map to actions; u undoes to the previous revision, U asks', () => {
    expect(actionForKey(matchCommand('list', 'd', key({ ctrl: true })))).toEqual({ action: 'delete' });
    expect(actionForKey(matchCommand('list', 'u', key()))).toEqual({ action: 'rolloutUndo', toPrevious: true });
    expect(actionForKey(matchCommand('list', 'U', key()))).toEqual({ action: 'rolloutUndo' });
    expect(actionForKey(matchCommand('list', 'r', key()))).toEqual({ action: 'rolloutRestart' });
    expect(actionForKey(matchCommand('list', 's', key()))).toEqual({ action: 'scale' });
    expect(actionForKey(matchCommand('list', 'h', key()))).toEqual({ action: 'setRevisionHistoryLimit' });
    // plain d stays describe
    expect(actionForKey(matchCommand('list', 'd', key()))).toBeUndefined();
  });
});
