// Shared cell helpers: every renderer builds rows through makeRow so no cell skips sanitizing.
import { ageOf, formatAge } from '../domain/age.js';
import { sanitizeForTerminal } from './sanitize.js';
import type { Row } from './types.js';

export function makeRow(uid: string, cells: (string | number | undefined)[], extras: Omit<Row, 'cells' | 'uid'>): Row {
  return { uid, cells: cells.map(cellText), ...extras };
}

/** One cell as makeRow writes it: sanitized, '-' when empty. */
export function cellText(cell: string | number | undefined): string {
  return sanitizeForTerminal(cell === undefined || cell === '' ? '-' : String(cell));
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
