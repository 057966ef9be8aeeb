import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/demo/clock.js';
import { runTui } from '../../src/ui/runTui.js';
import { FakeGateway } from '../helpers/fakeGateway.js';
import { FakeStdin, FakeStdout, tick } from '../helpers/renderWithStore.js';
import { kiloCluster } from './kiloCluster.js';

async function start() {
  const gateway = new FakeGateway();
  const stdout = new FakeStdout(120, 35);
  stdout.isTTY = true;
  const stdin = new FakeStdin();
  const clock = new ManualClock();
  const done = runTui(gateway, {
    readonly: true,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    clock,
    patchConsole: false,
  });
  await tick();
  return { gateway, stdout, stdin, clock, done };
}

describe('runTui', () => {
  it('shows what the watches deliver and resolves on :q, stopping watches and leaving the alternate screen', async () => {
    const { gateway, stdout, stdin, clock, done } = await start();
    expect(stdout.frames[0]).toContain('\u001b[?1049h');
    const { objects } = kiloCluster();
    for (const kind of ['Deployment', 'ReplicaSet', 'Pod', 'Service', 'Event'] as const) {
      gateway.sync(kind, objects.filter((obj) => obj.kind === kind));
      gateway.state(kind, { status: 'connected' });
    }
    clock.advance(40);
    await tick(60);
    const output = stdout.frames.join('');
    expect(output).toContain('kilo-meds');
    expect(output).toContain('[readonly]');
    for (const key of [':', 'q', '\r']) {
      stdin.write(key);
      await tick();
    }
    await done;
    expect(gateway.stopped.sort()).toEqual(['Deployment', 'Event', 'Pod', 'ReplicaSet', 'Service']);
    expect(stdout.frames[stdout.frames.length - 1]).toContain('\u001b[?1049l');
  });

  it('resolves on Ctrl-c', async () => {
    const { stdin, done } = await start();
    stdin.write('\u0003');
    await expect(done).resolves.toBeUndefined();
  });
});
