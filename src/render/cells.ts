// Shared cell helpers: every renderer builds rows through makeRow so no cell skips sanitizing.
import { ageOf, formatAge } from '../domain/age.js';
import { sanitizeLine } from '../text/sanitize.js';
import { displayWidth, isPlainAscii } from './displayWidth.js';
import type { Row } from './types.js';

export function makeRow(uid: string, cells: (string | number | undefined)[], extras: Omit<Row, 'cells' | 'uid' | 'cellWidths'>): Row {
  const texts = cells.map(cellText);
  return texts.every(isPlainAscii) ? { uid, cells: texts, ...extras } : { uid, cells: texts, cellWidths: texts.map(displayWidth), ...extras };
}

/** The row with these (already sanitized) cells; widths are measured once here, not per frame. */
export function withCells(row: Row, cells: string[]): Row {
  const { cellWidths: _previous, ...rest } = row;
  return cells.every(isPlainAscii) ? { ...rest, cells } : { ...rest, cells, cellWidths: cells.map(displayWidth) };
}

/** One cell as makeRow writes it: sanitized, '-' when empty. */
export function cellText(cell: string | number | undefined): string {
  return sanitizeLine(cell === undefined || cell === '' ? '-' : String(cell));
}

export function ageCell(timestamp: string | undefined | null, now: number): string {
  return timestamp ? formatAge(ageOf(timestamp, now)) : '-';
}

export function createdAt(obj: { metadata: { creationTimestamp?: string } }): number {
  const at = Date.parse(obj.metadata.creationTimestamp ?? '');
  return Number.isNaN(at) ? 0 : at;
}

export function byName(a: { metadata: { name: string } }, b: { metadata: { name: string } }): number {
  return a.metadata.name.localeCompare(b.metadata.name);
}
