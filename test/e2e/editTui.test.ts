// Issue 12's `e` acceptance in a real terminal: EDITOR scripts stand in for the user's editor. A
// change of replicas on kilo-cam is previewed as a merge patch, applied by y and seen by kubectl;
// invalid YAML is reopened with the error on top, then given up with the text kept, nothing applied.
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { CLI_PATH, startTmux, type TmuxSession, typeCommand } from '../helpers/tmux.js';

let demo: DemoServerProcess;
const sessions: TmuxSession[] = [];
const scratch = scratchDir('kilo-edit-e2e-');

function script(name: string, body: string): string {
  const path = join(scratch, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

async function editKiloCam(editor: string, stateHome: string): Promise<TmuxSession> {
  return editDeployment('kilo-cam', editor, stateHome);
}

async function editDeployment(name: string, editor: string, stateHome: string): Promise<TmuxSession> {
  const tui = startTmux([process.execPath, CLI_PATH, '--kubeconfig', demo.kubeconfig], { columns: 220, rows: 40, env: { EDITOR: editor, XDG_STATE_HOME: stateHome } });
  sessions.push(tui);
  await tui.waitFor('78 rs (63 stale)', 30_000);
  await typeCommand(tui, 'deploy', 'Deployments (14)');
  tui.send('/');
  tui.type(name);
  tui.send('Enter');
  await tui.waitFor(`Deployments (1 of 14) [/${name}]`);
  tui.send('e');
  return tui;
}

const replicasOfCam = async () => demo.kubectl('get', 'deploy', 'kilo-cam', '-n', 'kilo-guardian', '-o', 'jsonpath={.spec.replicas}');
const fieldOf = async (name: string, path: string) => demo.kubectl('get', 'deploy', name, '-n', 'kilo-guardian', '-o', `jsonpath={${path}}`);

beforeAll(async () => {
  demo = await startDemoServerProcess();
}, 30_000);

afterAll(async () => {
  for (const tui of sessions) tui.kill();
  await demo?.stop();
});

describe('e: edit in $EDITOR', () => {
  it('invalid YAML: reopened with the error on top and the text kept; saved again unchanged, nothing is applied', async () => {
    const log = join(scratch, 'invalid-calls.log');
    // Records what the editor was given each time, then writes the same broken YAML.
    const editor = script('invalid.sh', `cat "$1" >> ${log}; echo '---8<---' >> ${log}; printf 'spec:\\n  replicas: [2\\n' > "$1"`);
    const stateHome = join(scratch, 'state-invalid');
    const tui = await editKiloCam(editor, stateHome);
    const screen = await tui.waitFor(/nothing applied; your text is kept in \S+deployment-kilo-cam-\S+\.yaml · error: the edited file is not valid YAML/, 30_000);
    expect(screen).not.toContain('kubectl patch');
    const calls = readFileSync(log, 'utf8').split('---8<---\n');
    expect(calls[0]).toContain('kind: Deployment');
    expect(calls[0]).not.toContain('managedFields');
    expect(calls[0]).not.toMatch(/^status:/m);
    // The second opening: the error as a comment at the top, then the user's own text.
    expect(calls[1]).toMatch(/^# Please edit the object below/);
    expect(calls[1]).toMatch(/# error: the edited file is not valid YAML/);
    expect(calls[1]).toContain('spec:\n  replicas: [2');
    const buffers = readdirSync(join(stateHome, 'kilo-tui', 'edits'));
    expect(buffers).toHaveLength(1);
    expect(readFileSync(join(stateHome, 'kilo-tui', 'edits', buffers[0]), 'utf8')).toContain('replicas: [2');
    expect(await replicasOfCam()).toBe('1');
  }, 120_000);

  it('replicas 1 → 2 on kilo-cam: the preview shows the merge patch, y applies it, kubectl sees 2', async () => {
    const editor = script('replicas.sh', `sed -i 's/^  replicas: 1$/  replicas: 2/' "$1"`);
    const tui = await editKiloCam(editor, join(scratch, 'state-replicas'));
    const preview = await tui.waitFor(`kubectl patch deployment kilo-cam -n kilo-guardian --type=merge -p '{"spec":{"replicas":2}}'`, 30_000);
    expect(preview).toContain('changed: spec.replicas: 1 → 2');
    expect(preview).toMatch(/your edit is saved in \S+deployment-kilo-cam-\S+\.yaml/);
    expect(await replicasOfCam()).toBe('1');
    tui.send('y');
    await tui.waitFor(/changed\s+kubectl patch deployment kilo-cam/, 30_000);
    await eventually(async () => (await replicasOfCam()) === '2', 15_000, 'kubectl to see 2 replicas');
  }, 120_000);

  it('changed between the preview and y: the editor reopens with the reason, the text kept on the current version; nothing is applied until the second save', async () => {
    const log = join(scratch, 'conflict-calls.log');
    // Each opening: record what the editor was given, then make sure replicas is 3 (a no-op the second time: the text is saved as kept).
    const editor = script('conflict.sh', `cat "$1" >> ${log}; echo '---8<---' >> ${log}; sed -i 's/^  replicas: [0-9]*$/  replicas: 3/' "$1"`);
    const stateHome = join(scratch, 'state-conflict');
    const tui = await editDeployment('kilo-library', editor, stateHome);
    const line = `kubectl patch deployment kilo-library -n kilo-guardian --type=merge -p '{"spec":{"replicas":3}}'`;
    await tui.waitFor(line, 30_000);
    const versionAtPreview = await fieldOf('kilo-library', '.metadata.resourceVersion');
    // Someone else changes the object while the preview is open.
    await demo.kubectl('label', 'deployment', 'kilo-library', '-n', 'kilo-guardian', 'reviewed-by=someone-else');
    const versionNow = await fieldOf('kilo-library', '.metadata.resourceVersion');
    expect(versionNow).not.toBe(versionAtPreview);
    tui.send('y');

    // The editor ran again and the same patch is previewed once more, saying why.
    const again = await tui.waitFor(/the last y was refused \(Operation cannot be fulfilled on deployments\.apps "kilo-library": the object has been modified/, 30_000);
    expect(again).toContain(line);
    const calls = readFileSync(log, 'utf8').split('---8<---\n');
    expect(calls).toHaveLength(3);
    expect(calls[1]).toMatch(/^# Please edit the object below/);
    expect(calls[1]).toContain('# error: Operation cannot be fulfilled on deployments.apps "kilo-library": the object has been modified; please apply your changes to the latest version and try again');
    expect(calls[1]).toContain(`# The object changed meanwhile (resourceVersion ${versionAtPreview} → ${versionNow})`);
    expect(calls[1]).toContain('  replicas: 3');
    expect(calls[1]).toContain(`resourceVersion: "${versionNow}"`);
    // One buffer, shown in the preview.
    const buffers = readdirSync(join(stateHome, 'kilo-tui', 'edits'));
    expect(buffers).toHaveLength(1);
    expect(again).toContain(buffers[0]);
    // Nothing applied by the refused y; the action log says so.
    expect(await fieldOf('kilo-library', '.spec.replicas')).toBe('1');
    const logged = () => readFileSync(join(stateHome, 'kilo-tui', 'actions.log'), 'utf8').trim().split('\n').map((entry) => JSON.parse(entry) as { outcome: string });
    expect(logged().map((entry) => entry.outcome)).toEqual(['changed since preview: skipped']);

    tui.send('y');
    await tui.waitFor(/changed\s+kubectl patch deployment kilo-library/, 30_000);
    await eventually(async () => (await fieldOf('kilo-library', '.spec.replicas')) === '3', 15_000, 'kubectl to see 3 replicas');
    // The other change was not overwritten: only the user's change was sent.
    expect(await fieldOf('kilo-library', '.metadata.labels.reviewed-by')).toBe('someone-else');
    expect(logged().map((entry) => entry.outcome)).toEqual(['changed since preview: skipped', 'changed']);
  }, 180_000);
});
