// Issue 5's acceptance in a real terminal: the built `kilo-tui --demo` in tmux deletes the 63 stale
// ReplicaSets from marks, then rolls kilo-meds back to its last good image.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH, startTmux, type TmuxSession, typeCommand } from '../helpers/tmux.js';

const DELETE_LINE = /kubectl delete replicaset\.apps\/(\S+) -n kilo-guardian/g;
const WINDOW_LABEL = /lines (\d+)–(\d+) of (\d+)/;

let tui: TmuxSession;
let stateHome: string;

beforeAll(async () => {
  stateHome = mkdtempSync(join(tmpdir(), 'kilo-e2e-state-'));
  tui = startTmux([process.execPath, CLI_PATH, '--demo'], { columns: 140, rows: 40, env: { XDG_STATE_HOME: stateHome } });
  await tui.waitFor('78 rs (63 stale)', 30_000);
});

afterAll(() => {
  tui?.kill();
  if (stateHome) rmSync(stateHome, { recursive: true, force: true });
});

const command = (text: string, shown: RegExp | string) => typeCommand(tui, text, shown);

describe('kilo-tui --demo: batch delete and undo from the keyboard', () => {
  it(':rs, Ctrl-z, *, Ctrl-d shows 63 delete lines; y leaves 15 ReplicaSets', async () => {
    await command('rs', 'ReplicaSets (78)');
    tui.send('C-z');
    await tui.waitFor('ReplicaSets (63 of 78)');
    tui.send('*');
    await tui.waitFor('63 marked');
    tui.send('C-d');
    await tui.waitFor('Delete 63 ReplicaSets · 63 commands · namespace kilo-guardian');

    // The modal shows a window of the lines: page through it and collect every one. Each PageDown
    // is followed by a wait for the window's label ("lines 21–40 of 63") to move, so a slow frame
    // is never read twice in place of the next page.
    const names = new Set<string>();
    let screen = tui.capture();
    for (let page = 0; page < 6; page++) {
      for (const match of screen.matchAll(DELETE_LINE)) names.add(match[1]);
      const [, start, end, total] = WINDOW_LABEL.exec(screen) ?? [];
      if (!start || end === total) break;
      tui.send('PageDown');
      screen = await tui.waitFor(new RegExp(`lines (?!${start}–)\\d+–\\d+ of ${total}`));
    }
    expect(names.size).toBe(63);

    tui.send('y');
    const summary = await tui.waitFor(/63 deleted/, 30_000);
    expect(summary).not.toMatch(/failed|error/);
    tui.send('Enter');
    await tui.waitFor('15 rs (0 stale)');
    tui.send('C-z');
    await tui.waitFor('ReplicaSets (15)');

    const log = readFileSync(join(stateHome, 'kilo-tui', 'actions.log'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(log).toHaveLength(63);
    expect(new Set(log.map((entry: { command: string }) => entry.command.split(' ')[2].replace('replicaset.apps/', '')))).toEqual(names);
    expect(log.every((entry: { outcome: string }) => entry.outcome === 'deleted')).toBe(true);
  }, 90_000);

  it('u on kilo-meds rolls it back to kilo-meds:cb1 and no pod crashes any more', async () => {
    await command('deploy', 'Deployments (14)');
    // k is a table key: the filter text goes in only once the prompt has opened.
    tui.send('/');
    await tui.waitFor(/^\/▏/m);
    tui.type('kilo-meds');
    await tui.waitFor('[/kilo-meds]');
    tui.send('Enter');
    await tui.waitFor('Deployments (1 of 14)');
    tui.send('u');
    // The image the undo returns to is on the impact line (↳) under the kubectl line.
    await tui.waitFor(/kubectl rollout undo deployment\/kilo-meds -n kilo-guardian --to-revision=\d+[^\n]*\n[^\n]*↳ [^\n]*kilo-meds:cb1/);
    tui.send('y');
    await tui.waitFor('1 changed', 30_000);
    tui.send('Enter');
    // The undo started a rollout: the rollout view follows it; Esc goes back to the list.
    await tui.waitFor('✔ deployment "kilo-meds" successfully rolled out', 30_000);
    tui.send('Escape');
    const screen = await tui.waitFor(/kilo-meds\s.*kilo-meds:cb1\s.*Available/, 30_000);
    expect(screen).not.toContain('ai-brain-ocr-v2');
    await tui.waitFor('(0 crashing)', 30_000);
  }, 90_000);
});
