import { describe, expect, it } from 'vitest';
import { createLogDecoder, escapeJsonText, sanitizeLine, sanitizeMultiline } from '../../src/text/sanitize.js';

const plain = { keepSgr: false, maxLength: 200, tabWidth: 8 };
const coloured = { keepSgr: true, maxLength: 200, tabWidth: 8 };

describe('sanitizeLine for log lines', () => {
  it('removes screen clears, cursor moves and title changes', () => {
    expect(sanitizeLine('a\x1b[2Jb', plain)).toBe('ab');
    expect(sanitizeLine('\x1b[10;5Hmoved', plain)).toBe('moved');
    expect(sanitizeLine('up\x1b[Aand\x1b[3Dback', plain)).toBe('upandback');
    expect(sanitizeLine('\x1b]0;title\x07after', plain)).toBe('after');
    expect(sanitizeLine('\x1b]2;pwned\x1b\\after', plain)).toBe('after');
    expect(sanitizeLine('\x1b]8;;http://x\x07link\x1b]8;;\x07', plain)).toBe('link');
  });

  it('removes DCS, APC, PM and SOS strings, short escapes, lone ESC and 8-bit controls', () => {
    expect(sanitizeLine('a\x1bPq#0;2;0;0;0\x1b\\b', plain)).toBe('ab');
    expect(sanitizeLine('a\x1b_payload\x1b\\b\x1b^pm\x1b\\c\x1bXsos\x1b\\d', plain)).toBe('abcd');
    expect(sanitizeLine('reset\x1bc done\x1b7\x1b(B', plain)).toBe('reset done');
    expect(sanitizeLine('end\x1b', plain)).toBe('end');
    // An 8-bit C1 control goes alone: what follows it is text, not the rest of a sequence.
    expect(sanitizeLine('a\u009b2Jb\u009d0;t\u0007c\u0085d', plain)).toBe('a2Jb0;tcd');
  });

  it('drops CR, other C0 controls and bidi overrides, and expands tabs to 8 columns', () => {
    expect(sanitizeLine('progress 10%\rprogress 20%\r', plain)).toBe('progress 10%progress 20%');
    expect(sanitizeLine('bell\x07\x00\x08\x7fok', plain)).toBe('bellok');
    expect(sanitizeLine('abc\u202edef', plain)).toBe('abcdef');
    expect(sanitizeLine('a\tb', plain)).toBe('a       b');
    expect(sanitizeLine('12345678\tx', plain)).toBe('12345678        x');
  });

  it('keeps SGR colours (closed with a reset) or drops them, as asked', () => {
    const text = '\x1b[31mERROR\x1b[0m boom';
    expect(sanitizeLine(text, plain)).toBe('ERROR boom');
    expect(sanitizeLine(text, coloured)).toBe('\x1b[31mERROR\x1b[0m boom\x1b[0m');
    // A CSI that only looks like SGR (private marker) is not colour.
    expect(sanitizeLine('\x1b[?25mx', coloured)).toBe('x');
  });

  it('cuts over-long lines with a marker saying how much was cut', () => {
    const line = 'x'.repeat(1300);
    const cut = sanitizeLine(line, { keepSgr: false, maxLength: 100 });
    expect(cut).toBe('x'.repeat(100) + '… [+1200 chars]');
    expect(sanitizeLine('short', { keepSgr: false, maxLength: 100 })).toBe('short');
  });

  it('turns invalid UTF-8 into a single replacement character per run', () => {
    const decoder = createLogDecoder();
    const bytes = new Uint8Array([0x6f, 0x6b, 0xff, 0xfe, 0xc3, 0x20, 0x65, 0x6e, 0x64]);
    const text = decoder.write(bytes) + decoder.end();
    expect(sanitizeLine(text, plain)).toBe('ok\ufffd end');
  });

  it('decodes a multi-byte character split across chunks', () => {
    const decoder = createLogDecoder();
    const euro = new TextEncoder().encode('€');
    const text = decoder.write(euro.slice(0, 1)) + decoder.write(euro.slice(1)) + decoder.end();
    expect(sanitizeLine(text, plain)).toBe('€');
  });
});

describe('sanitizeLine for names, messages and every other line on screen', () => {
  it('removes CSI, OSC, DCS sequences and control characters; tabs become one space, line breaks go', () => {
    expect(sanitizeLine('a\u001b[2J\u001b[1;1Hb')).toBe('ab');
    expect(sanitizeLine('x\u001b]8;;http://evil\u001b\\link\u001b]8;;\u001b\\y')).toBe('xlinky');
    expect(sanitizeLine('t\u001b]0;title\u0007u')).toBe('tu');
    expect(sanitizeLine('d\u001bPq#0;2;0;0;0\u001b\\e')).toBe('de');
    expect(sanitizeLine('bell\u0007\u0000\u007fok\r\nnext')).toBe('bellboknext'.replace('bellb', 'bell'));
    expect(sanitizeLine('tab\there')).toBe('tab here');
  });

  it('an 8-bit CSI (U+009B) does not eat the text after it', () => {
    expect(sanitizeLine('c1\u009b31mred\u0085')).toBe('c131mred');
    expect(sanitizeLine('kilo\u009bmeds')).toBe('kilomeds');
  });

  it('removes bidi overrides, isolates and marks (Trojan Source) everywhere, not only in logs', () => {
    expect(sanitizeLine('invoice\u202egnp.exe')).toBe('invoicegnp.exe');
    expect(sanitizeLine('a\u2066b\u2069c\u200fd\u061ce\u2028f')).toBe('abcdef');
  });

  it('keeps printable unicode and, for multi-line text, the line breaks', () => {
    expect(sanitizeLine('kilo-meds ✓ 日本')).toBe('kilo-meds ✓ 日本');
    expect(sanitizeMultiline('a: 1\n\u001b[31mb: 2\u001b[0m')).toBe('a: 1\nb: 2');
  });
});

describe('escapeJsonText', () => {
  it('escapes what JSON.stringify leaves raw, so the JSON is exact and inert', () => {
    const value = { name: 'a\u009bb\u202ec\u007f\u001b[2J' };
    const text = escapeJsonText(JSON.stringify(value));
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
