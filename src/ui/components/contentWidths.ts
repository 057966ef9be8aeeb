// Sizes flexible columns to what they hold, so a short NAME does not take cells a long IMAGE
// needs. A `whole` column is not shrunk below its longest cell: when the row does not fit, lower
// priority columns are dropped first (layoutColumns), and the column itself goes only after them.
import type { Column, Row } from '../../render/types.js';

/** A flexible column never asks for more than this, so one absurd value cannot take the row. */
const MAX_NATURAL_WIDTH = 48;
const DEFAULT_MIN = 10;

export function fitColumnsToContent(columns: readonly Column[], rows: readonly Row[]): Column[] {
  return columns.map((column, i) => {
    if (!column.flex) return column;
    let longest = column.header.length;
    for (const row of rows) {
      const length = row.cellWidths?.[i] ?? row.cells[i]?.length ?? 0;
      if (length > longest) longest = length;
    }
    const natural = Math.min(longest, Math.max(MAX_NATURAL_WIDTH, column.width));
    const min = column.whole ? natural : Math.min(column.min ?? DEFAULT_MIN, natural);
    return { ...column, width: natural, min };
  });
}
