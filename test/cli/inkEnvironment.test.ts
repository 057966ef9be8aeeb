import { afterEach, describe, expect, it } from 'vitest';
import { createSupportsColor } from '../../node_modules/chalk/source/vendor/supports-color/index.js';
import { clearCiForInk } from '../../src/cli/commands/inkEnvironment.js';

const touched = ['CI', 'CONTINUOUS_INTEGRATION', 'TERM', 'FORCE_COLOR', 'COLORTERM'] as const;
const saved = Object.fromEntries(touched.map((name) => [name, process.env[name]]));

afterEach(() => {
  for (const name of touched) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('clearCiForInk', () => {
  it('leaves chalk able to colour a terminal even when CI was set', () => {
    process.env.CI = 'true';
    process.env.CONTINUOUS_INTEGRATION = '1';
    process.env.TERM = 'xterm-256color';
    delete process.env.FORCE_COLOR;
    delete process.env.COLORTERM;
    clearCiForInk(process.env);
    expect(createSupportsColor({ isTTY: true } as never)).not.toBe(false);
  });

  it('leaves nothing Ink reads as CI', () => {
    process.env.CI = 'true';
    process.env.CONTINUOUS_INTEGRATION = 'yes';
    clearCiForInk(process.env);
    expect('CI' in process.env).toBe(false);
    expect('CONTINUOUS_INTEGRATION' in process.env).toBe(false);
  });
});
