// `?` as lines: the bindings of one screen, laid out in as many columns as fit without cutting
// descriptions (long ones wrap under themselves). Pure, so it is tested alone.
import type { Binding } from '../keymap.js';

export interface HelpLine {
  text: string;
  heading?: boolean;
}

const KEYS_WIDTH = 14;
const INDENT = 2;
/** Narrower than this and descriptions would wrap into slivers: use fewer columns instead. */
const MIN_COLUMN_WIDTH = 56;

export function helpColumns(innerWidth: number): number {
  return Math.max(1, Math.min(3, Math.floor(innerWidth / MIN_COLUMN_WIDTH)));
}

/** Each binding as lines no wider than `columnWidth`; a description that does not fit wraps. */
export function helpLines(bindings: readonly Binding[], columnWidth: number): HelpLine[] {
  const lines: HelpLine[] = [];
  const lead = INDENT + KEYS_WIDTH + 1;
  const textWidth = Math.max(8, columnWidth - lead - 1);
  for (const binding of bindings) {
    wrapWords(binding.help, textWidth).forEach((part, i) => {
      const keys = i === 0 ? binding.keys : '';
      lines.push({ text: `${' '.repeat(INDENT)}${keys.padEnd(KEYS_WIDTH)} ${part}` });
    });
  }
  return lines;
}

/** The lines split into `columns` newspaper columns of equal length. */
export function splitColumns<T>(lines: readonly T[], columns: number): T[][] {
  const perColumn = Math.ceil(lines.length / columns);
  return Array.from({ length: columns }, (_, col) => lines.slice(col * perColumn, (col + 1) * perColumn));
}

function wrapWords(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out;
}
