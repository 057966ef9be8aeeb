// Issue 3's end-to-end acceptance: the built `kilo-tui --demo` in a real terminal (tmux), driven by
// keys and read back with capture-pane.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_PATH, startTmux, tmux, type TmuxSession } from '../helpers/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

const paneInfo = (name: string, format: string) => tmux('display-message', '-p', '-t', name, format).trim();
// One key at a time, each after the prompt shows the previous one, as a person types: a key that
// arrives before the prompt has opened goes to the table (k, d, l and s are table keys), and Ink
// hands a chunk that arrives at once (a paste) to the handlers as one string.
async function typeInPrompt(tui: TmuxSession, text: string): Promise<void> {
  for (let i = 1; i <= text.length; i++) {
    tui.type(text[i - 1]);
    const shown = text.slice(0, i).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await tui.waitFor(new RegExp(`^${shown}▏`, 'm'));
  }
}
const dataRows = (screen: string) => screen.split('\n').filter((line) => /^│[> ] \S/.test(line) && !/^│ {2}NAME /.test(line));

// kilo-tui runs under a shell that prints its exit code afterwards: the line appears only once
// kilo-tui has left the alternate screen, and tmux's own pane status is not reliable across versions.
const EXITED = /kilo-tui exited with (\d+)/;

async function exitCode(tui: TmuxSession): Promise<string> {
  const screen = await tui.waitFor(EXITED);
  expect(paneInfo(tui.name, '#{alternate_on}')).toBe('0');
  return EXITED.exec(screen)![1];
}

function openDemo(columns: number, rows: number): TmuxSession {
  const command = `${[process.execPath, CLI_PATH, '--demo'].map((arg) => `'${arg}'`).join(' ')}; echo "kilo-tui exited with $?"; sleep 60`;
  session = startTmux(['bash', '-c', command], { columns, rows });
  return session;
}

describe('kilo-tui --demo in tmux', () => {
  it('opens, switches to :rs, filters, drills down, goes back and quits cleanly with :q', async () => {
    const tui = openDemo(120, 35);
    const home = await tui.waitFor(/connected .*\n.*14 deploy · 78 rs \(63 stale\) · 15 pods \(1 crashing\)/);
    // Wide layout: Deployments across the top with readable columns, ReplicaSets, Pods and Details below.
    expect(home).toMatch(/NAME\s+READY\s+.*IMAGE\s+.*STATUS/);
    expect(home).toMatch(/kilo-meds\s+1\/1 .*kilo-meds:ai-brain-ocr-v2 .*Stuck: CrashLoopBackOff/);
    // The fourth pane shows the selected pod: its details, or its logs once those are wired in.
    expect(home).toMatch(/ReplicaSets \(3\) \[deploy\/kilo-ai-brain\][\s\S]*Pods \(1\) \[deploy\/kilo-ai-brain\][\s\S]*│ *(▶ )?(Details|Logs)/);
    expect(paneInfo(tui.name, '#{alternate_on}')).toBe('1');

    await typeInPrompt(tui, ':rs');
    tui.send('Enter');
    await tui.waitFor('ReplicaSets (78)');

    await typeInPrompt(tui, '/kilo-meds');
    tui.send('Enter');
    const filtered = await tui.waitFor(/ReplicaSets \(\d+ of 78\) \[\/kilo-meds\]/);
    const rows = dataRows(filtered);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row).toContain('kilo-meds');

    // The newest kilo-meds ReplicaSet comes first (grouped by owner, newest revision first); Enter shows its pods.
    const firstRs = /kilo-meds-[a-z0-9]+/.exec(rows[0])![0];
    tui.send('Enter');
    const pods = await tui.waitFor(`[rs/${firstRs}]`);
    expect(pods).toMatch(/Pods \(\d+\)/);
    expect(dataRows(pods).every((row) => row.includes(firstRs))).toBe(true);

    tui.send('Escape');
    await tui.waitFor(/ReplicaSets \(\d+ of 78\) \[\/kilo-meds\]/);

    await typeInPrompt(tui, ':q');
    tui.send('Enter');
    expect(await exitCode(tui)).toBe('0');
  });

  it('shows one pane under a tab bar at 80×24 and reflows to the wide layout when the terminal grows', async () => {
    const tui = openDemo(80, 24);
    const narrow = await tui.waitFor('Deployments (14)');
    expect(narrow).toMatch(/Deployments\s+ReplicaSets\s+Pods\s+Details/);
    expect(narrow).not.toContain('RESTARTS');
    tui.send('Tab');
    tui.send('Tab');
    await tui.waitFor('RESTARTS');

    tmux('resize-window', '-t', tui.name, '-x', '120', '-y', '35');
    const wide = await tui.waitFor(/Deployments \(14\)[\s\S]*ReplicaSets \(\d+\)[\s\S]*Pods \(\d+\)/);
    expect(wide).not.toMatch(/Deployments\s+ReplicaSets\s+Pods\s+Details/);
    tui.send('C-c');
    expect(await exitCode(tui)).toBe('0');
  });

  it('restores the terminal when killed with SIGTERM', async () => {
    const tui = openDemo(100, 30);
    await tui.waitFor('connected');
    const shell = Number(paneInfo(tui.name, '#{pane_pid}'));
    const node = Number(execFileSync('pgrep', ['-P', String(shell), '-x', 'node'], { encoding: 'utf8' }).trim());
    process.kill(node, 'SIGTERM');
    expect(await exitCode(tui)).toMatch(/^\d+$/);
  });

  it('ends quietly when its terminal goes away: no stack trace, and --demo removes its files', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'kilo-hangup-'));
    try {
      const stderr = join(scratch, 'stderr');
      const command = `TMPDIR='${scratch}' exec '${process.execPath}' '${CLI_PATH}' --demo 2>'${stderr}'`;
      const tui = (session = startTmux(['bash', '-c', command], { columns: 100, rows: 30 }));
      await tui.waitFor('connected');
      const node = Number(paneInfo(tui.name, '#{pane_pid}'));
      expect(readdirSync(scratch).some((name) => name.startsWith('kilo-tui-demo-'))).toBe(true);
      // Closing the terminal: the pty goes and the process gets SIGHUP; its next writes fail with EIO.
      tui.kill();
      const deadline = Date.now() + 10_000;
      while (isRunning(node) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(isRunning(node)).toBe(false);
      expect(readFileSync(stderr, 'utf8')).not.toMatch(/Error|\n\s+at /);
      expect(readdirSync(scratch).filter((name) => name.startsWith('kilo-tui-demo-'))).toEqual([]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
