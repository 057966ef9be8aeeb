// Issue 4's acceptance in a real terminal: the built `kilo-tui --demo` in tmux. Select the
// crash-looping kilo-meds pod, `l`, read the traceback; toggle p, t, w; filter; quit.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/scratchDir.js';
import { CLI_PATH, startTmux, type TmuxSession } from '../helpers/tmux.js';

const TRACEBACK = "ModuleNotFoundError: No module named 'prometheus_client'";
let tui: TmuxSession | undefined;
afterEach(() => tui?.kill());

const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One key at a time, as a person types: each key is sent once the prompt line (`:pods▏` in the
 * explorer, `/prom` at the foot of the logs view) shows the keys before it. A fixed pause between
 * keys is not enough on a loaded machine: a key that arrives before `:` or `/` has opened the prompt
 * goes to the view instead (l opens logs, p and s are view keys too).
 */
async function typeKeys(text: string): Promise<void> {
  for (let i = 1; i <= text.length; i++) {
    tui!.type(text[i - 1]);
    const shown = text.slice(0, i).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await tui!.waitFor(new RegExp(`^${shown}(▏| *$)`, 'm'));
  }
}

describe('kilo-tui --demo: crash logs', () => {
  it('shows the crashing pod’s traceback from the previous container, toggles p / t / w, filters and quits', async () => {
    tui = startTmux([process.execPath, CLI_PATH, '--demo', '--log-lines', '500'], { columns: 140, rows: 40 });
    await tui.waitFor('Deployments (14)', 30_000);
    // The pods list, narrowed to the crash-looping ReplicaSet's pod.
    await typeKeys(':pods');
    tui.send('Enter');
    await tui.waitFor('Pods (15)');
    await typeKeys('/kilo-meds-7568');
    tui.send('Enter');
    await tui.waitFor(/Pods \(1 of 15\)/);
    tui.send('l');
    let screen = await tui.waitFor(TRACEBACK);
    expect(screen).toMatch(/Logs kilo-meds-7568f7694c-\w+\/meds \[previous\]/);
    expect(screen).toMatch(/Last termination: Error · exit 1, .* restarts \d+/);
    expect(screen).toContain('Traceback (most recent call last):');
    // --log-lines reached the session's ring.
    expect(screen).toContain('tail 500');

    tui.send('p');
    await tui.waitFor('[current]');
    tui.send('p');
    await tui.waitFor('[previous]');
    tui.send('t');
    await tui.waitFor('ts:on');
    // The title turns at once; the lines, read again with timestamps, follow a moment later.
    await tui.waitFor(/\d{4}-\d{2}-\d{2}T[\d:.]+Z\s+ModuleNotFoundError/);
    tui.send('w');
    await tui.waitFor('wrap:on');

    await typeKeys('/prometheus');
    tui.send('Enter');
    screen = await tui.waitFor('filter:/prometheus/');
    expect(screen).toContain(TRACEBACK);
    expect(screen).not.toContain('Traceback (most recent call last):');
    // Esc clears the filter, the next Esc goes back to the list.
    tui.send('Escape');
    await tui.waitFor('Traceback (most recent call last):');
    await settle();
    tui.send('Escape');
    await tui.waitFor(/Pods \(1 of 15\)/);

    await typeKeys(':q');
    tui.send('Enter');
    await tui.waitForExit();
  });

  it("a Deployment's merged logs take in the pods of a rollout restart made with kubectl meanwhile", async () => {
    const scratch = scratchDir('kilo-logs-e2e-');
    tui = startTmux([process.execPath, CLI_PATH, '--demo'], { columns: 140, rows: 40, env: { TMPDIR: scratch } });
    await tui.waitFor('Deployments (14)', 30_000);
    // kilo-cam is the second Deployment; l on it opens its pods' logs merged.
    tui.send('j');
    await tui.waitFor(/^│> kilo-cam /m);
    tui.send('l');
    const prefixesOf = (screen: string) => new Set(screen.split('\n').flatMap((line) => /^(\w{5}) INFO/.exec(line)?.[1] ?? []));
    const screen = await tui.waitFor(/^\w{5} INFO/m);
    const [old] = prefixesOf(screen);
    const demoDir = readdirSync(scratch).find((name) => name.startsWith('kilo-tui-demo-'))!;
    execFileSync('kubectl', ['--kubeconfig', join(scratch, demoDir, 'kubeconfig'), 'rollout', 'restart', 'deployment/kilo-cam'], { encoding: 'utf8' });
    // The new pod's startup lines join under their own prefix; the old pod is deleted and says so.
    const deadline = Date.now() + 20_000;
    let now = tui.capture();
    while (!(/following 1\/2 pods · \w+: pod deleted/.test(now) && [...prefixesOf(now)].some((prefix) => prefix !== old)) && Date.now() < deadline) {
      await settle(200);
      now = tui.capture();
    }
    expect(now).toMatch(/following 1\/2 pods · \w+: pod deleted/);
    const fresh = [...prefixesOf(now)].find((prefix) => prefix !== old);
    expect(fresh, now).toBeDefined();
    expect(now).toMatch(new RegExp(`^${fresh} INFO:\\s+(Started server process|Waiting for application|Application startup|Uvicorn running|.*GET)`, 'm'));
  });
});
