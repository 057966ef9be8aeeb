// The logs pane rendered as the TUI renders it (Ink's normal, frame-paced output) into memory,
// with a stdin the bench can type into, so "how long did a key wait for its frame" is measured
// the way a user feels it.
import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { render } from 'ink';
import type { LogSession } from '../logs/logSession.js';
import { MemoryStdin } from '../ui/memoryStdin.js';
import { LogsView } from '../ui/views/LogsView.js';

class TimedStdout extends EventEmitter {
  isTTY = false;
  frames = 0;
  waiter: { check: (text: string) => boolean; resolve: (at: number) => void } | undefined;
  constructor(readonly columns: number, readonly rows: number) {
    super();
  }
  write = (text: string): boolean => {
    this.frames++;
    if (this.waiter?.check(text)) {
      this.waiter.resolve(performance.now());
      this.waiter = undefined;
    }
    return true;
  };
}

export interface LogsTerminal {
  /** Types `key` and resolves with the ms until a frame passing `check` was written. */
  press(key: string, check: (frame: string) => boolean, timeoutMs?: number): Promise<number>;
  frames(): number;
  unmount(): void;
}

export function renderLogsTerminal(session: LogSession, size = { columns: 120, rows: 40 }): LogsTerminal {
  const stdout = new TimedStdout(size.columns, size.rows);
  const stdin = new MemoryStdin();
  const instance = render(<LogsView session={session} width={size.columns} height={size.rows - 1} isActive onClose={() => {}} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return {
    press(key, check, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const pressedAt = performance.now();
        const timer = setTimeout(() => reject(new Error(`no frame for key ${JSON.stringify(key)} within ${timeoutMs} ms`)), timeoutMs);
        stdout.waiter = { check, resolve: (at) => (clearTimeout(timer), resolve(at - pressedAt)) };
        stdin.type(key);
      });
    },
    frames: () => stdout.frames,
    unmount: () => instance.unmount(),
  };
}
