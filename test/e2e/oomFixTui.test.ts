// Issue 15's OOM acceptance in a real terminal: the built kilo-tui against `kilo-tui demo-server`.
// kilo-ai-brain's describe explains its OOM kills (limit, peak, restarts, the fix's kubectl line)
// and `L` asks for the limit with the suggestion prefilled; `:audit` lists the OOM finding with the
// set-resources plan, `x` previews it and `y` runs it; the previewed line, run by the real kubectl
// on a fresh demo server, sets the same limit (kubectl get -o jsonpath reads it on both).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { CLI_PATH, startTmux, type TmuxSession, typeCommand } from '../helpers/tmux.js';

const run = promisify(execFile);
let demo: DemoServerProcess;
let fresh: DemoServerProcess | undefined;
let tui: TmuxSession;

beforeAll(async () => {
  demo = await startDemoServerProcess();
  tui = startTmux([process.execPath, CLI_PATH, '--kubeconfig', demo.kubeconfig], { columns: 140, rows: 40 });
  await tui.waitFor('14 deploy', 30_000);
}, 60_000);

afterAll(async () => {
  tui?.kill();
  await demo?.stop();
  await fresh?.stop();
});

const LINE = 'kubectl set resources deployment/kilo-ai-brain -c ai-brain --limits=memory=2560Mi -n kilo-guardian';
const limitOf = (server: DemoServerProcess) => server.kubectl('get', 'deployment', 'kilo-ai-brain', '-n', 'kilo-guardian', '-o', 'jsonpath={.spec.template.spec.containers[?(@.name=="ai-brain")].resources.limits.memory}');

describe("kilo-ai-brain's OOM kills, explained and fixed", () => {
  it("describe says the limit, the peak seen, the restarts and the fix; L prompts with the suggested 2560Mi", async () => {
    await typeCommand(tui, 'pods', 'Pods (15)');
    tui.send('g');
    await tui.waitFor(/^│> kilo-ai-brain/m);
    tui.send('d');
    const described = await tui.waitFor('ai-brain was OOMKilled (exit code 137');
    expect(described).toContain('11 restarts, the last caused by the kill');
    expect(described).toMatch(/memory limit 2Gi · (peak seen \d+Mi \(\d+ % of the limit\)|peak not observed yet)/);
    expect(described).toContain('fix: raise the limit to 2560Mi (the limit, which the kill proves it reached, + 25 %, rounded up to 256Mi)');
    expect(described).toContain(LINE);
    tui.send('Escape');
    await tui.waitFor('Pods (15)');
    tui.send('L');
    const prompt = await tui.waitFor('Memory limit of ai-brain in deployment kilo-ai-brain');
    expect(prompt).toContain('2560');
    tui.send('Escape');
    await tui.waitFor('Pods (15)');
    tui.send('Escape');
  }, 60_000);

  it(':audit lists the OOM finding with its set-resources plan; x then y raises the limit; the line on a fresh server sets the same', async () => {
    await typeCommand(tui, 'audit', /Audit kilo-guardian: \d+ findings/);
    const list = await tui.waitFor('kilo-ai-brain/ai-brain OOMKilled: 2Gi limit, 11 restarts');
    expect(list).toMatch(/MEDIUM\s+kilo-ai-brain\/ai-brain OOMKilled: 2Gi limit, 11 restarts\s+2\s+Memory limit of kilo-ai-brain\/ai-brain → 2560Mi/);
    // Down to the finding (CRITICAL, HIGH, then the MEDIUMs).
    for (let i = 0; i < 6 && !/^│> .*kilo-ai-brain\/ai-brain/m.test(tui.capture()); i++) {
      tui.send('j');
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    await tui.waitFor(/^│> .*kilo-ai-brain\/ai-brain OOMKilled/m);
    tui.send('Enter');
    const evidence = await tui.waitFor('Finding memory-limit/deployment/kilo-ai-brain/ai-brain');
    expect(evidence).toContain('memory limit 2Gi');
    expect(evidence).toContain('11 restarts');
    tui.send('x');
    // The finding's page already shows LINE: wait for what only the modal says.
    const modal = await tui.waitFor('a rollout starts: 1 pod replaced through a new ReplicaSet');
    expect(modal).toContain(LINE);
    tui.send('y');
    await tui.waitFor(/1 changed|changed/);
    expect(await limitOf(demo)).toBe('2560Mi');

    fresh = await startDemoServerProcess();
    expect(await limitOf(fresh)).toBe('2Gi');
    await run('bash', ['-c', `${LINE} --kubeconfig '${fresh.kubeconfig}'`], { timeout: 30_000 });
    expect(await limitOf(fresh)).toBe(await limitOf(demo));
  }, 120_000);
});
