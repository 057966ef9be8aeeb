// The segmenter the bundle hands string-width and slice-ansi: made when first asked to segment, and
// then answering as Intl.Segmenter does.
import { describe, expect, it } from 'vitest';
import { LazySegmenter } from '../../src/text/lazySegmenter.js';

const texts = ['kilo-meds', '👩‍👩‍👧 family', 'e\u0301', '日本語', '🇩🇪🇫🇷', ''];
const segments = (segmenter: { segment(text: string): Intl.Segments }, text: string) => [...segmenter.segment(text)].map(({ segment, index }) => [segment, index]);

describe('LazySegmenter', () => {
  it('makes no segmenter until it segments', () => {
    const lazy = new LazySegmenter(undefined, { granularity: 'grapheme' });
    expect(lazy.made).toBe(false);
    segments(lazy, 'abc');
    expect(lazy.made).toBe(true);
  });

  it('segments as Intl.Segmenter does, with the locales and options it was given', () => {
    for (const options of [undefined, { granularity: 'grapheme' as const }, { granularity: 'word' as const }]) {
      const lazy = new LazySegmenter('en', options);
      const real = new Intl.Segmenter('en', options);
      for (const text of texts) expect(segments(lazy, text), `${options?.granularity} ${text}`).toEqual(segments(real, text));
      expect(lazy.resolvedOptions()).toEqual(real.resolvedOptions());
    }
  });
});
