import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { runTui } from '../../src/ui/runTui.js';
import { FakeGateway } from '../helpers/fakeGateway.js';
import { FakeStdin, FakeStdout, tick } from '../helpers/renderWithStore.js';
import { kiloCluster } from './kiloCluster.js';

async function start(readonly = true) {
  const gateway = new FakeGateway();
  const stdout = new FakeStdout(120, 35);
  stdout.isTTY = true;
  const stdin = new FakeStdin();
  const clock = new ManualClock();
  const done = runTui(gateway, {
    readonly,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    clock,
    patchConsole: false,
  });
  // runTui loads Ink's shared caches (an import), switches to the alternate screen, waits for the
  // first lists (here they never come: at most FIRST_FRAME_WAIT_MS), then draws: wait for that frame.
  const deadline = Date.now() + 5_000;
  while (!stdout.frames.some((frame) => frame.includes('kilo-tui')) && Date.now() < deadline) await tick();
  return { gateway, stdout, stdin, clock, done };
}

/**
 * Every watch lists the kilo cluster and reports connected; one flush later the frame shows it.
 * Waits for that frame rather than a fixed time: Ink paces frames on real timers, late on a busy machine.
 */
async function deliverCluster(gateway: FakeGateway, clock: ManualClock, stdout: FakeStdout) {
  const { objects } = kiloCluster();
  // The kinds the first screen watches (lists open their own watches).
  for (const kind of [...gateway.handlers.keys()]) {
    gateway.sync(kind, objects.filter((obj) => obj.kind === kind));
    gateway.state(kind, { status: 'connected' });
  }
  clock.advance(40);
  const deadline = Date.now() + 5_000;
  while (!stdout.frames.join('').includes('kilo-meds') && Date.now() < deadline) await tick(20);
}

describe('runTui', () => {
  it('shows what the watches deliver and resolves on :q, stopping watches and leaving the alternate screen', async () => {
    const { gateway, stdout, stdin, clock, done } = await start();
    expect(stdout.frames[0]).toContain('\u001b[?1049h');
    await deliverCluster(gateway, clock, stdout);
    const output = stdout.frames.join('');
    expect(output).toContain('kilo-meds');
    expect(output).toContain('[readonly]');
    for (const key of [':', 'q', '\r']) {
      stdin.write(key);
      await tick();
    }
    await done;
    expect(gateway.stopped.sort()).toEqual(['Deployment', 'Event', 'Pod', 'ReplicaSet']);
    expect(stdout.frames[stdout.frames.length - 1]).toContain('\u001b[?1049l');
  });

  it('resolves on Ctrl-c', async () => {
    const { stdin, done } = await start();
    stdin.write('\u0003');
    await expect(done).resolves.toBeUndefined();
  });

  it('handles keys that arrive in one chunk each where the previous one left the focus', async () => {
    const { gateway, stdout, stdin, clock, done } = await start(false);
    await deliverCluster(gateway, clock, stdout);
    // h opens the history-limit prompt (default 3), 5 replaces it, Enter previews: all in one read.
    stdin.write('h5\r');
    const deadline = Date.now() + 5_000;
    while (!stdout.frames.join('').includes('kubectl patch deployment') && Date.now() < deadline) await tick(20);
    const preview = stdout.frames.join('');
    expect(preview).toContain(`-p '{"spec":{"revisionHistoryLimit":5}}'`);
    expect(preview).not.toContain(`-p '{"spec":{"revisionHistoryLimit":3}}'`);
    stdin.write('\u001b');
    await tick(60);
    stdin.write('\u0003');
    await done;
  });
});
