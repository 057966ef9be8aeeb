// The remembered widest-line the bundle hands Ink answers exactly as widest-line, for any text and
// however often it is asked, also once its bound has emptied it.
import widestLineAsShipped from 'widest-line';
import { describe, expect, it } from 'vitest';
import widestLine from '../../src/ui/widestLineCache.js';

const samples = [
  '',
  'plain ascii',
  'two\nlines, the second longer',
  '\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m',
  '漢字のセル│wide',
  'emoji 🚀 and ZWJ 👩‍👩‍👧',
  '\u001b[7m> kilo-ai-brain      1/1    kilo/ai_brain:latest\u001b[27m',
  'tab\there',
];

describe('widestLine remembered', () => {
  it('measures as widest-line does, the first time and every time after', () => {
    for (let round = 0; round < 3; round++) for (const text of samples) expect(widestLine(text)).toBe(widestLineAsShipped(text));
  });

  it('still measures right after more texts than it keeps', () => {
    for (let i = 0; i < 9000; i++) {
      const text = `${'x'.repeat(i % 97)}\n${'漢'.repeat(i % 13)}`;
      expect(widestLine(text)).toBe(widestLineAsShipped(text));
    }
  });
});
