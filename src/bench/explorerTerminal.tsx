// The explorer rendered into an in-memory terminal for measuring: every frame Ink writes is kept
// with the time it was written. Ink runs in debug mode so each render writes at once, unthrottled,
// which makes "time until the frame is on screen" the cost of the update and not Ink's 30 fps pacing.
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { render } from 'ink';
import type { Clock } from '../domain/clock.js';
import type { ClusterStore } from '../store/clusterStore.js';
import { App } from '../ui/App.js';
import { StoreProvider } from '../ui/StoreContext.js';
import { MemoryStdin } from '../ui/memoryStdin.js';

export interface WrittenFrame {
  text: string;
  /** performance.now() when Ink wrote it. */
  at: number;
}

class MemoryStdout extends EventEmitter {
  isTTY = false;
  last: WrittenFrame = { text: '', at: 0 };
  waiters: { since: number; check: (text: string) => boolean; resolve: (frame: WrittenFrame) => void }[] = [];
  constructor(readonly columns: number, readonly rows: number) {
    super();
  }
  write = (text: string): boolean => {
    this.last = { text, at: performance.now() };
    this.waiters = this.waiters.filter((waiter) => {
      if (this.last.at < waiter.since || !waiter.check(text)) return true;
      waiter.resolve(this.last);
      return false;
    });
    return true;
  };
}

export interface MeasuredExplorer {
  /** The first frame written at or after `since` that passes `check`. */
  frameAfter(since: number, check: (text: string) => boolean, timeoutMs?: number): Promise<WrittenFrame>;
  lastFrame(): string;
  unmount(): void;
}

export function renderExplorer(store: ClusterStore, clock: Clock, size = { columns: 120, rows: 35 }): MeasuredExplorer {
  const stdout = new MemoryStdout(size.columns, size.rows);
  const instance = render(
    <StoreProvider store={store}>
      <App clock={clock} />
    </StoreProvider>,
    { stdout: stdout as unknown as NodeJS.WriteStream, stdin: new MemoryStdin() as unknown as NodeJS.ReadStream, debug: true, exitOnCtrlC: false, patchConsole: false },
  );
  return {
    frameAfter(since, check, timeoutMs = 30_000) {
      if (stdout.last.at >= since && check(stdout.last.text)) return Promise.resolve(stdout.last);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching frame within ${timeoutMs} ms; the last began: ${JSON.stringify(stdout.last.text.slice(0, 300))}`)), timeoutMs);
        stdout.waiters.push({ since, check, resolve: (frame) => (clearTimeout(timer), resolve(frame)) });
      });
    },
    lastFrame: () => stdout.last.text,
    unmount: () => instance.unmount(),
  };
}
