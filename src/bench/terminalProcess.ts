// A CLI run in a real pseudo-terminal for the tablet-host benchmarks: util-linux `script` gives it
// a pty of the asked size (the TUI refuses pipes) and copies its output to us, each chunk stamped
// with the time it arrived. Also reads the process's CPU time and resident memory from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface TerminalProcess {
  readonly startedAt: number;
  /** Resolves with the performance.now() of the first output, after `since`, in which `text` appears (the output since `since` is searched, so a marker split across chunks is found). */
  waitFor(text: string, since?: number, timeoutMs?: number): Promise<number>;
  /** The performance.now() of the first output chunk after `since`. */
  outputAfter(since: number, timeoutMs?: number): Promise<number>;
  type(keys: string): void;
  /** The last `chars` characters of output, control sequences removed (for error messages). */
  tail(chars?: number): string;
  /** CPU time (user + system) of the program, in ms. */
  cpuMs(): number;
  rssMB(): number;
  stop(): Promise<void>;
}

const CLOCK_TICKS_PER_SECOND = 100;
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

function childPid(parent: number): number | undefined {
  try {
    const children = readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    return children.length > 0 ? Number(children[0]) : undefined;
  } catch {
    return undefined;
  }
}

export function startInTerminal(argv: string[], options: { columns?: number; rows?: number; env?: NodeJS.ProcessEnv } = {}): TerminalProcess {
  const command = `stty cols ${options.columns ?? 120} rows ${options.rows ?? 35}; exec ${argv.map(quote).join(' ')}`;
  const startedAt = performance.now();
  const child: ChildProcess = spawn('script', ['-qfec', command, '/dev/null'], {
    env: { ...process.env, TERM: 'xterm-256color', CI: '', ...options.env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const chunks: { at: number; text: string }[] = [];
  const waiters = new Set<() => void>();
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (text: string) => {
    chunks.push({ at: performance.now(), text });
    for (const waiter of [...waiters]) waiter();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const until = <T>(test: () => T | undefined, timeoutMs: number, what: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const result = test();
        if (result === undefined) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(result);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  const program = (): number | undefined => childPid(child.pid!);
  const stat = (): string[] | undefined => {
    const pid = program();
    if (!pid) return undefined;
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  };
  return {
    startedAt,
    waitFor(text, since = startedAt, timeoutMs = 20_000) {
      return until(
        () => {
          let joined = '';
          for (const chunk of chunks) {
            if (chunk.at < since) continue;
            joined += chunk.text;
            if (joined.includes(text)) return chunk.at;
          }
          return undefined;
        },
        timeoutMs,
        JSON.stringify(text),
      );
    },
    outputAfter(since, timeoutMs = 5_000) {
      return until(() => chunks.find((chunk) => chunk.at > since)?.at, timeoutMs, 'output');
    },
    type(keys) {
      child.stdin!.write(keys);
    },
    tail(chars = 4000) {
      return chunks.map((chunk) => chunk.text).join('').slice(-chars).replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    },
    cpuMs() {
      const fields = stat();
      // utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the name).
      return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND : NaN;
    },
    rssMB() {
      const pid = program();
      if (!pid) return NaN;
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : NaN;
    },
    async stop() {
      const pid = program();
      if (pid) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}
