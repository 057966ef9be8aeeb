// Formats the bench results as a plain table (stdout, no colours, so it can be pasted into the README).
import type { BenchFigure } from './benchSection.js';

export interface SectionResult {
  title: string;
  figures: BenchFigure[];
  error?: string;
}

const formatValue = (figure: BenchFigure): string => {
  const digits = figure.unit === 'count' ? 0 : figure.value < 10 ? 2 : 1;
  const unit = figure.unit === 'x' ? '×' : figure.unit === 'count' ? '' : ` ${figure.unit}`;
  return `${figure.value.toFixed(digits)}${unit}`;
};

/** One block per section: its title, then figure, value, target and verdict in aligned columns. */
export function formatBenchTable(results: readonly SectionResult[]): string {
  const rows: string[][] = [];
  for (const result of results) {
    if (result.error) rows.push(['FAILED', result.error, '', '']);
    for (const figure of result.figures) {
      const verdict = figure.ok === undefined ? '' : figure.ok ? 'ok' : 'MISSED';
      rows.push([figure.label, formatValue(figure), figure.target ?? '', verdict]);
    }
  }
  const widths = [0, 1, 2, 3].map((column) => Math.max(0, ...rows.map((row) => row[column].length)));
  const line = (row: string[]) => `  ${row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()}`;
  let next = 0;
  const blocks = results.map((result) => {
    const count = result.figures.length + (result.error ? 1 : 0);
    const block = [result.title, ...rows.slice(next, next + count).map(line)];
    next += count;
    return block.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
