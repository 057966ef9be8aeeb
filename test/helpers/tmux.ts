// Drives a real terminal: the built kilo-tui binary in a detached tmux session, read back with
// capture-pane, as a user would see it.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { fileURLToPath } from 'node:url';

export const CLI_PATH = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

let counter = 0;

// A tmux server of this test process's own (-L names its socket): sessions never land in a server
// someone else runs (a developer's, or one whose environment and options differ), parallel workers
// do not race to start or stop one shared default server, and killing it touches nothing else.
export const TMUX_SOCKET = `kilo-e2e-${process.pid}`;

/** Runs a tmux command against this process's own server. */
export const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', TMUX_SOCKET, ...args], { encoding: 'utf8' });

// Registered on the root suite of every test file that imports this helper: once the file's tests
// are done, a session a failed test left behind (remain-on-exit keeps dead panes) goes, and so does
// the socket file, which tmux leaves in place when its server exits. (Vitest ends its workers with
// SIGTERM, so a process 'exit' handler would not run.)
afterAll(() => {
  try {
    execFileSync('tmux', ['-L', TMUX_SOCKET, 'kill-server'], { stdio: 'ignore' });
  } catch {
    // no server was started, or it already exited with its last session
  }
  rmSync(join(process.env.TMUX_TMPDIR || '/tmp', `tmux-${process.getuid?.() ?? 0}`, TMUX_SOCKET), { force: true });
});

export interface TmuxSession {
  name: string;
  send(...keys: string[]): void;
  /** Types text literally (no key-name interpretation). */
  type(text: string): void;
  capture(): string;
  waitFor(pattern: RegExp | string, timeoutMs?: number): Promise<string>;
  waitForExit(timeoutMs?: number): Promise<void>;
  isAlive(): boolean;
  kill(): void;
}

export function startTmux(command: string[], options: { columns?: number; rows?: number; env?: Record<string, string> } = {}): TmuxSession {
  const name = `kilo-e2e-${process.pid}-${++counter}`;
  // Ink renders only the last frame when it believes it runs in CI, so CI variables are dropped.
  const env = { TERM: 'xterm-256color', ...options.env };
  const envArgs = Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
  const shellCommand = `unset CI CONTINUOUS_INTEGRATION BUILD_NUMBER RUN_ID GITHUB_ACTIONS; exec ${command.map(quote).join(' ')}`;
  tmux('new-session', '-d', '-s', name, '-x', String(options.columns ?? 120), '-y', String(options.rows ?? 35), ...envArgs, `bash -c ${quote(shellCommand)}`, ';', 'set-option', '-t', name, 'remain-on-exit', 'on');

  const session: TmuxSession = {
    name,
    send: (...keys) => void tmux('send-keys', '-t', name, ...keys),
    type: (text) => void tmux('send-keys', '-t', name, '-l', text),
    capture: () => tmux('capture-pane', '-p', '-t', name),
    async waitFor(pattern, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      let screen = '';
      while (Date.now() < deadline) {
        screen = session.capture();
        if (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen)) return screen;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out waiting for ${String(pattern)}; screen was:\n${screen}`);
    },
    async waitForExit(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (!session.isAlive()) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`kilo-tui did not exit; screen was:\n${session.capture()}`);
    },
    isAlive() {
      // remain-on-exit keeps the pane after kilo-tui exits, so the last screen can still be read.
      try {
        const command = tmux('display-message', '-p', '-t', name, '#{pane_current_command}').trim();
        return command === 'node';
      } catch {
        return false;
      }
    },
    kill() {
      try {
        tmux('kill-session', '-t', name);
      } catch {
        // already gone
      }
    },
  };
  return session;
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Types a `:` command, waiting for each step to show so no key is lost in a batch; the screen that shows `shown`. */
export async function typeCommand(tui: TmuxSession, text: string, shown: RegExp | string): Promise<string> {
  tui.send(':');
  await tui.waitFor(/^:▏/m);
  tui.type(text);
  await tui.waitFor(`:${text}▏`);
  tui.send('Enter');
  return tui.waitFor(shown);
}
