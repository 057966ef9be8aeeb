// The `/` filter: a case-insensitive regex over the row's text, `!` inverts it, and `-l sel`
// filters by labels with kubectl's selector syntax. A half-typed regex falls back to a literal.
import { parseLabelSelector } from '../domain/labels.js';
import type { Row } from './types.js';

export type RowPredicate = (row: Row, labels: Record<string, string> | undefined) => boolean;

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileRowFilter(text: string): RowPredicate {
  const trimmed = text.trim();
  if (trimmed === '') return () => true;
  const label = /^-l\s+(.+)$/.exec(trimmed);
  if (label) {
    let matches: (labels: Record<string, string> | undefined) => boolean;
    try {
      matches = parseLabelSelector(label[1]);
    } catch {
      return () => false;
    }
    return (_row, labels) => matches(labels);
  }
  const inverted = trimmed.startsWith('!');
  const pattern = inverted ? trimmed.slice(1) : trimmed;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'i');
  } catch {
    regex = new RegExp(escapeRegex(pattern), 'i');
  }
  return (row) => regex.test(row.cells.join(' ')) !== inverted;
}
