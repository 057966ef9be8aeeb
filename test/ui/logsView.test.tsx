import { afterEach, describe, expect, it, vi } from 'vitest';
// Colours on, so the filter's inverse highlight is visible in frames.
vi.hoisted(() => {
  process.env.FORCE_COLOR = '1';
});
import React from 'react';
import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { ManualClock } from '../../src/domain/clock.js';
import { FLUSH_INTERVAL_MS, LogSession } from '../../src/logs/logSession.js';
import { LogsView } from '../../src/ui/views/LogsView.js';
import { FakeLogGateway } from '../logs/fakeLogGateway.js';
import { crashLoopingPod, runningPod } from '../logs/podFixtures.js';
import { scratchDir } from '../helpers/scratchDir.js';

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};
const plain = (frame: string | undefined): string => (frame ?? '').replace(/\x1b\[[0-9;]*m/g, '');
const CRASH = 'kilo-meds-7568f7694c-q8w4k';
const RUNNING = 'kilo-meds-55d9cd8856-x2x9z';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function mount(options: { pod: string; previous?: string; crashing?: boolean; width?: number; height?: number; capacity?: number }) {
  const gateway = new FakeLogGateway();
  const clock = new ManualClock();
  gateway.pods.set(options.pod, options.crashing ? crashLoopingPod(options.pod, 6) : runningPod(options.pod));
  if (options.previous !== undefined) gateway.previousLogs.set(options.pod, options.previous);
  const session = new LogSession({ gateway, clock, target: { title: options.pod, pods: [options.pod], merged: false }, capacity: options.capacity });
  void session.start();
  const onClose = vi.fn();
  const stateHome = scratchDir('kilo-logs-test-');
  const app = render(
    <LogsView session={session} width={options.width ?? 100} height={options.height ?? 10} isActive onClose={onClose} stateHome={stateHome} />,
  );
  cleanup = () => {
    app.unmount();
    session.stop();
  };
  await settle();
  const tick = async (): Promise<void> => {
    clock.advance(FLUSH_INTERVAL_MS);
    await settle();
  };
  const press = async (...keys: string[]): Promise<void> => {
    for (const key of keys) {
      app.stdin.write(key);
      await settle();
    }
  };
  return { gateway, clock, session, app, onClose, stateHome, tick, press, frame: () => plain(app.lastFrame()) };
}

const TRACEBACK = [
  '2026-01-06T11:57:58.1Z Traceback (most recent call last):',
  '2026-01-06T11:57:58.1Z   File "/app/main.py", line 16, in <module>',
  '2026-01-06T11:57:58.1Z     from prometheus_client import Counter',
  "2026-01-06T11:57:58.2Z ModuleNotFoundError: No module named 'prometheus_client'",
].join('\n');

describe('LogsView', () => {
  it('leads with the last termination, then the previous container traceback', async () => {
    const view = await mount({ pod: CRASH, previous: TRACEBACK, crashing: true });
    await view.tick();
    const lines = view.frame().split('\n');
    expect(lines[0]).toContain(`Logs ${CRASH}/app [previous]`);
    expect(lines[1]).toContain('Last termination: Error · exit 1, 2m ago');
    expect(lines[1]).toContain('restarts 6 · CrashLoopBackOff');
    const traceback = lines.findIndex((line) => line.includes("ModuleNotFoundError: No module named 'prometheus_client'"));
    expect(traceback).toBeGreaterThan(1);
    expect(lines.at(-1)).toContain('previous container (exit 1, 2m ago)');
  });

  it('filters with / and highlights the matches; ! inverts; Esc clears', async () => {
    const view = await mount({ pod: CRASH, previous: TRACEBACK, crashing: true });
    await view.tick();
    await view.press('/', 'p', 'r', 'o', 'm', '\r');
    const raw = view.app.lastFrame() ?? '';
    expect(raw).toContain('\x1b[7mprom\x1b[27metheus_client');
    expect(view.frame()).not.toContain('Traceback');
    expect(view.frame()).toContain('filter:/prom/');
    expect(view.frame()).toContain('2/4 lines');
    await view.press('/', '!', 'p', 'r', 'o', 'm', '\r');
    expect(view.frame()).toContain('Traceback');
    expect(view.frame()).not.toContain('ModuleNotFoundError');
    await view.press('\x1b');
    await settle();
    expect(view.frame()).toContain('ModuleNotFoundError');
    expect(view.onClose).not.toHaveBeenCalled();
  });

  it('t shows and hides the server timestamps', async () => {
    const view = await mount({ pod: CRASH, previous: TRACEBACK, crashing: true });
    await view.tick();
    expect(view.frame()).not.toContain('2026-01-06T11:57:58');
    await view.press('t');
    expect(view.frame()).toContain('2026-01-06T11:57:58.100Z Traceback');
    expect(view.frame()).toContain('ts:on');
    await view.press('t');
    expect(view.frame()).not.toContain('2026-01-06T11:57:58');
  });

  it('shows timestamps at one width, in UTC with milliseconds, so the lines align; the session keeps the server text', async () => {
    const view = await mount({ pod: RUNNING });
    const raw = ['2026-11-26T05:18:32Z', '2026-11-26T05:18:32.005Z', '2026-11-26T05:18:32.01Z', '2026-11-26T07:18:32.123456789+02:00'];
    view.gateway.lastStream().write(raw.map((ts, i) => `${ts} line ${i}\n`).join(''));
    await view.tick();
    await view.press('t');
    const lines = view.frame().split('\n');
    const shown = raw.map((_, i) => lines.find((line) => line.includes(`line ${i}`)) ?? '');
    expect(shown.map((line) => /^\S+/.exec(line)?.[0])).toEqual([
      '2026-11-26T05:18:32.000Z',
      '2026-11-26T05:18:32.005Z',
      '2026-11-26T05:18:32.010Z',
      '2026-11-26T05:18:32.123Z',
    ]);
    expect(new Set(shown.map((line) => line.indexOf('line ')))).toEqual(new Set([25]));
    expect(view.session.lines.toArray().map((entry) => entry.kind === 'line' && entry.timestamp)).toEqual(raw);
  });

  it('w wraps long lines inside the window instead of cutting them', async () => {
    const view = await mount({ pod: RUNNING, width: 40 });
    view.gateway.lastStream().write(`2026-01-06T12:00:00Z ${'a'.repeat(70)}END\n`);
    await view.tick();
    expect(view.frame()).not.toContain('END');
    await view.press('w');
    expect(view.frame()).toContain('aEND');
    for (const line of view.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('renders only the window: the frame never exceeds the height, and scrolling up pauses following', async () => {
    const view = await mount({ pod: RUNNING, height: 8 });
    const stream = view.gateway.lastStream();
    stream.write(Array.from({ length: 200 }, (_, i) => `2026-01-06T12:00:00Z line ${i}\n`).join(''));
    await view.tick();
    expect(view.frame().split('\n').length).toBeLessThanOrEqual(8);
    expect(view.frame()).toContain('line 199');
    await view.press('k');
    const paused = view.frame();
    expect(paused).toContain('auto:off');
    expect(paused).toContain('line 193');
    expect(paused).not.toContain('line 199');
    stream.write('2026-01-06T12:00:01Z line 200\n');
    await view.tick();
    expect(view.frame()).not.toContain('line 200');
    await view.press('s');
    expect(view.frame()).toContain('line 200');
    await view.press('w');
    expect(view.frame().split('\n').length).toBeLessThanOrEqual(8);
  });

  it('removes terminal control sequences from log text before rendering', async () => {
    const view = await mount({ pod: RUNNING });
    view.gateway.lastStream().write('2026-01-06T12:00:00Z before\x1b[2J\x1b]0;title\x07\x1b[10;5H\x1b[Aafter\r\n');
    await view.tick();
    const raw = view.app.lastFrame() ?? '';
    expect(raw).not.toMatch(/\x1b(?!\[[0-9;]*m)/);
    expect(raw).not.toContain('title');
    expect(view.frame()).toContain('beforeafter');
  });

  it('Ctrl-s saves the buffer and shows the path; Esc closes', async () => {
    const view = await mount({ pod: CRASH, previous: TRACEBACK, crashing: true, width: 200 });
    await view.tick();
    await view.press('\x13');
    const match = /saved 4 lines to (\S+\.log)/.exec(view.frame());
    expect(match).not.toBeNull();
    expect(match![1].startsWith(`${view.stateHome}/kilo-tui/logs/`)).toBe(true);
    expect(readFileSync(match![1], 'utf8')).toContain("2026-01-06T11:57:58.2Z ModuleNotFoundError: No module named 'prometheus_client'\n");
    await view.press('\x1b');
    await settle();
    expect(view.onClose).toHaveBeenCalledTimes(1);
  });

  it('p switches to the current container and 3 asks for the last 5 minutes', async () => {
    const view = await mount({ pod: CRASH, previous: TRACEBACK, crashing: true });
    await view.tick();
    await view.press('p');
    expect(view.frame()).toContain('[current]');
    expect(view.gateway.lastStream().options).toMatchObject({ tailLines: 10_000, timestamps: true });
    await view.press('3');
    expect(view.frame()).toContain('since 5m');
    expect(view.gateway.lastStream().options).toMatchObject({ sinceSeconds: 300 });
  });
});
