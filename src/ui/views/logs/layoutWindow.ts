// Which rows fill the pane: only the lines in view are turned into rows, so a full ring costs
// the same per frame as a few lines. Following, the window ends at the newest line; paused, it
// starts at the anchored line.
import type { LogFilter } from '../../../logs/logFilter.js';
import type { LogEntry } from '../../../logs/logEntry.js';
import type { PodLabel } from '../../../logs/podLabels.js';
import type { LineRing } from '../../../logs/ringBuffer.js';
import { cutIntoRows, entrySegments, type Segment } from './rowSegments.js';
import type { SeqList } from './seqList.js';

export interface WindowRequest {
  ring: LineRing<LogEntry>;
  list: SeqList;
  /** undefined: follow the bottom. */
  topSeq: number | undefined;
  height: number;
  width: number;
  wrap: boolean;
  showTimestamps: boolean;
  labels?: Map<string, PodLabel>;
  filter?: LogFilter;
  currentMatchSeq?: number;
}

export interface LogRow {
  key: string;
  seq: number;
  segments: Segment[];
}

export interface LogWindow {
  rows: LogRow[];
  /** Index in the list of the first line shown (partly, when wrapped). */
  topIndex: number;
  /** Index one past the last line shown. */
  endIndex: number;
}

export function layoutWindow(request: WindowRequest): LogWindow {
  const { list, height } = request;
  const prefixWidth = request.labels ? Math.max(0, ...[...request.labels.values()].map((label) => label.short.length)) : 0;
  const rowsOf = (index: number): LogRow[] => {
    const seq = list.at(index);
    const entry = request.ring.at(seq);
    if (!entry) return [];
    const segments = entrySegments(entry, {
      showTimestamps: request.showTimestamps,
      label: request.labels?.get(entry.pod),
      prefixWidth,
      filter: request.filter,
      isCurrentMatch: seq === request.currentMatchSeq,
    });
    return cutIntoRows(segments, request.width, request.wrap).map((row, part) => ({ key: `${seq}:${part}`, seq, segments: row }));
  };

  if (height <= 0 || list.length === 0) return { rows: [], topIndex: 0, endIndex: 0 };

  if (request.topSeq === undefined) {
    const rows: LogRow[] = [];
    let index = list.length;
    while (index > 0 && rows.length < height) rows.unshift(...rowsOf(--index));
    return { rows: rows.slice(rows.length - Math.min(rows.length, height)), topIndex: index, endIndex: list.length };
  }

  const topIndex = Math.min(list.indexAtOrAfter(request.topSeq), list.length - 1);
  const rows: LogRow[] = [];
  let index = topIndex;
  while (index < list.length && rows.length < height) rows.push(...rowsOf(index++));
  return { rows: rows.slice(0, height), topIndex, endIndex: index };
}
