// Resuming a dropped stream with sinceTime repeats lines at (and, when the server rounds to
// seconds, shortly before) that time. We know which lines we saw at the last timestamp, so the
// repeats are recognised by timestamp + text and skipped; later lines pass.
import { compareTimestamps } from './timestamps.js';

export class ResumeDedup {
  private lastTimestamp: string | undefined;
  private seenAtLast = new Map<string, number>();
  private resumeFrom: { timestamp: string; seen: Map<string, number> } | undefined;

  /** The timestamp to resume from (RFC 3339), if any line with a timestamp has been seen. */
  get resumeTimestamp(): string | undefined {
    return this.lastTimestamp;
  }

  /** Call before reopening the stream with sinceTime = resumeTimestamp. */
  beginResume(): void {
    if (this.lastTimestamp) this.resumeFrom = { timestamp: this.lastTimestamp, seen: new Map(this.seenAtLast) };
  }

  /** Forget everything: the next stream is a different container instance. */
  reset(): void {
    this.lastTimestamp = undefined;
    this.seenAtLast = new Map();
    this.resumeFrom = undefined;
  }

  /** Whether a line should be kept; records it as seen when kept. */
  accept(timestamp: string | undefined, text: string): boolean {
    if (timestamp === undefined) return true;
    if (this.resumeFrom) {
      const order = compareTimestamps(timestamp, this.resumeFrom.timestamp);
      if (order < 0) return false;
      if (order === 0) {
        const count = this.resumeFrom.seen.get(text) ?? 0;
        if (count > 0) {
          this.resumeFrom.seen.set(text, count - 1);
          return false;
        }
      } else {
        this.resumeFrom = undefined;
      }
    }
    if (timestamp !== this.lastTimestamp) {
      this.lastTimestamp = timestamp;
      this.seenAtLast = new Map();
    }
    this.seenAtLast.set(text, (this.seenAtLast.get(text) ?? 0) + 1);
    return true;
  }
}
