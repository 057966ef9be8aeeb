// NO_COLOR (no-color.org) must hold in the logs view and every modal, not only in the tables:
// with it set no foreground colour reaches the frame; without it the colours are still there.
import React from 'react';
import chalk from 'chalk';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OperationResult } from '../../src/domain/plans/plan.js';
import { ManualClock } from '../../src/domain/clock.js';
import { FLUSH_INTERVAL_MS, LogSession } from '../../src/logs/logSession.js';
import { ConfirmModal } from '../../src/ui/modal/ConfirmModal.js';
import { ExecutionView } from '../../src/ui/modal/ExecutionView.js';
import { NumberPrompt } from '../../src/ui/modal/NumberPrompt.js';
import { RevisionPicker } from '../../src/ui/modal/RevisionPicker.js';
import { LogsView } from '../../src/ui/views/LogsView.js';
import { FakeLogGateway } from '../logs/fakeLogGateway.js';
import { crashLoopingPod, runningPod } from '../logs/podFixtures.js';
import { CTX, dangerousDeletePlan, flush, staleDeletePlan } from './modalFixtures.js';

/** SGR parameters that set a foreground colour: 30–37, 38;…, 90–97. */
function colourCodes(frame: string): string[] {
  const found: string[] = [];
  for (const match of frame.matchAll(/\x1b\[([0-9;]*)m/g)) {
    const params = match[1].split(';');
    if (params[0] === '38' || params.some((p) => /^(3[0-7]|9[0-7])$/.test(p))) found.push(match[1]);
  }
  return found;
}

const noop = () => undefined;
const revisions = [
  { revision: 9, image: 'kilo-meds:ai-brain-ocr-v2', ageMs: 7 * 60_000, replicaSetName: 'kilo-meds-7568f7694c', current: true },
  { revision: 8, image: 'kilo-meds:cb1', ageMs: 23 * 3_600_000, replicaSetName: 'kilo-meds-55d9cd8856', current: false },
];

async function frameOf(element: React.ReactElement, keys: string[] = []): Promise<string> {
  const ui = render(element);
  await flush();
  for (const key of keys) {
    ui.stdin.write(key);
    await flush();
  }
  const frame = ui.lastFrame() ?? '';
  ui.unmount();
  return frame;
}

const modals: [string, () => React.ReactElement, string[]][] = [
  [
    'ConfirmModal',
    () => {
      const { plan } = dangerousDeletePlan();
      return <ConfirmModal plan={{ ...plan, context: 'prod' }} ctx={CTX} width={100} height={20} onConfirm={noop} onCancel={noop} onDryRun={noop} onExport={noop} isActive />;
    },
    ['\t'],
  ],
  [
    'DangerWarning',
    () => {
      const { plan } = dangerousDeletePlan();
      return <ConfirmModal plan={plan} ctx={CTX} width={100} height={20} onConfirm={noop} onCancel={noop} onDryRun={noop} onExport={noop} dangerStage isActive />;
    },
    ['x', '\r'],
  ],
  [
    'ExecutionView',
    () => {
      const { plan } = staleDeletePlan();
      const results: OperationResult[] = plan.operations.slice(0, 3).map((operation, i) => ({
        operation,
        outcome: i === 0 ? 'deleted' : i === 1 ? 'changed since preview: skipped' : 'forbidden',
      }));
      return <ExecutionView plan={plan} ctx={CTX} mode="execute" results={results} done={false} error="action log not written" width={100} height={20} onClose={noop} isActive />;
    },
    [],
  ],
  [
    'RevisionPicker',
    () => <RevisionPicker title="Roll back kilo-meds to…" deploymentName="kilo-meds" revisions={revisions} width={100} height={12} onPick={noop} onCancel={noop} isActive />,
    [],
  ],
  [
    'NumberPrompt',
    () => <NumberPrompt title="Set revisionHistoryLimit" label="old ReplicaSets to keep" initial={3} min={0} max={5} width={80} onSubmit={noop} onCancel={noop} isActive />,
    ['9', '\r'],
  ],
];

const A = 'kilo-meds-55d9cd8856-x2x9z';
const B = 'kilo-meds-7568f7694c-q8w4k';

/** Merged logs of two pods (prefixes), plus a crash-looping single pod (termination banner). */
async function logsFrames(): Promise<string> {
  const frames: string[] = [];
  for (const merged of [true, false]) {
    const gateway = new FakeLogGateway();
    const clock = new ManualClock();
    gateway.pods.set(A, runningPod(A));
    gateway.pods.set(B, crashLoopingPod(B, 6));
    gateway.previousLogs.set(B, '2026-01-06T11:57:58.1Z Traceback (most recent call last):\n');
    const target = merged ? { title: 'deploy/kilo-meds', pods: [A, B], merged: true } : { title: B, pods: [B], merged: false };
    const session = new LogSession({ gateway, clock, target });
    void session.start();
    const ui = render(<LogsView session={session} width={100} height={10} isActive onClose={noop} />);
    await flush();
    for (const stream of gateway.streams) stream.write(`2026-01-06T12:00:00Z hello from ${stream.pod}\n`);
    clock.advance(FLUSH_INTERVAL_MS);
    await flush();
    // a filter with a current match: the highlighted match is coloured too
    for (const key of ['/', 'h', 'e', 'l', '\r', 'n']) {
      ui.stdin.write(key);
      await flush();
    }
    frames.push(ui.lastFrame() ?? '');
    ui.unmount();
    session.stop();
  }
  return frames.join('\n');
}

describe('NO_COLOR in the logs view and the modals', () => {
  let level: typeof chalk.level;
  const noColor = process.env.NO_COLOR;
  beforeEach(() => {
    level = chalk.level;
    chalk.level = 1;
  });
  afterEach(() => {
    chalk.level = level;
    if (noColor === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = noColor;
    vi.restoreAllMocks();
  });

  it.each(modals)('%s emits colour normally and none with NO_COLOR', async (_name, element, keys) => {
    const shown = element();
    delete process.env.NO_COLOR;
    const coloured = await frameOf(shown, keys);
    expect(colourCodes(coloured)).not.toEqual([]);

    process.env.NO_COLOR = '1';
    const plain = await frameOf(shown, keys);
    expect(colourCodes(plain)).toEqual([]);
    // Meaning stays in the text.
    expect(plain.replace(/\x1b\[[0-9;]*m/g, '')).toBe(coloured.replace(/\x1b\[[0-9;]*m/g, ''));
  });

  it('LogsView colours the pod prefixes, title, status and banner normally, and nothing with NO_COLOR', async () => {
    delete process.env.NO_COLOR;
    const coloured = await logsFrames();
    expect(coloured).toContain('\x1b[36mx2x9z');
    expect(coloured).toContain('\x1b[32mq8w4k');
    expect(coloured).toContain('Last termination');

    process.env.NO_COLOR = '1';
    const plain = await logsFrames();
    expect(colourCodes(plain)).toEqual([]);
    expect(plain).toContain('x2x9z');
    expect(plain).toContain('q8w4k');
    expect(plain).toContain('Last termination');
  });
});
