// The k9s "renderer" contract: a kind's columns and a pure object → row function.
import type { KindName, KubeObject } from '../domain/resources.js';
import type { IndexedSnapshot } from './clusterIndex.js';

export type Tone = 'danger' | 'warn' | 'ok';

export interface Column {
  header: string;
  /** Preferred width in cells; flexible columns share what is left of the terminal width. */
  width: number;
  flex?: boolean;
  /** Narrowest a flexible column may shrink to; defaults to 10. */
  min?: number;
  /** When not all columns fit, the lowest priority goes first; defaults to 1. */
  priority?: number;
  /** A flexible column whose cells must stay readable: lower-priority columns are dropped before it is truncated. */
  whole?: boolean;
}

export interface Row {
  cells: string[];
  /**
   * When the clock reaching this time may change the row for the same objects (an AGE cell's next
   * unit, a progress deadline); absent or Infinity when the clock plays no part. Tables re-derive
   * a row for the clock only once it is due, so an "8d" is derived again once a day.
   */
  changesAt?: number;
  /** Display widths of the cells, present only when a cell is not plain ASCII (a CJK or emoji message). */
  cellWidths?: number[];
  /** Rendered dimmed: a stale ReplicaSet. The row's text must still say why (NO_COLOR). */
  dim?: boolean;
  tone?: Tone;
  /** The cell the tone colours; the whole row when absent. */
  toneCell?: number;
  /** Colours of single cells besides toneCell (a usage percentage past its threshold), by cell index. */
  cellTones?: readonly (Tone | undefined)[];
  problem: boolean;
  uid: string;
}

export interface Renderer<T extends KubeObject = KubeObject> {
  columns: readonly Column[];
  /** Columns that depend on the objects (a Table form's, the server's); `columns` when absent. */
  columnsFor?(objects: readonly T[]): readonly Column[];
  /** Kinds besides its own that its rows read (through the snapshot): watched while its list is open. */
  reads?: readonly KindName[];
  /** Cells are already sanitized for the terminal. */
  toRow(obj: T, snapshot: IndexedSnapshot, now: number): Row;
  /**
   * toRow's `problem` without the cells a wrapper adds (usage, NAMESPACE): a table's cursor looks
   * for the first problem row among rows it does not show. toRow(...).problem when absent.
   */
  isProblem?(obj: T, snapshot: IndexedSnapshot, now: number): boolean;
  /** changedRows for what isProblem reads (not a wrapper's cells, which change with every scrape); changedRows when absent. */
  problemsChanged?(before: IndexedSnapshot, after: IndexedSnapshot): ReadonlySet<string> | undefined;
  /** The default order of the list, before any user sort; reads only the two objects (orders are cached per list). */
  compare(a: T, b: T): number;
  /**
   * Of the same objects, those whose rows may read differently in `after` than in `before`, when
   * that can be told without rendering them; undefined when it cannot, and every row is derived.
   * The clock is not its concern: a row says when it changes with time (Row.changesAt).
   */
  changedRows?(before: IndexedSnapshot, after: IndexedSnapshot): ReadonlySet<string> | undefined;
}

/** Whether the object's row is a problem, as cheaply as its renderer can tell. */
export const problemOf = <T extends KubeObject>(renderer: Renderer<T>, obj: T, snapshot: IndexedSnapshot, now: number): boolean =>
  renderer.isProblem ? renderer.isProblem(obj, snapshot, now) : renderer.toRow(obj, snapshot, now).problem;

/** Of the same objects, those whose isProblem may answer differently in `after`; undefined when that cannot be told. */
export const problemsChangedOf = (renderer: Renderer, before: IndexedSnapshot, after: IndexedSnapshot): ReadonlySet<string> | undefined =>
  renderer.problemsChanged ? renderer.problemsChanged(before, after) : renderer.changedRows?.(before, after);
