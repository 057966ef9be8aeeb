// Resilience suite (issue 13): the built kilo-tui in tmux against a demo API server in fault mode
// (in this process, so the test sets faults at run time and counts the requests that arrived).
// Under each fault: no crash or stack trace, the data is kept and marked stale while the server
// fails, marks are kept, no write is sent twice, each outcome is logged as it happened, and the
// view recovers within the back-off once the server does; Ctrl-c exits at once and restores the
// terminal even with a write in flight.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { eventually } from '../helpers/demoServerProcess.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { CLI_PATH, startTmux, type TmuxSession, typeCommand } from '../helpers/tmux.js';

const RS_PATH = '/apis/apps/v1/namespaces/kilo-guardian/replicasets/*';

let demo: RunningDemo;
let tui: TmuxSession;
let stateHome: string;

beforeAll(async () => {
  demo = await startDemo();
  stateHome = scratchDir('kilo-resilience-');
  tui = startTmux([process.execPath, CLI_PATH, '--kubeconfig', demo.kubeconfigPath], { columns: 140, rows: 40, env: { XDG_STATE_HOME: stateHome } });
  await tui.waitFor('78 rs (63 stale)', 30_000);
  await command('rs', 'ReplicaSets (78)');
  tui.send('C-z');
  await tui.waitFor('ReplicaSets (63 of 78)');
}, 60_000);

afterAll(async () => {
  tui?.kill();
  demo?.server.setFaults([]);
  await demo?.close();
});

const command = (text: string, shown: RegExp | string) => typeCommand(tui, text, shown);

