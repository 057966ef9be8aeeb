import { describe, expect, it } from 'vitest';
import { sanitizeForTerminal, sanitizeMultiline } from '../../src/render/sanitize.js';

describe('sanitizeForTerminal', () => {
  it('removes CSI, OSC, DCS and C1 sequences and control characters', () => {
    expect(sanitizeForTerminal('a\u001b[2J\u001b[1;1Hb')).toBe('ab');
    expect(sanitizeForTerminal('x\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\y')).toBe('xlinky');
    expect(sanitizeForTerminal('t\u001b]0;title\u0007u')).toBe('tu');
    expect(sanitizeForTerminal('d\u001bPq#0;2;0;0;0\u001b\\e')).toBe('de');
    expect(sanitizeForTerminal('c1\u009b31mred\u0085')).toBe('c1red');
    expect(sanitizeForTerminal('bell\u0007\u0000\u007fok\r\nnext')).toBe('bellokn'.replace('okn', 'oknext'));
    expect(sanitizeForTerminal('tab\there')).toBe('tab here');
  });

  it('keeps printable unicode and, for multi-line text, the line breaks', () => {
    expect(sanitizeForTerminal('kilo-meds ✓ 日本')).toBe('kilo-meds ✓ 日本');
    expect(sanitizeMultiline('a: 1\n\u001b[31mb: 2\u001b[0m')).toBe('a: 1\nb: 2');
  });
});
