// Ink lays every frame out into a new Output whose caches (each written line tokenized into styled
// characters, string widths) are dropped with it, so every frame tokenizes every line again, one
// grapheme at a time, although nearly every line is the one the previous frame drew. That was
// about half of Ink's time per frame at 120×35. This keeps one set of those caches across frames.
//
// Rows too: a frame whose operations write exactly what they wrote last frame into a row reuses
// that row's string, so only changed rows are painted and styled (a minute's clock tick restyled
// all 34 rows; a scrolling logs pane restyled the tables beside it). Clipping is done as Ink does
// it (slice-ansi, Ink's own, and Ink's width caches); a changed row is painted by Ink's own get()
// on a one-row Output, so the result is Ink's byte for byte.
//
// A changed row is usually side-by-side panes' writes that do not overlap, much of it plain text
// (a log line, a table cell): such a row is composed here from runs instead of one styled object
// per character. Plain printable ASCII becomes one run, styled text goes through Ink's own
// tokenizer (its cache, so a border's line is tokenized once), and the row is joined by Ink's own
// styledCharsToString, which emits the same bytes for a run as for its characters one by one. Any
// overlap, or a write past the frame's width, is painted by Ink as before. At 200 log lines/s the
// per-character model of the scrolled rows was about a quarter of the logs pane's busy time.
//
// Output is internal to Ink (its package exports only the index; see inkOutputModule.ts), and the
// hook checks the shape it relies on: an Ink whose Output differs is left as it is, only slower. test/ui/inkOutputCache.test.ts fails if the installed Ink no longer takes the hook.

import { styledCharsToString, type StyledChar } from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import { importInkOutput } from './inkOutputModule.js';

/** The part of Ink 6.8's Output this relies on. */
interface InkOutputClass {
  new (options: { width: number; height: number }): InkOutput;
  prototype: { get(this: InkOutput): InkOutputResult };
}

interface InkOutput {
  width: number;
  height: number;
  operations: Operation[];
  caches: OutputCaches;
  get(): InkOutputResult;
}

interface InkOutputResult {
  output: string;
  height: number;
}

type Transformer = (line: string, index: number) => string;
type Clip = { x1?: number; x2?: number; y1?: number; y2?: number };
type Operation =
  | { type: 'write'; x: number; y: number; text: string; transformers: Transformer[] }
  | { type: 'clip'; clip: Clip }
  | { type: 'unclip' };

interface OutputCaches {
  widths: Map<string, number>;
  blockWidths: Map<string, number>;
  styledChars: Map<string, unknown>;
  getStringWidth(text: string): number;
  getWidestLine(text: string): number;
  getStyledChars(line: string): StyledChar[];
}

// Bounds in characters of the lines kept (each costs a styled-character object): about eight frames
// of 120×35, so a table's lines stay while a logs firehose, whose lines are all new, holds ~3 MB.
const MAX_CHARACTERS = 32_000;
const MAX_WIDTHS = 4000;

let installed: Promise<boolean> | undefined;
let painted = 0;
let composed = 0;

/** How many rows have been painted and styled since the process started (the rest were reused). */
export const rowsPainted = (): number => painted;
/** How many of those were composed from runs (composeRow) rather than by Ink cell by cell. */
export const rowsComposed = (): number => composed;

/** Installs the shared caches once per process; resolves whether Ink took them. */
export function shareInkOutputCaches(): Promise<boolean> {
  installed ??= install();
  return installed;
}

async function install(): Promise<boolean> {
  let Output: InkOutputClass | undefined;
  try {
    Output = (await importInkOutput()).default as InkOutputClass | undefined;
  } catch {
    return false;
  }
  if (typeof Output !== 'function' || typeof Output.prototype.get !== 'function') return false;
  const shared = new Output({ width: 1, height: 1 }).caches;
  if (!shared || !(shared.widths instanceof Map) || !(shared.blockWidths instanceof Map) || !(shared.styledChars instanceof Map)) return false;
  if (typeof shared.getStringWidth !== 'function' || typeof shared.getWidestLine !== 'function' || typeof shared.getStyledChars !== 'function') return false;
  const get = Output.prototype.get;
  const rows = new RowCache();
  Output.prototype.get = function getWithSharedCaches() {
    trimOldest(shared.styledChars, MAX_CHARACTERS, (line) => line.length);
    trimOldest(shared.widths, MAX_WIDTHS, () => 1);
    trimOldest(shared.blockWidths, MAX_WIDTHS, () => 1);
    this.caches = shared;
    if (!Array.isArray(this.operations)) return get.call(this);
    const writes = rowWrites(this);
    const paintRow = (row: readonly RowWrite[]): string => {
      const text = composeRow(row, this.width, shared);
      if (text !== undefined) {
        composed++;
        return text;
      }
      const one = new Output({ width: this.width, height: 1 });
      one.caches = shared;
      one.operations = row.map(({ x, line }) => ({ type: 'write', x, y: 0, text: line, transformers: [] }));
      return get.call(one).output;
    };
    return { output: rows.frame(this.width, writes, paintRow).join('\n'), height: this.height };
  };
  return true;
}

interface RowWrite {
  x: number;
  line: string;
}

/**
 * What each row of the frame receives, in order: Ink's get() with the painting left out (the same
 * clipping, with the same slicing and widths, and each line through its transformers).
 */
