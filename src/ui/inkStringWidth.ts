// string-width as the bundle hands it to Ink and cli-truncate (scripts/bundle.mjs): Ink measures
// every text it writes, and the texts of kilo-tui's frames are printable ASCII and its own one-cell
// glyphs, with or without colours, which need no grapheme walk (render/displayWidth.ts). A call
// with options is string-width's. Answers as string-width does (test/ui/inkStringWidth.test.ts).
import stringWidth from 'string-width';
import { displayWidth } from '../render/displayWidth.js';

export default function inkStringWidth(text: string, options?: Parameters<typeof stringWidth>[1]): number {
  return options === undefined && typeof text === 'string' ? displayWidth(text) : stringWidth(text, options);
}