interface LogEntry {
  command: string;
  outcome: string;
  message?: string;
}
const actionLog = (): LogEntry[] =>
  readFileSync(join(stateHome, 'kilo-tui', 'actions.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as LogEntry);

const deletes = () => demo.server.faults.count('DELETE', RS_PATH);

function expectNoStackTrace(screen: string): void {
  expect(screen).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(screen).not.toMatch(/TypeError|ReferenceError|Unhandled/);
}

describe('kilo-tui under API server faults', () => {
  it('failing watches keep the data and the marks, marked stale, and recover within the back-off', async () => {
    tui.send('Space');
    await tui.waitFor('1 marked');
    tui.send('Space');
    await tui.waitFor('2 marked');
    const rsCount = /(\d+) rs \(\d+ stale\)/.exec(tui.capture())![0];
    for (const fault of [
      { fault: 'status' as const, code: 503 },
      { fault: 'status' as const, code: 429, retryAfterSeconds: 2 },
      { fault: 'truncate' as const, method: 'GET' },
      { fault: 'watch-expire' as const, watch: true },
    ]) {
      demo.server.setFaults([fault]);
      demo.server.dropConnections();
      const down = await tui.waitFor(fault.fault === 'watch-expire' ? /connected|reconnecting/ : /reconnecting \(attempt/, 15_000);
      if (fault.fault !== 'watch-expire') {
        expect(down).toContain('[stale data]');
        expect(down).toContain(rsCount);
        expect(down).toContain('2 marked');
      }
      if (fault.code === 429) await tui.waitFor(/retry in 2 s/, 10_000);
      expectNoStackTrace(down);
      const faultEnd = Date.now();
      demo.server.setFaults([]);
      // Recovered means connected with no stale data, not the first " connected ": the dropped
      // connections can be noticed after the faults are cleared (the watch-expire round's `down`
      // may be the screen from before the drop), and the TUI then rightly shows a reconnect first.
      await tui.waitFor(/^(?![\s\S]*\[stale data\])[\s\S]*? connected /, 20_000);
      // The longest back-off a few failures reach (0.5, 1, 2, 4 s) or the Retry-After.
      expect(Date.now() - faultEnd).toBeLessThan(12_000);
      const up = tui.capture();
      expect(up).not.toContain('[stale data]');
      expect(up).toContain('2 marked');
    }
    tui.send('C-\\');
    await tui.waitFor(/crashing\)(?! · \d+ marked)/);
  }, 90_000);

  it('Esc while a batch runs: the operations not started are not sent, and logged as cancelled', async () => {
    demo.server.setFaults([{ fault: 'slow', delayMs: 1500, method: 'DELETE' }]);
    const before = deletes();
    for (let i = 0; i < 8; i++) tui.send('Space');
    await tui.waitFor('8 marked');
    tui.send('C-d');
    await tui.waitFor('Delete 8 ReplicaSets');
    tui.send('y');
    await tui.waitFor('Esc cancel the rest');
    tui.send('Escape');
    const summary = await tui.waitFor(/\d+ deleted · \d+ not run \(cancelled\)/, 15_000);
    const [, deleted, cancelled] = /(\d+) deleted · (\d+) not run \(cancelled\)/.exec(summary)!;
    expect(Number(deleted) + Number(cancelled)).toBe(8);
    expect(deletes() - before).toBe(Number(deleted));
    const log = actionLog();
    expect(log).toHaveLength(8);
    expect(log.filter((e) => e.outcome === 'cancelled')).toHaveLength(Number(cancelled));
    expectNoStackTrace(summary);
    tui.send('Enter');
    await tui.waitFor(/ReplicaSets \(\d+ of \d+\)/);
    // What was not run stays marked for a retry; the next case starts from no marks.
    await tui.waitFor(`${cancelled} marked`);
    tui.send('C-\\');
    await tui.waitFor(/crashing\)(?! · \d+ marked)/);
  }, 40_000);

  it('a write with no answer: "unknown outcome, check" after the timeout, sent once, logged so', async () => {
    demo.server.setFaults([{ fault: 'stall', method: 'DELETE' }]);
    const before = deletes();
    tui.send('C-d');
    await tui.waitFor('Delete 1 ReplicaSet ·');
    tui.send('y');
    const screen = await tui.waitFor('1 unknown outcome (check)', 20_000);
    expect(screen).toMatch(/unknown outcome, check: no answer from/);
    expect(deletes() - before).toBe(1);
    expect(actionLog().at(-1)).toMatchObject({ outcome: 'unknown outcome', message: expect.stringContaining('check with kubectl get replicaset') });
    tui.send('Enter');
    // Resumed, the server applies what it held: the watch shows it, nothing was sent again.
    demo.server.setFaults([]);
    const name = actionLog().at(-1)!.command.split(' ')[3];
    await eventually(async () => !demo.cluster.store.get('ReplicaSet', 'kilo-guardian', name), 5_000, `${name} deleted by the held request`);
    await tui.waitFor(`${demo.cluster.store.list('ReplicaSet', 'kilo-guardian').length} rs (`);
    expect(deletes() - before).toBe(1);
  }, 40_000);


  it('Ctrl-c with a write in flight exits within a second, restores the terminal, logs an unknown outcome', async () => {
    demo.server.setFaults([{ fault: 'stall', method: 'DELETE' }]);
    tui.send('C-\\');
    await tui.waitFor(/ReplicaSets \(\d+ of \d+\)/);
    const before = deletes();
    const entries = actionLog().length;
    tui.send('C-d');
    await tui.waitFor('Delete 1 ReplicaSet ·');
    tui.send('y');
    await tui.waitFor('Esc cancel the rest');
    await new Promise((r) => setTimeout(r, 300));
    const pressed = Date.now();
    tui.send('C-c');
    await tui.waitForExit(5_000);
    expect(Date.now() - pressed).toBeLessThan(1_000);
    const screen = tui.capture();
    // Back on the main screen: the TUI's frame is gone, and nothing was printed on the way out.
    expect(screen).not.toContain('kilo-tui  ctx');
    // remain-on-exit adds its own "Pane is dead (status 0, …)" line; kilo-tui printed nothing.
    expect(screen.split('\n').filter((line) => line.trim() && !line.startsWith('Pane is dead'))).toEqual([]);
    expect(deletes() - before).toBe(1);
    const log = actionLog();
    expect(log).toHaveLength(entries + 1);
    expect(log.at(-1)).toMatchObject({ outcome: 'unknown outcome', message: expect.stringContaining('closed by kilo-tui') });
  }, 40_000);
});