function rowWrites(output: InkOutput): RowWrite[][] {
  const rows: RowWrite[][] = Array.from({ length: output.height }, () => []);
  const clips: Clip[] = [];
  const { caches } = output;
  for (const operation of output.operations) {
    if (operation.type === 'clip') clips.push(operation.clip);
    else if (operation.type === 'unclip') clips.pop();
    else if (operation.type === 'write') {
      let { x, y } = operation;
      let lines = operation.text.split('\n');
      const clip = clips.at(-1);
      if (clip) {
        const horizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
        const vertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
        if (horizontally) {
          const width = caches.getWidestLine(operation.text);
          if (x + width < clip.x1! || x > clip.x2!) continue;
        }
        if (vertically && (y + lines.length < clip.y1! || y > clip.y2!)) continue;
        if (horizontally) {
          const left = x;
          lines = lines.map((line) => {
            const from = left < clip.x1! ? clip.x1! - left : 0;
            const width = caches.getStringWidth(line);
            const to = left + width > clip.x2! ? clip.x2! - left : width;
            // Plain ASCII is one cell per character: slice-ansi's tokenizing would return the same.
            return PLAIN.test(line) ? line.slice(from, to) : slicedStyled(line, from, to);
          });
          if (x < clip.x1!) x = clip.x1!;
        }
        if (vertically) {
          const from = y < clip.y1! ? clip.y1! - y : 0;
          const to = y + lines.length > clip.y2! ? clip.y2! - y : lines.length;
          lines = lines.slice(from, to);
          if (y < clip.y1!) y = clip.y1!;
        }
      }
      // As Ink: a line that falls outside the frame does not advance to the next row.
      let offsetY = 0;
      for (const [index, text] of lines.entries()) {
        const row = rows[y + offsetY];
        if (!row) continue;
        let line = text;
        for (const transformer of operation.transformers) line = transformer(line, index);
        row.push({ x, line });
        offsetY++;
      }
    }
  }
  return rows;
}

const PLAIN = /^[\u0020-\u007e]*$/;

// The frame's box clips horizontally, so Ink slices every styled line of every frame (a coloured
// border, a row with a coloured cell) with slice-ansi, which tokenizes it: the same lines, cut at the
// same places, frame after frame. Bounded like the other caches: emptied when full.
const MAX_SLICES = 4000;
const slices = new Map<string, string>();

function slicedStyled(line: string, from: number, to: number): string {
  const key = `${from}\u0000${to}\u0000${line}`;
  let sliced = slices.get(key);
  if (sliced === undefined) {
    sliced = sliceAnsi(line, from, to);
    if (slices.size >= MAX_SLICES) slices.clear();
    slices.set(key, sliced);
  }
  return sliced;
}

/**
 * The row Ink's get() would paint from these writes, as runs; undefined when writes overlap or
 * reach past the width (Ink paints those: later writes win cell by cell, and cells past the width
 * are not padded).
 */
export function composeRow(row: readonly RowWrite[], width: number, caches: Pick<OutputCaches, 'getStringWidth' | 'getStyledChars'>): string | undefined {
  const ordered = row.length > 1 ? [...row].sort((a, b) => a.x - b.x) : row;
  const cells: StyledChar[] = [];
  let plain = '';
  let column = 0;
  const endRun = () => {
    if (plain) cells.push({ type: 'char', value: plain, fullWidth: false, styles: [] });
    plain = '';
  };
  for (const { x, line } of ordered) {
    if (!Number.isInteger(x) || x < column || x > width) return undefined;
    plain += ' '.repeat(x - column);
    column = x;
    if (PLAIN.test(line)) {
      plain += line;
      column += line.length;
    } else {
      endRun();
      for (const character of caches.getStyledChars(line)) {
        cells.push(character);
        // As Ink: a character takes at least one cell, and a wide one's second cell is empty.
        const cellsTaken = Math.max(1, caches.getStringWidth(character.value));
        for (let extra = 1; extra < cellsTaken; extra++) cells.push({ type: 'char', value: '', fullWidth: false, styles: character.styles });
        column += cellsTaken;
      }
    }
    if (column > width) return undefined;
  }
  plain += ' '.repeat(width - column);
  endRun();
  return styledCharsToString(cells).trimEnd();
}

const sameWrites = (a: readonly RowWrite[] | undefined, b: readonly RowWrite[]): boolean =>
  a !== undefined && a.length === b.length && a.every((write, i) => write.x === b[i].x && write.line === b[i].line);

/** The previous frame's rows: what was written into each, and the string it made. */
class RowCache {
  private width = -1;
  private writes: (readonly RowWrite[])[] = [];
  private texts: string[] = [];

  frame(width: number, writes: readonly (readonly RowWrite[])[], paint: (row: readonly RowWrite[]) => string): string[] {
    if (width !== this.width) {
      this.width = width;
      this.writes = [];
      this.texts = [];
    }
    // The writes are compared as they are, not joined into a key per row: a frame then allocates
    // nothing for its unchanged rows.
    const texts: string[] = [];
    for (const [y, row] of writes.entries()) {
      if (sameWrites(this.writes[y], row)) {
        texts.push(this.texts[y]);
      } else {
        painted++;
        texts.push(paint(row));
      }
    }
    this.writes = writes.slice();
    this.texts = texts;
    return texts;
  }
}

// Maps iterate in insertion order: over the bound, the lines seen longest ago go until half is left.
function trimOldest(cache: Map<string, unknown>, bound: number, sizeOf: (key: string) => number): void {
  let total = 0;
  for (const key of cache.keys()) total += sizeOf(key);
  if (total <= bound) return;
  for (const key of cache.keys()) {
    if (total <= bound / 2) break;
    total -= sizeOf(key);
    cache.delete(key);
  }
}
