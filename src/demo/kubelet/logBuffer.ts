// The output of one container instance: a bounded list of lines plus the followers waiting for
// more, who are told when the instance ends.
import type { LogLine } from '../logSource.js';

export const DEFAULT_MAX_LINES = 5_000;

interface Follower {
  onLine: (line: LogLine) => void;
  onEnd: () => void;
}

export class LogBuffer {
  private readonly lines: LogLine[] = [];
  private readonly followers = new Set<Follower>();
  private ended = false;

  constructor(private readonly maxLines = DEFAULT_MAX_LINES) {}

  get isEnded(): boolean {
    return this.ended;
  }

  append(line: LogLine): void {
    if (this.ended) return;
    this.lines.push(line);
    if (this.lines.length > this.maxLines) this.lines.splice(0, this.lines.length - this.maxLines);
    for (const follower of [...this.followers]) follower.onLine(line);
  }

  /** Lines filtered as the logs API does: since a time, then the last `tailLines`. */
  read(options: { sinceMs?: number; tailLines?: number } = {}): LogLine[] {
    let selected = options.sinceMs === undefined ? [...this.lines] : this.lines.filter((line) => line.time >= options.sinceMs!);
    if (options.tailLines !== undefined) selected = options.tailLines <= 0 ? [] : selected.slice(-options.tailLines);
    return selected;
  }

  /** Notifies new lines until the instance ends; an ended buffer ends the follower at once. */
  follow(onLine: (line: LogLine) => void, onEnd: () => void): () => void {
    if (this.ended) {
      // Deferred so the caller has the unsubscribe function before onEnd runs.
      queueMicrotask(onEnd);
      return () => {};
    }
    const follower = { onLine, onEnd };
    this.followers.add(follower);
    return () => this.followers.delete(follower);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    const followers = [...this.followers];
    this.followers.clear();
    for (const follower of followers) follower.onEnd();
  }
}
