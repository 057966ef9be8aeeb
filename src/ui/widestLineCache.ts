// widest-line, remembered. Ink measures the widest line of every text node of every frame again
// (render-node-to-output.js calls widest-line, which runs string-width's grapheme segmenter over
// each character): on an idle overview a metrics poll that changes a few usage cells measured all
// ~80 texts of the screen, and that was about a fifth of the poll's allocation. Nearly every text
// is one the last frame measured. The bundle hands this to Ink in place of widest-line
// (scripts/bundle.mjs); it answers as widest-line does (test/ui/widestLineCache.test.ts).
import { displayWidth } from '../render/displayWidth.js';

/** Bounded: a logs firehose's lines are all new, so the map is emptied when it is full. */
const MAX_TEXTS = 4000;
const widths = new Map<string, number>();

export default function widestLine(text: string): number {
  let width = widths.get(text);
  if (width !== undefined) return width;
  width = 0;
  for (const line of text.split('\n')) width = Math.max(width, displayWidth(line));
  if (widths.size >= MAX_TEXTS) widths.clear();
  widths.set(text, width);
  return width;
}
