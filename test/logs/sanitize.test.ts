import { describe, expect, it } from 'vitest';
import { createLogDecoder, sanitizeLogLine } from '../../src/logs/sanitize.js';

const plain = { keepSgr: false, maxLength: 200 };
const coloured = { keepSgr: true, maxLength: 200 };

describe('sanitizeLogLine', () => {
  it('removes screen clears, cursor moves and title changes', () => {
    expect(sanitizeLogLine('a\x1b[2Jb', plain)).toBe('ab');
    expect(sanitizeLogLine('\x1b[10;5Hmoved', plain)).toBe('moved');
    expect(sanitizeLogLine('up\x1b[Aand\x1b[3Dback', plain)).toBe('upandback');
    expect(sanitizeLogLine('\x1b]0;title\x07after', plain)).toBe('after');
    expect(sanitizeLogLine('\x1b]2;pwned\x1b\\after', plain)).toBe('after');
    expect(sanitizeLogLine('\x1b]8;;http://x\x07link\x1b]8;;\x07', plain)).toBe('link');
  });

  it('removes DCS, APC, PM and SOS strings, short escapes, lone ESC and 8-bit controls', () => {
    expect(sanitizeLogLine('a\x1bPq#0;2;0;0;0\x1b\\b', plain)).toBe('ab');
    expect(sanitizeLogLine('a\x1b_payload\x1b\\b\x1b^pm\x1b\\c\x1bXsos\x1b\\d', plain)).toBe('abcd');
    expect(sanitizeLogLine('reset\x1bc done\x1b7\x1b(B', plain)).toBe('reset done');
    expect(sanitizeLogLine('end\x1b', plain)).toBe('end');
    expect(sanitizeLogLine('a\u009b2Jb\u009d0;t\u0007c\u0085d', plain)).toBe('abcd');
  });

  it('drops CR, other C0 controls and bidi overrides, and expands tabs to 8 columns', () => {
    expect(sanitizeLogLine('progress 10%\rprogress 20%\r', plain)).toBe('progress 10%progress 20%');
    expect(sanitizeLogLine('bell\x07\x00\x08\x7fok', plain)).toBe('bellok');
    expect(sanitizeLogLine('abc\u202edef', plain)).toBe('abcdef');
    expect(sanitizeLogLine('a\tb', plain)).toBe('a       b');
    expect(sanitizeLogLine('12345678\tx', plain)).toBe('12345678        x');
  });

  it('keeps SGR colours (closed with a reset) or drops them, as asked', () => {
    const text = '\x1b[31mERROR\x1b[0m boom';
    expect(sanitizeLogLine(text, plain)).toBe('ERROR boom');
    expect(sanitizeLogLine(text, coloured)).toBe('\x1b[31mERROR\x1b[0m boom\x1b[0m');
    // A CSI that only looks like SGR (private marker) is not colour.
    expect(sanitizeLogLine('\x1b[?25mx', coloured)).toBe('x');
  });

  it('cuts over-long lines with a marker saying how much was cut', () => {
    const line = 'x'.repeat(1300);
    const cut = sanitizeLogLine(line, { keepSgr: false, maxLength: 100 });
    expect(cut).toBe('x'.repeat(100) + '… [+1200 chars]');
    expect(sanitizeLogLine('short', { keepSgr: false, maxLength: 100 })).toBe('short');
  });

  it('turns invalid UTF-8 into a single replacement character per run', () => {
    const decoder = createLogDecoder();
    const bytes = new Uint8Array([0x6f, 0x6b, 0xff, 0xfe, 0xc3, 0x20, 0x65, 0x6e, 0x64]);
    const text = decoder.write(bytes) + decoder.end();
    expect(sanitizeLogLine(text, plain)).toBe('ok\ufffd end');
  });

  it('decodes a multi-byte character split across chunks', () => {
    const decoder = createLogDecoder();
    const euro = new TextEncoder().encode('€');
    const text = decoder.write(euro.slice(0, 1)) + decoder.write(euro.slice(1)) + decoder.end();
    expect(sanitizeLogLine(text, plain)).toBe('€');
  });
});
