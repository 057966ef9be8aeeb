// Issue 12's first acceptance item in a real terminal: the seed report's next steps end to end on a
// demo server, through the built binary in tmux, with `kilo-tui verify` as the judge before and after.
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { scratchDir } from '../helpers/scratchDir.js';
import { CLI_PATH, startTmux, type TmuxSession, typeCommand } from '../helpers/tmux.js';

let demo: DemoServerProcess;
let tui: TmuxSession;

function verify(): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI_PATH, 'verify', '--kubeconfig', demo.kubeconfig, '--format', 'json'], { timeout: 60_000 }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout });
    });
  });
}

beforeAll(async () => {
  demo = await startDemoServerProcess();
  tui = startTmux([process.execPath, CLI_PATH, '--kubeconfig', demo.kubeconfig], { columns: 140, rows: 40, env: { XDG_STATE_HOME: scratchDir('kilo-rollfwd-state-') } });
  await tui.waitFor('78 rs (63 stale)', 30_000);
}, 60_000);

afterAll(async () => {
  tui?.kill();
  await demo?.stop();
});

/** The Deployments list narrowed to one name, its row under the cursor. */
async function selectDeployment(name: string): Promise<void> {
  await typeCommand(tui, 'deploy', 'Deployments (14)');
  tui.send('/');
  tui.type(name);
  tui.send('Enter');
  await tui.waitFor(`Deployments (1 of 14) [/${name}]`);
}

/** y on the open preview, then Enter on the result: the rollout view the run started. */
async function runAndFollow(name: string): Promise<void> {
  tui.send('y');
  await tui.waitFor(/1 changed|changed {2}kubectl/, 30_000);
  tui.send('Enter');
  await tui.waitFor(`Rollout · ${name}`);
}

async function setImage(name: string, image: string): Promise<void> {
  await selectDeployment(name);
  tui.send('i');
  await tui.waitFor(`Set image of deployment ${name}`);
  tui.send('C-u');
  tui.type(image);
  await tui.waitFor(`=${image}`);
  tui.send('Enter');
  await tui.waitFor(new RegExp(`kubectl set image deployment/${name} \\w+=${image.replace(/[/.]/g, '\\$&')} -n kilo-guardian`));
  await runAndFollow(name);
}

const back = async (shown: string) => {
  tui.send('Escape');
  await tui.waitFor(shown);
};

describe('the report next steps from the keyboard, verify as the judge', () => {
  it('verify fails before (exit 1)', async () => {
    expect((await verify()).code).toBe(1);
  }, 60_000);

  it('u on kilo-meds, delete the stale ReplicaSets, i kilo-meds:ai-brain-ocr-v3: the rollout view completes and verify exits 0', async () => {
    await selectDeployment('kilo-meds');
    tui.send('u');
    await tui.waitFor(/kubectl rollout undo deployment\/kilo-meds -n kilo-guardian --to-revision=\d+/);
    await runAndFollow('kilo-meds');
    await tui.waitFor('✔ deployment "kilo-meds" successfully rolled out', 30_000);
    await back('Deployments (1 of 14)');

    await typeCommand(tui, 'rs', /ReplicaSets \(\d+\)/);
    tui.send('C-z');
    await tui.waitFor(/ReplicaSets \(\d+ of \d+\) \[problems only\]/);
    tui.send('*');
    await tui.waitFor(/6[34] marked/);
    tui.send('C-d');
    await tui.waitFor(/Delete 6[34] ReplicaSets/);
    tui.send('y');
    await tui.waitFor(/6[34] deleted/, 60_000);
    tui.send('Enter');
    await tui.waitFor('14 rs (0 stale)', 30_000);

    await setImage('kilo-meds', 'kilo-meds:ai-brain-ocr-v3');
    const done = await tui.waitFor('✔ deployment "kilo-meds" successfully rolled out', 60_000);
    expect(done).toContain('kilo-meds:ai-brain-ocr-v3');
    await eventually(async () => (await verify()).code === 0, 30_000, 'verify exit 0');
    expect(await demo.kubectl('get', 'deploy', 'kilo-meds', '-n', 'kilo-guardian', '-o', 'jsonpath={.spec.template.spec.containers[0].image}')).toBe('kilo-meds:ai-brain-ocr-v3');
  }, 240_000);

  it('i kilo-socketio with kilo/socketio:doesnotexist: the guard shows ImagePullBackOff with the pull message; u rolls back and verify exits 0 again', async () => {
    await back('Deployments (1 of 14) [/kilo-meds]');
    await back('Deployments (14)');
    await back('kilo-tui');
    await setImage('kilo-socketio', 'kilo/socketio:doesnotexist');
    const guard = await tui.waitFor(/✘ rollout failed: ImagePullBackOff: pod kilo-socketio-\S+ cannot pull kilo\/socketio:doesnotexist/, 60_000);
    expect(guard).toContain('not found');
    expect(guard).toContain('u: roll back to the previous revision');
    expect((await verify()).code).toBe(1);

    tui.send('u');
    await tui.waitFor(/kubectl rollout undo deployment\/kilo-socketio -n kilo-guardian --to-revision=\d+/);
    tui.send('y');
    await tui.waitFor(/1 changed|changed {2}kubectl/, 30_000);
    tui.send('Enter');
    await tui.waitFor('✔ deployment "kilo-socketio" successfully rolled out', 60_000);
    expect(await demo.kubectl('get', 'deploy', 'kilo-socketio', '-n', 'kilo-guardian', '-o', 'jsonpath={.spec.template.spec.containers[0].image}')).toBe('python:3.11-slim');
    await eventually(async () => (await verify()).code === 0, 30_000, 'verify exit 0 again');
  }, 240_000);
});
