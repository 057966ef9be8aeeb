// Scrolling over text lines and ink-tables as if all were lines. An ink-table of n rows is 2n + 3
// lines (top border, heading, a separator above each row, bottom border); a table cut by the
// window keeps the rows whose data line is visible.
import type { Block } from './findingBlocks.js';

export function blockHeight(block: Block): number {
  return block.type === 'text' ? block.lines.length : 2 * block.data.length + 3;
}

export function totalHeight(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + blockHeight(block), 0);
}

/** The parts of `blocks` visible in lines [top, top + visible). */
export function windowBlocks(blocks: readonly Block[], top: number, visible: number): Block[] {
  const end = top + visible;
  const shown: Block[] = [];
  let start = 0;
  for (const block of blocks) {
    const height = blockHeight(block);
    const from = Math.max(top, start);
    const to = Math.min(end, start + height);
    if (from < to) {
      if (block.type === 'text') {
        shown.push({ type: 'text', lines: block.lines.slice(from - start, to - start) });
      } else {
        const rows = block.data.filter((_, i) => {
          const dataLine = start + 3 + 2 * i;
          return dataLine >= top && dataLine < end;
        });
        if (rows.length > 0) shown.push({ type: 'table', columns: block.columns, data: rows });
      }
    }
    start += height;
  }
  return shown;
}
