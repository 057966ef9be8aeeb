// The lines the pane can show, as sequence numbers into the ring: all of them, or the ones the
// filter keeps. Without a filter nothing is copied; with one, only numbers are.
import type { LogFilter } from '../../../logs/logFilter.js';
import { lineMatches } from '../../../logs/logFilter.js';
import type { LogEntry } from '../../../logs/logEntry.js';
import type { LineRing } from '../../../logs/ringBuffer.js';

export interface SeqList {
  readonly length: number;
  at(index: number): number;
  /** Index of the first listed seq at or after `seq` (length when none). */
  indexAtOrAfter(seq: number): number;
}

export function visibleSeqs(ring: LineRing<LogEntry>, filter: LogFilter | undefined): SeqList {
  const first = ring.firstSeq;
  if (!filter) {
    return {
      length: ring.length,
      at: (index) => first + index,
      indexAtOrAfter: (seq) => Math.min(ring.length, Math.max(0, seq - first)),
    };
  }
  const seqs: number[] = [];
  for (let seq = first; seq < ring.endSeq; seq++) {
    const entry = ring.at(seq);
    // Separators and notices stay visible so a filtered view still shows where restarts happened.
    if (entry && (entry.kind !== 'line' || lineMatches(filter, entry.text))) seqs.push(seq);
  }
  return {
    length: seqs.length,
    at: (index) => seqs[index],
    indexAtOrAfter: (seq) => {
      let low = 0;
      let high = seqs.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (seqs[mid] < seq) low = mid + 1;
        else high = mid;
      }
      return low;
    },
  };
}
