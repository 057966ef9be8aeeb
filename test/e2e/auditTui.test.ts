// Issue 6 in a real terminal: the built `kilo-tui --demo` in tmux. `:audit` lists the live
// findings, Enter shows the root cause read from the crashed container's log, x opens the stale
// finding's plan with its rows marked, and once it has run the HIGH finding is gone by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH, startTmux, type TmuxSession } from '../helpers/tmux.js';

let tui: TmuxSession;
let stateHome: string;

beforeAll(async () => {
  stateHome = mkdtempSync(join(tmpdir(), 'kilo-e2e-audit-state-'));
  tui = startTmux([process.execPath, CLI_PATH, '--demo'], { columns: 140, rows: 40, env: { XDG_STATE_HOME: stateHome } });
  await tui.waitFor('78 rs (63 stale)', 30_000);
});

afterAll(() => {
  tui?.kill();
  if (stateHome) rmSync(stateHome, { recursive: true, force: true });
});

const findingLine = (screen: string, severity: string) => screen.split('\n').find((line) => new RegExp(`^│[> ] ${severity}\\s`).test(line));

describe('kilo-tui --demo: the live audit view', () => {
  it(':audit lists eight findings, most severe first, under the health line', async () => {
    tui.send(':');
    await tui.waitFor(/^:▏/m);
    tui.type('audit');
    await tui.waitFor(':audit▏');
    tui.send('Enter');
    const screen = await tui.waitFor('Audit kilo-guardian: 8 findings');
    expect(screen).toContain('13/14 deployments healthy · 78 ReplicaSets (63 stale) · 15 pods (1 crashing)');
    const order = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'].map((severity) => screen.split('\n').findIndex((line) => line.includes(`  ${severity}  `) || line.includes(`> ${severity}  `)));
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(findingLine(screen, 'HIGH')).toContain('Delete 63 ReplicaSets');
  });

  it('Enter on the CRITICAL finding shows the prometheus_client line from the crashed container', async () => {
    tui.send('Enter');
    const screen = await tui.waitFor("ModuleNotFoundError: No module named 'prometheus_client'");
    expect(screen).toContain('Finding stuck-rollout/kilo-meds');
    expect(screen).toContain('kilo-meds-7568f7694c (kilo-meds:ai-brain-ocr-v2) - CrashLoopBackOff');
    tui.send('Escape');
    await tui.waitFor('Audit kilo-guardian: 8 findings');
  });

  it('x on the stale finding marks its 63 rows and opens the confirmation; after y the HIGH finding is gone', async () => {
    tui.send('j');
    await tui.waitFor(/^│> HIGH/m);
    tui.send('x');
    const modal = await tui.waitFor('Delete 63 ReplicaSets · 63 commands');
    expect(modal).toContain('63 marked');
    expect(modal).toMatch(/kubectl delete replicaset\.apps\/kilo-ai-brain-\w+ -n kilo-guardian/);
    tui.send('y');
    await tui.waitFor('63 deleted');
    tui.send('Escape');
    const after = await tui.waitFor('Audit kilo-guardian: 7 findings');
    expect(after).toContain('15 ReplicaSets (0 stale)');
    expect(findingLine(after, 'HIGH')).toBeUndefined();
    expect(findingLine(after, 'CRITICAL')).toContain('kilo-meds rollout stuck');
    expect(after).not.toContain('marked');
  });
});
