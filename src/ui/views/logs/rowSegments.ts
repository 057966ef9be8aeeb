// One log entry as styled segments (pod prefix, timestamp, text with highlighted matches), and
// the cutting of those segments into screen rows of a given width.
import type { LogFilter } from '../../../logs/logFilter.js';
import { matchRanges } from '../../../logs/logFilter.js';
import type { LogEntry } from '../../../logs/logEntry.js';
import { displayTimestamp } from '../../../logs/timestamps.js';
import type { PodLabel } from '../../../logs/podLabels.js';
import { graphemesOf, isPlainAscii } from '../../../render/displayWidth.js';

export type SegmentStyle = 'prefix' | 'timestamp' | 'text' | 'match' | 'currentMatch' | 'separator' | 'notice';

export interface Segment {
  text: string;
  style: SegmentStyle;
  /** Prefix segments: the pod's colour slot (see podColour in theme.ts). */
  colourIndex?: number;
}

export interface SegmentOptions {
  showTimestamps: boolean;
  /** Merged logs: the pod's label, padded to `prefixWidth`. */
  label?: PodLabel;
  prefixWidth: number;
  filter?: LogFilter;
  isCurrentMatch: boolean;
}

export function entrySegments(entry: LogEntry, options: SegmentOptions): Segment[] {
  const segments: Segment[] = [];
  if (options.label) segments.push({ text: options.label.short.padEnd(options.prefixWidth) + ' ', style: 'prefix', colourIndex: options.label.colourIndex });
  if (entry.kind !== 'line') {
    segments.push({ text: entry.text, style: entry.kind });
    return segments;
  }
  if (options.showTimestamps && entry.timestamp) segments.push({ text: displayTimestamp(entry.timestamp) + ' ', style: 'timestamp' });
  const matchStyle: SegmentStyle = options.isCurrentMatch ? 'currentMatch' : 'match';
  let at = 0;
  for (const [start, end] of matchRanges(options.filter, entry.text)) {
    if (start > at) segments.push({ text: entry.text.slice(at, start), style: 'text' });
    segments.push({ text: entry.text.slice(start, end), style: matchStyle });
    at = end;
  }
  if (at < entry.text.length || segments.length === 0) segments.push({ text: entry.text.slice(at), style: 'text' });
  return segments;
}

export function segmentsLength(segments: readonly Segment[]): number {
  return segments.reduce((total, segment) => total + segment.text.length, 0);
}

/**
 * The rows the segments take at `width` cells: one (cut) without wrap, as many as needed with it.
 * Cut by display width: a CJK character takes two cells and an emoji is never split in half.
 */
export function cutIntoRows(segments: readonly Segment[], width: number, wrap: boolean): Segment[][] {
  const columns = Math.max(1, width);
  if (segments.every((segment) => isPlainAscii(segment.text))) return cutPlainRows(segments, columns, wrap);
  const rows: Segment[][] = [[]];
  let used = 0;
  for (const segment of segments) {
    let piece = '';
    const close = () => {
      if (piece) rows[rows.length - 1].push({ ...segment, text: piece });
      piece = '';
    };
    for (const { grapheme, width: cells } of graphemesOf(segment.text)) {
      if (used + cells > columns && used > 0) {
        close();
        if (!wrap) return rows;
        rows.push([]);
        used = 0;
      }
      piece += grapheme;
      used += cells;
    }
    close();
  }
  return rows;
}

// One cell per character: rows are plain slices.
function cutPlainRows(segments: readonly Segment[], columns: number, wrap: boolean): Segment[][] {
  const total = segmentsLength(segments);
  const rowCount = wrap ? Math.max(1, Math.ceil(total / columns)) : 1;
  const rows: Segment[][] = [];
  for (let row = 0; row < rowCount; row++) rows.push(sliceSegments(segments, row * columns, (row + 1) * columns));
  return rows;
}

function sliceSegments(segments: readonly Segment[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + segment.text.length);
    if (start < end) out.push({ ...segment, text: segment.text.slice(start - offset, end - offset) });
    offset += segment.text.length;
    if (offset >= to) break;
  }
  return out;
}
