// Ink lays every frame out into a new Output whose caches (each written line tokenized into styled
// characters, string widths) are dropped with it, so every frame tokenizes every line again, one
// grapheme at a time, although nearly every line is the one the previous frame drew. That was
// about half of Ink's time per frame at 120×35. This keeps one set of those caches across frames.
//
// Output is internal to Ink (its package exports only the index; see inkOutputModule.ts), and the
// hook checks the shape it relies on: an Ink whose Output differs is left as it is, only slower. test/ui/inkOutputCache.test.ts fails if the installed Ink no longer takes the hook.

import { importInkOutput } from './inkOutputModule.js';

/** The part of Ink 6.8's Output this relies on. */
interface InkOutputClass {
  new (options: { width: number; height: number }): { caches: OutputCaches; get(): unknown };
  prototype: { get(this: { caches: OutputCaches }): unknown };
}

interface OutputCaches {
  widths: Map<string, number>;
  blockWidths: Map<string, number>;
  styledChars: Map<string, unknown>;
}

// Bounds in characters of the lines kept (each costs a styled-character object): about eight frames
// of 120×35, so a table's lines stay while a logs firehose, whose lines are all new, holds ~3 MB.
const MAX_CHARACTERS = 32_000;
const MAX_WIDTHS = 4000;

let installed: Promise<boolean> | undefined;

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
  const get = Output.prototype.get;
  Output.prototype.get = function getWithSharedCaches() {
    trimOldest(shared.styledChars, MAX_CHARACTERS, (line) => line.length);
    trimOldest(shared.widths, MAX_WIDTHS, () => 1);
    trimOldest(shared.blockWidths, MAX_WIDTHS, () => 1);
    this.caches = shared;
    return get.call(this);
  };
  return true;
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
