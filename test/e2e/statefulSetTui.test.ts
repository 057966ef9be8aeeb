// Issue 10's proof of the registry, in a real terminal: the built `kilo-tui --demo -n kilo-data`
// lists the demo's StatefulSet with :sts (and :statefulsets), describes it with d, and Ctrl-d
// previews `kubectl delete statefulset.apps/kilo-db -n kilo-data`, which then runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH, startTmux, type TmuxSession, typeCommand } from '../helpers/tmux.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let tui: TmuxSession;
let stateHome: string;

beforeAll(async () => {
  stateHome = mkdtempSync(join(tmpdir(), 'kilo-e2e-sts-'));
  tui = startTmux([process.execPath, CLI_PATH, '--demo', '-n', 'kilo-data'], { columns: 140, rows: 40, env: { XDG_STATE_HOME: stateHome } });
  // kilo-data has no Deployments; its pods are the StatefulSet's two and the nightly backup's three (Completed).
  await tui.waitFor('0 deploy · 0 rs (0 stale) · 5 pods (0 crashing)', 30_000);
});

afterAll(() => {
  tui?.kill();
  if (stateHome) rmSync(stateHome, { recursive: true, force: true });
});

const command = (text: string, shown: RegExp | string) => typeCommand(tui, text, shown);

describe('kilo-tui --demo -n kilo-data: a StatefulSet through the registry', () => {
  it(':statefulsets and :sts list kilo-db; d describes it; Enter lists its pods', async () => {
    const list = await command('statefulsets', 'StatefulSets (1)');
    expect(list).toMatch(/kilo-db\s+2\/2\s+kilo-db\s+postgres:16-alpine\s+(?:\S+\s+\S+\s+)?21d/);
    tui.send('Escape');
    await command('sts', 'StatefulSets (1)');
    tui.send('d');
    const described = await tui.waitFor('Describe StatefulSet/kilo-db');
    expect(described).toMatch(/Service:\s+kilo-db/);
    tui.send('y');
    expect(await tui.waitFor('YAML StatefulSet/kilo-db')).toContain('serviceName: kilo-db');
    tui.send('Escape');
    await tui.waitFor('StatefulSets (1)');
    tui.send('Enter');
    const pods = await tui.waitFor(/Pods \(2\) \[sts\/kilo-db\]/);
    expect(pods).toMatch(/kilo-db-0/);
    expect(pods).toMatch(/kilo-db-1/);
    tui.send('Escape');
    await tui.waitFor('StatefulSets (1)');
  }, 60_000);

  it('Ctrl-d previews kubectl delete statefulset.apps/kilo-db -n kilo-data; confirmed, it goes with its pods', async () => {
    tui.send('C-d');
    const modal = await tui.waitFor('Delete 1 StatefulSet · 1 command · namespace kilo-data');
    expect(modal).toContain('kubectl delete statefulset.apps/kilo-db -n kilo-data');
    expect(modal).toContain('2 pods will be terminated (deleted with the statefulset)');
    tui.send('y');
    await tui.waitFor(/type delete/i);
    tui.type('delete');
    tui.send('Enter');
    await tui.waitFor(/1 deleted/, 30_000);
    tui.send('Escape');
    await tui.waitFor('StatefulSets (0)', 30_000);
    await tui.waitFor('0 deploy · 0 rs (0 stale) · 3 pods (0 crashing)', 30_000);
  }, 60_000);
});
