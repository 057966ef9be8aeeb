// Usage columns (CPU, MEM, percentages of requests, limits or allocatable) added to a kind's
// renderer from the snapshot's metrics. The kind's own row is derived (and cached) as before; the
// usage cells are spliced in at `at`, and a row whose usage cells read the same as last time is
// the same row object, so a poll that changes nothing on screen draws nothing.
import { memoSlot } from '../domain/memo.js';
import type { IndexedSnapshot } from './clusterIndex.js';
import { cellText } from './cells.js';
import { displayWidth, isPlainAscii } from './displayWidth.js';
import { problemOf, problemsChangedOf, type Column, type Renderer, type Row, type Tone } from './types.js';
import type { KubeObject } from '../domain/resources.js';

export interface UsageCells {
  cells: string[];
  /** A colour per usage cell (a limit's percentage past a threshold). */
  tones?: (Tone | undefined)[];
}

export const NOT_AVAILABLE = 'n/a';

/** k9s' thresholds for a percentage of a limit: 70 % warns, 90 % is an error. */
export function percentTone(percent: number | undefined): Tone | undefined {
  if (percent === undefined) return undefined;
  return percent >= 90 ? 'danger' : percent >= 70 ? 'warn' : undefined;
}

export const percentCell = (percent: number | undefined): string => (percent === undefined ? NOT_AVAILABLE : `${percent}`);

interface Spliced {
  usage: UsageCells;
  row: Row;
}

const sameCells = (a: UsageCells, b: UsageCells): boolean =>
  a === b ||
  (a.cells.length === b.cells.length && a.cells.every((cell, i) => cell === b.cells[i]) && (a.tones ?? []).every((tone, i) => tone === b.tones?.[i]) && (b.tones ?? []).length === (a.tones ?? []).length);

export function withUsageColumns<T extends KubeObject>(
  base: Renderer<T>,
  usage: { at: number; columns: readonly Column[]; cells(obj: T, snapshot: IndexedSnapshot): UsageCells },
): Renderer<T> {
  const rows = memoSlot<Row, Spliced>(`usage rows at ${usage.at} of ${base.columns.map((c) => c.header).join(',')}`);
  const columns = [...base.columns.slice(0, usage.at), ...usage.columns, ...base.columns.slice(usage.at)];
  const width = usage.columns.length;
  // The base row's cells are sanitized and measured already: only the usage cells are new. A scrape
  // splices every row of the table (5,000 on :pods), so each array is built once, without copies.
  const splice = (row: Row, cells: UsageCells): Row => {
    const base = row.cells;
    const all: string[] = [];
    let ascii = true;
    for (let i = 0; i < usage.at; i++) all.push(base[i]);
    for (let i = 0; i < width; i++) {
      const text = cellText(cells.cells[i]);
      all.push(text);
      ascii &&= isPlainAscii(text);
    }
    for (let i = usage.at; i < base.length; i++) all.push(base[i]);
    const spliced: Row = { ...row, cells: all };
    if (row.cellWidths || !ascii) {
      const widths = row.cellWidths;
      spliced.cellWidths = all.map((text, i) => (i < usage.at ? widths?.[i] ?? text.length : i < usage.at + width ? displayWidth(text) : widths?.[i - width] ?? text.length));
    }
    if (row.toneCell !== undefined && row.toneCell >= usage.at) spliced.toneCell = row.toneCell + width;
    let cellTones: (Tone | undefined)[] | undefined;
    cells.tones?.forEach((tone, i) => {
      if (tone) (cellTones ??= [])[usage.at + i] = tone;
    });
    if (cellTones) spliced.cellTones = cellTones;
    return spliced;
  };
  return {
    ...base,
    columns,
    toRow(obj, snapshot, now) {
      const row = base.toRow(obj, snapshot, now);
      const cells = usage.cells(obj, snapshot);
      const cache = snapshot.memo.of(rows);
      const known = cache.get(row);
      if (known && sameCells(known.usage, cells)) {
        // The next scrape is compared with this one's cells: by identity while they are kept.
        known.usage = cells;
        return known.row;
      }
      const spliced = splice(row, cells);
      if (known) {
        known.usage = cells;
        known.row = spliced;
      } else cache.set(row, { usage: cells, row: spliced });
      return spliced;
    },
    // Usage never makes a row a problem: the kind's own row says.
    isProblem: (obj, snapshot, now) => problemOf(base, obj, snapshot, now),
    problemsChanged: (before, after) => problemsChangedOf(base as Renderer, before, after),
    // A poll changes any row's usage: every row is derived again (the kind's own part is cached).
    changedRows: (before, after) => (before.metrics === after.metrics ? base.changedRows?.(before, after) : undefined),
  };
}
