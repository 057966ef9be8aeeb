// Terminal cells a text takes, as Ink measures them (string-width, which Ink uses): a CJK character
// or an emoji takes two, a combining mark none. Names and most log lines are printable ASCII, one
// cell per character, and skip the grapheme walk.
import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export const isPlainAscii = (text: string): boolean => PRINTABLE_ASCII.test(text);

export function displayWidth(text: string): number {
  return isPlainAscii(text) ? text.length : stringWidth(text);
}

/** The text's graphemes (a flag, an emoji with its modifiers, a letter with its accents) with their widths. */
export function* graphemesOf(text: string): Generator<{ grapheme: string; width: number }> {
  for (const { segment } of graphemes.segment(text)) yield { grapheme: segment, width: displayWidth(segment) };
}

/** The longest start of `text` that fits in `width` cells, never splitting a grapheme. */
export function sliceToWidth(text: string, width: number): string {
  if (isPlainAscii(text)) return text.slice(0, Math.max(0, width));
  let used = 0;
  let end = 0;
  for (const { grapheme, width: cells } of graphemesOf(text)) {
    if (used + cells > width) break;
    used += cells;
    end += grapheme.length;
  }
  return text.slice(0, end);
}
