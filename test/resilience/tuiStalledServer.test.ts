// Issue 13 item 7 in a real terminal: the demo API server is a child process and gets SIGSTOP,
// as a hung server does (the sockets stay open, nothing answers). kilo-tui must say so within
// 20 s, keep and mark its data stale, and recover once the server runs again (SIGCONT).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { CLI_PATH, startTmux, type TmuxSession } from '../helpers/tmux.js';

let server: DemoServerProcess;
let tui: TmuxSession;

beforeAll(async () => {
  server = await startDemoServerProcess();
  tui = startTmux([process.execPath, CLI_PATH, '--kubeconfig', server.kubeconfig], { columns: 140, rows: 40 });
  await tui.waitFor('78 rs (63 stale)', 30_000);
  await tui.waitFor(/ connected /);
}, 60_000);

afterAll(async () => {
  tui?.kill();
  if (server?.child.pid) process.kill(server.child.pid, 'SIGCONT');
  await server?.stop();
});

it('SIGSTOP of the API server shows "stalled" within 20 s with the data kept; SIGCONT recovers', async () => {
  const stoppedAt = Date.now();
  process.kill(server.child.pid!, 'SIGSTOP');
  const stalled = await tui.waitFor(/stalled: no answer for \d+s/, 25_000);
  expect(Date.now() - stoppedAt).toBeLessThan(20_000);
  expect(stalled).toContain('[stale data]');
  expect(stalled).toContain('78 rs (63 stale)');
  expect(stalled).not.toMatch(/ connected /);

  process.kill(server.child.pid!, 'SIGCONT');
  const recovered = await tui.waitFor(/ connected /, 15_000);
  expect(recovered).not.toContain('stalled');
  expect(recovered).not.toContain('[stale data]');
  expect(tui.isAlive()).toBe(true);
}, 60_000);
