// Issue 14: the logs pane redraws only its own lines, and a static screen's clock tick only the
// header. lineDiffOutput.ts replaces Ink's whole-screen rewrite with changed lines written at their
// absolute rows. Checked on the log-update itself and on the running TUI (runTui, an in-memory
// terminal): the bytes of a frame name only the rows that changed. Resize: test/e2e/resizeRepaint.test.ts.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { createLineDiffLog } from '../../src/ui/lineDiffOutput.js';
import { runTui } from '../../src/ui/runTui.js';
import { FakeGateway } from '../helpers/fakeGateway.js';
import { FakeStdin, FakeStdout, tick } from '../helpers/renderWithStore.js';
import { kiloCluster } from './kiloCluster.js';

/** The rows (1-based) a frame's bytes write text to, and what. */
function writtenRows(bytes: string): Map<number, string> {
  const rows = new Map<number, string>();
  for (const match of bytes.matchAll(/\u001b\[(\d+);1H([^\u001b]*(?:\u001b\[(?!\d+;1H)[0-9;?]*[A-Za-z][^\u001b]*)*)/g)) {
    const text = match[2].replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    if (text.length > 0) rows.set(Number(match[1]), text);
  }
  return rows;
}

describe('the line-diffing log-update', () => {
  it('writes a first frame whole, then only the lines that changed, and erases rows a shorter frame left', () => {
    const written: string[] = [];
    const log = createLineDiffLog({ write: (text: string) => written.push(text) });
    log('one\ntwo\nthree\n');
    expect(written[0]).toContain('\u001b[2J');
    expect([...writtenRows(written[0]).values()]).toEqual(['one', 'two', 'three']);

    expect(log('one\nTWO\nthree\n')).toBe(true);
    expect(writtenRows(written[1])).toEqual(new Map([[2, 'TWO']]));
    expect(written[1]).not.toContain('\u001b[2J');

    expect(log('one\nTWO\nthree\n')).toBe(false);
    expect(written).toHaveLength(2);

    log('one\n');
    expect(writtenRows(written[2])).toEqual(new Map());
    expect(written[2]).toContain('\u001b[2;1H\u001b[K');
    expect(written[2]).toContain('\u001b[3;1H\u001b[K');
  });

  it('writes the whole frame again once the screen is unknown (a resize)', () => {
    const written: string[] = [];
    const log = createLineDiffLog({ write: (text: string) => written.push(text) });
    log('a\nb\n');
    log.invalidate();
    log('a\nb\n');
    expect(written[1]).toContain('\u001b[2J');
    expect([...writtenRows(written[1]).values()]).toEqual(['a', 'b']);
  });
});

/** A gateway whose pods log what the test pushes. */
class LoggingGateway extends FakeGateway {
  readonly streams = new Map<string, (text: string) => void>();
  override readLogs(): Promise<string> {
    return Promise.resolve('');
  }
  override followLogs(pod: string, _options: unknown, onText: (text: string) => void): () => void {
    this.streams.set(pod, onText);
    return () => this.streams.delete(pod);
  }
}

async function until(test: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await tick(20);
  }
}

async function startOverview() {
  const gateway = new LoggingGateway();
  const stdout = new FakeStdout(120, 35);
  stdout.isTTY = true;
  const stdin = new FakeStdin();
  const clock = new ManualClock();
  const done = runTui(gateway, { readonly: true, stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, clock, patchConsole: false });
  await until(() => stdout.frames.some((frame) => frame.includes('kilo-tui')), 'the first frame');
  const cluster = kiloCluster();
  for (const kind of [...gateway.handlers.keys()]) {
    gateway.sync(kind, cluster.objects.filter((obj) => obj.kind === kind));
    gateway.state(kind, { status: 'connected' });
  }
  clock.advance(40);
  await until(() => stdout.frames.join('').includes('kilo-meds'), 'the lists on screen');
  return { gateway, stdout, stdin, clock, done, cluster };
}

/** Waits until the screen has been quiet for a moment; returns how many writes there were. */
async function settled(stdout: FakeStdout): Promise<number> {
  let count = -1;
  while (count !== stdout.frames.length) {
    count = stdout.frames.length;
    await tick(150);
  }
  return count;
}

/** What the terminal shows, row by row, after the given writes (a clear empties it). */
function screenAfter(writes: readonly string[]): string[] {
  const screen: string[] = [];
  for (const bytes of writes) {
    if (bytes.includes('\u001b[2J')) screen.length = 0;
    for (const match of bytes.matchAll(/\u001b\[(\d+);1H((?:(?!\u001b\[\d+;1H)[\s\S])*)/g)) {
      screen[Number(match[1]) - 1] = match[2].replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    }
  }
  return screen;
}

function changedRows(before: readonly string[], after: readonly string[]): number[] {
  const rows: number[] = [];
  for (let row = 0; row < Math.max(before.length, after.length); row++) if ((before[row] ?? '') !== (after[row] ?? '')) rows.push(row + 1);
  return rows;
}

describe('the running TUI', () => {
  it('rewrites only the lines that changed when the minute changes on a static screen: the header, not the tables', async () => {
    const { stdout, stdin, clock, done } = await startOverview();
    const before = await settled(stdout);
    const screenBefore = screenAfter(stdout.frames.slice(0, before));
    clock.advance(60_000 - (clock.now() % 60_000));
    await until(() => stdout.frames.length > before, 'the minute frame');
    await settled(stdout);
    const screenNow = screenAfter(stdout.frames);
    const rows = writtenRows(stdout.frames.slice(before).join(''));
    expect([...rows.keys()]).toEqual(changedRows(screenBefore, screenNow));
    expect(rows.get(1)).toMatch(/kilo-tui {2}ctx .* \d\d:\d\dUTC/);
    expect(rows.size).toBeLessThan(8);
    stdin.write('\u0003');
    await done;
  });

  it('rewrites only the logs pane lines when the followed pod logs', async () => {
    const { gateway, stdout, stdin, clock, done, cluster } = await startOverview();
    // The pane follows the pod under the cursor once it has rested (kilo-cam's, first by name).
    clock.advance(300);
    const pod = cluster.camPod.metadata.name;
    await until(() => gateway.streams.has(pod), 'the logs pane following the pod');
    const before = await settled(stdout);
    const screenBefore = screenAfter(stdout.frames.slice(0, before));
    gateway.streams.get(pod)!('first line from the pod\nsecond line from the pod\n');
    clock.advance(250);
    await until(() => stdout.frames.slice(before).join('').includes('second line from the pod'), 'the lines on screen');
    await settled(stdout);
    const screenNow = screenAfter(stdout.frames);
    const rows = writtenRows(stdout.frames.slice(before).join(''));
    expect([...rows.keys()]).toEqual(changedRows(screenBefore, screenNow));
    // The logs pane is the bottom right box: the rows written are its own, below the Deployments table.
    const paneTop = screenNow.findIndex((line) => /││Logs /.test(line)) + 1;
    expect(paneTop).toBeGreaterThan(10);
    for (const row of rows.keys()) expect(row).toBeGreaterThanOrEqual(paneTop);
    expect([...rows.values()].join('\n')).toContain('first line from the pod');
    stdin.write('\u0003');
    await done;
  });
});
