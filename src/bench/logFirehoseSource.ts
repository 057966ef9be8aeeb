// A LogSource for the bench: one pod's current container is a firehose (lines written at a fixed
// rate, in catch-up batches every few ms); every other request goes to the demo kubelet.
import type { LogLine, LogQuery, LogSource } from '../demo/logSource.js';

export interface Firehose extends LogSource {
  /** Starts writing `linesPerSecond` to the pod's followers; resolves after `seconds`. */
  run(linesPerSecond: number, seconds: number): Promise<void>;
  /** Lines written so far. */
  readonly written: number;
}

const TICK_MS = 5;
/** About the length of a busy service's access log line. */
const PADDING = ' GET /api/meds/today HTTP/1.1 200 OK user=4711 latency_ms=3 trace=0af7651916cd43dd8448eb211c80319c';

/** The text of firehose line `n`: parseable back to its number, so gaps can be found. */
export const firehoseLine = (n: number): string => `firehose #${n}${PADDING}`;

export function parseFirehoseLine(text: string): number | undefined {
  const match = /^firehose #(\d+) /.exec(text);
  return match ? Number(match[1]) : undefined;
}

export function firehoseLogSource(base: LogSource, podName: string): Firehose {
  const followers = new Set<(line: LogLine) => void>();
  let written = 0;
  return {
    get written() {
      return written;
    },
    read(namespace: string, pod: string, query: LogQuery): LogLine[] {
      // The firehose pod has no history: the bench follows from the first line written.
      return pod === podName && !query.previous ? [] : base.read(namespace, pod, query);
    },
    follow(namespace, pod, container, onLine, onEnd) {
      if (pod !== podName) return base.follow(namespace, pod, container, onLine, onEnd);
      followers.add(onLine);
      return () => followers.delete(onLine);
    },
    run(linesPerSecond, seconds) {
      const started = Date.now();
      const total = Math.round(linesPerSecond * seconds);
      return new Promise((resolve) => {
        const timer = setInterval(() => {
          // Catch up to the rate, however late this tick fired.
          const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * linesPerSecond));
          for (; written < due; written++) {
            const line = { time: Date.now(), text: firehoseLine(written) };
            for (const onLine of followers) onLine(line);
          }
          if (written >= total) {
            clearInterval(timer);
            resolve();
          }
        }, TICK_MS);
      });
    },
  };
}
