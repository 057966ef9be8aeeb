// Terminal cells a text takes, as Ink measures them (string-width, which Ink uses): a CJK character
// or an emoji takes two, a combining mark none. Names and most log lines are printable ASCII, one
// cell per character, and skip the grapheme walk; so do the glyphs kilo-tui draws itself.
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
let graphemes: Intl.Segmenter | undefined;

/**
 * Non-ASCII characters that take one cell each and are a grapheme of their own next to each other
 * and next to printable ASCII (test/render/displayWidth.test.ts checks every one against
 * string-width and Intl.Segmenter): the glyphs of kilo-tui's views, and Ink's box borders and
 * block elements. Measuring them through string-width costs nothing per text once it is warm, but
 * its first non-ASCII text costs tens of ms (its grapheme segmenter loads ICU's break data and its
 * emoji regex is compiled), and that first text used to be in the first frame of every start.
 */
export const ONE_CELL_GLYPHS: readonly (string | readonly [first: string, last: string])[] = [
  '·', '→', '←', '↑', '↓', '↳', '…', '≥', '–', '—', '×', 'µ', '›',
  '✔', '✘', '✕', '⚠', '▶', '▸', '●', '⏎', '⏸',
  ['\u2500', '\u257f'], // box drawing: ─ │ ┌ ╭ ═ …
  ['\u2580', '\u259f'], // block elements: ▁ … █ ▏ …
];

const escaped = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
const ONE_CELL_EACH = new RegExp(
  `^[\\x20-\\x7e${ONE_CELL_GLYPHS.map((glyph) => (typeof glyph === 'string' ? escaped(glyph) : `${escaped(glyph[0])}-${escaped(glyph[1])}`)).join('')}]*$`,
);

export const isPlainAscii = (text: string): boolean => PRINTABLE_ASCII.test(text);

/** One cell per UTF-16 unit: printable ASCII and ONE_CELL_GLYPHS only. */
export const isOneCellEach = (text: string): boolean => ONE_CELL_EACH.test(text);

export function displayWidth(text: string): number {
  // Styled texts too (Ink measures them with their colours): string-width strips these first as well.
  const visible = text.includes('\u001b') || text.includes('\u009b') ? stripAnsi(text) : text;
  return isOneCellEach(visible) ? visible.length : stringWidth(visible);
}

/** The text's graphemes (a flag, an emoji with its modifiers, a letter with its accents) with their widths. */
export function* graphemesOf(text: string): Generator<{ grapheme: string; width: number }> {
  // Made on first use: the first segmenter of a process loads ICU's break data (~20 ms).
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) yield { grapheme: segment, width: displayWidth(segment) };
}

/** The longest start of `text` that fits in `width` cells, never splitting a grapheme. */
export function sliceToWidth(text: string, width: number): string {
  if (isOneCellEach(text)) return text.slice(0, Math.max(0, width));
  let used = 0;
  let end = 0;
  for (const { grapheme, width: cells } of graphemesOf(text)) {
    if (used + cells > width) break;
    used += cells;
    end += grapheme.length;
  }
  return text.slice(0, end);
}
