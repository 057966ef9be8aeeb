// The string-width the bundle hands Ink and cli-truncate answers as string-width does: plain and
// styled texts, kilo-tui's one-cell glyphs, wide and zero-width graphemes, and calls with options.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import inkStringWidth from '../../src/ui/inkStringWidth.js';

const samples = [
  '',
  'kilo-meds',
  '\u001b[1mkilo-tui  ctx kilo-demo\u001b[22m',
  '14 deploy · 78 rs (63 stale) · 15 pods (1 crashing)\u001b[90m  metrics: up\u001b[39m',
  '> kilo-ai-brain-c679fb7f9…\u001b[32m Running \u001b[39m',
  '\u001b[33mloading…\u001b[39m\u001b[2m · 0 lines\u001b[22m',
  '\u009b31m▶ csi\u009b0m',
  '╭───┬───╮',
  '⚠\ufe0f emoji presentation',
  '日本語 · 漢字',
  '\u001b[31m🚀\u001b[39m and ZWJ 👩‍👩‍👧',
  'e\u0301 combining',
  'tab\there',
  '\u0007bell',
];

describe('string-width for Ink', () => {
  it('measures every text as string-width does', () => {
    for (const text of samples) expect(inkStringWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
  });

  it('passes options through: ambiguous characters wide, escape codes counted', () => {
    for (const text of samples) {
      expect(inkStringWidth(text, { ambiguousIsNarrow: false }), JSON.stringify(text)).toBe(stringWidth(text, { ambiguousIsNarrow: false }));
      expect(inkStringWidth(text, { countAnsiEscapeCodes: true }), JSON.stringify(text)).toBe(stringWidth(text, { countAnsiEscapeCodes: true }));
    }
    expect(inkStringWidth('a·b', { ambiguousIsNarrow: false })).toBe(4);
  });
});
