// Usage columns (CPU, MEM, percentages of requests, limits or allocatable) added to a kind's
// renderer from the snapshot's metrics. The kind's own row is derived (and cached) as before; the
// usage cells are spliced in at `at`, and a row whose usage cells read the same as last time is
// the same row object, so a poll that changes nothing on screen draws nothing.
import { memoSlot } from '../domain/memo.js';
import type { IndexedSnapshot } from './clusterIndex.js';
import { cellText, withCells } from './cells.js';
import type { Column, Renderer, Row, Tone } from './types.js';
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
  base: Row;
  usage: UsageCells;
  row: Row;
}

const sameCells = (a: UsageCells, b: UsageCells): boolean =>
  a.cells.length === b.cells.length && a.cells.every((cell, i) => cell === b.cells[i]) && (a.tones ?? []).every((tone, i) => tone === b.tones?.[i]) && (b.tones ?? []).length === (a.tones ?? []).length;

export function withUsageColumns<T extends KubeObject>(
  base: Renderer<T>,
  usage: { at: number; columns: readonly Column[]; cells(obj: T, snapshot: IndexedSnapshot): UsageCells },
): Renderer<T> {
  const rows = memoSlot<Row, Spliced>(`usage rows at ${usage.at} of ${base.columns.map((c) => c.header).join(',')}`);
  const columns = [...base.columns.slice(0, usage.at), ...usage.columns, ...base.columns.slice(usage.at)];
  const width = usage.columns.length;
  const splice = (row: Row, cells: UsageCells): Row => {
    const texts = cells.cells.map(cellText);
    const spliced = withCells(row, [...row.cells.slice(0, usage.at), ...texts, ...row.cells.slice(usage.at)]);
    const toneCell = row.toneCell !== undefined && row.toneCell >= usage.at ? row.toneCell + width : row.toneCell;
    let cellTones: (Tone | undefined)[] | undefined;
    cells.tones?.forEach((tone, i) => {
      if (tone) (cellTones ??= [])[usage.at + i] = tone;
    });
    return { ...spliced, ...(toneCell !== undefined ? { toneCell } : {}), ...(cellTones ? { cellTones } : {}) };
  };
  return {
    ...base,
    columns,
    toRow(obj, snapshot, now) {
      const row = base.toRow(obj, snapshot, now);
      const cells = usage.cells(obj, snapshot);
      const cache = snapshot.memo.of(rows);
      const known = cache.get(row);
      if (known && sameCells(known.usage, cells)) return known.row;
      const spliced = splice(row, cells);
      cache.set(row, { base: row, usage: cells, row: spliced });
      return spliced;
    },
    // A poll changes any row's usage: every row is derived again (the kind's own part is cached).
    changedRows: (before, after) => (before.metrics === after.metrics ? base.changedRows?.(before, after) : undefined),
  };
}
