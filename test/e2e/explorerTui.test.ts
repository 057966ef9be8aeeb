// Issue 3's end-to-end acceptance: the built `kilo-tui --demo` in a real terminal (tmux), driven by
// keys and read back with capture-pane.
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_PATH, startTmux, type TmuxSession } from '../helpers/tmux.js';

let session: TmuxSession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

const paneInfo = (name: string, format: string) => execFileSync('tmux', ['display-message', '-p', '-t', name, format], { encoding: 'utf8' }).trim();
// One key at a time, as a person types: Ink hands a chunk that arrives at once (a paste) to the
// handlers as one string, and the key handlers match single keys.
async function typeKeys(tui: TmuxSession, text: string): Promise<void> {
  for (const char of text) {
    tui.type(char);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}
const dataRows = (screen: string) => screen.split('\n').filter((line) => /^│[> ] \S/.test(line) && !/^│  NAME /.test(line));

/** The exit status of the pane's process once it has ended (remain-on-exit keeps the pane). */
async function exitStatus(tui: TmuxSession): Promise<string> {
  await tui.waitForExit();
  for (let i = 0; i < 50 && paneInfo(tui.name, '#{pane_dead}') !== '1'; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  return paneInfo(tui.name, '#{pane_dead_status}');
}

function openDemo(columns: number, rows: number): TmuxSession {
  session = startTmux([process.execPath, CLI_PATH, '--demo'], { columns, rows });
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

    await typeKeys(tui, ':rs');
    tui.send('Enter');
    await tui.waitFor('ReplicaSets (78)');

    await typeKeys(tui, '/kilo-meds');
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

    await typeKeys(tui, ':q');
    tui.send('Enter');
    expect(await exitStatus(tui)).toBe('0');
    expect(paneInfo(tui.name, '#{alternate_on}')).toBe('0');
  });

  it('shows one pane under a tab bar at 80×24 and reflows to the wide layout when the terminal grows', async () => {
    const tui = openDemo(80, 24);
    const narrow = await tui.waitFor('Deployments (14)');
    expect(narrow).toMatch(/Deployments\s+ReplicaSets\s+Pods\s+Details/);
    expect(narrow).not.toContain('RESTARTS');
    tui.send('Tab');
    tui.send('Tab');
    await tui.waitFor('RESTARTS');

    execFileSync('tmux', ['resize-window', '-t', tui.name, '-x', '120', '-y', '35']);
    const wide = await tui.waitFor(/Deployments \(14\)[\s\S]*ReplicaSets \(\d+\)[\s\S]*Pods \(\d+\)/);
    expect(wide).not.toMatch(/Deployments\s+ReplicaSets\s+Pods\s+Details/);
    tui.send('C-c');
    await tui.waitForExit();
    expect(paneInfo(tui.name, '#{alternate_on}')).toBe('0');
  });

  it('restores the terminal when killed with SIGTERM', async () => {
    const tui = openDemo(100, 30);
    await tui.waitFor('connected');
    const pid = Number(paneInfo(tui.name, '#{pane_pid}'));
    process.kill(pid, 'SIGTERM');
    await tui.waitForExit();
    expect(paneInfo(tui.name, '#{alternate_on}')).toBe('0');
  });
});
