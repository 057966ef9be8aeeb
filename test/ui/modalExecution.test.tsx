import React from 'react';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import type { OperationResult } from '../../src/domain/plans/plan.js';
import { ExecutionView } from '../../src/ui/modal/ExecutionView.js';
import { NumberPrompt } from '../../src/ui/modal/NumberPrompt.js';
import { RevisionPicker } from '../../src/ui/modal/RevisionPicker.js';
import { CTX, flush, staleDeletePlan } from './modalFixtures.js';

describe('ExecutionView', () => {
  const { plan } = staleDeletePlan();
  const results: OperationResult[] = plan.operations.map((operation, i) => ({
    operation,
    outcome: i === 0 ? 'already gone' : i === 1 ? 'changed since preview: skipped' : 'deleted',
  }));

  it('shows progress while running and ignores Enter until done', async () => {
    const onClose = vi.fn();
    const ui = render(<ExecutionView plan={plan} ctx={CTX} mode="execute" results={results.slice(0, 12)} done={false} width={100} height={20} onClose={onClose} isActive />);
    await flush();
    expect(ui.lastFrame()).toContain('Running: Delete 63 ReplicaSets · 12/63');
    expect(ui.lastFrame()).toContain('51 still running');
    expect(ui.lastFrame()).toMatch(/results \d+–12 of 12/);
    ui.stdin.write('\r');
    await flush();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('ends with a summary and closes on Enter', async () => {
    const onClose = vi.fn();
    const ui = render(<ExecutionView plan={plan} ctx={CTX} mode="execute" results={results} done width={100} height={20} onClose={onClose} isActive />);
    await flush();
    expect(ui.lastFrame()).toContain('63/63 · done');
    expect(ui.lastFrame()).toContain('61 deleted · 1 already gone · 1 skipped (changed since preview)');
    ui.stdin.write('\r');
    await flush();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('NumberPrompt', () => {
  it('suggests the default, replaces it on the first digit and validates the range', async () => {
    const onSubmit = vi.fn();
    const ui = render(<NumberPrompt title="Set revisionHistoryLimit" label="old ReplicaSets to keep" initial={3} min={0} max={100} width={80} onSubmit={onSubmit} onCancel={vi.fn()} isActive />);
    await flush();
    expect(ui.lastFrame()).toContain('old ReplicaSets to keep (0–100): 3');
    for (const key of ['5', '0', '0', '\r']) {
      ui.stdin.write(key);
      await flush();
    }
    expect(onSubmit).not.toHaveBeenCalled();
    expect(ui.lastFrame()).toContain('must be at most 100');
    ui.stdin.write('\u007F');
    await flush();
    ui.stdin.write('\r');
    await flush();
    expect(onSubmit).toHaveBeenCalledWith(50);
  });

  it('submits the suggested value on Enter', async () => {
    const onSubmit = vi.fn();
    const ui = render(<NumberPrompt title="t" label="replicas" initial={3} min={0} max={10} width={80} onSubmit={onSubmit} onCancel={vi.fn()} isActive />);
    await flush();
    ui.stdin.write('\r');
    await flush();
    expect(onSubmit).toHaveBeenCalledWith(3);
  });
});

describe('RevisionPicker', () => {
  const revisions = [
    { revision: 9, image: 'kilo-meds:ai-brain-ocr-v2', ageMs: 7 * 60_000, replicaSetName: 'kilo-meds-7568f7694c', current: true },
    { revision: 8, image: 'kilo-meds:cb1', ageMs: 23 * 3_600_000, replicaSetName: 'kilo-meds-55d9cd8856', current: false },
    { revision: 7, image: 'kilo-meds:ai-brain-ocr-v1', ageMs: 47 * 3_600_000, replicaSetName: 'kilo-meds-5d975f9cdb', current: false },
  ];

  it('lists image, age and ReplicaSet, marks the current one and starts on the previous revision', async () => {
    const onPick = vi.fn();
    const ui = render(<RevisionPicker title="Roll back kilo-meds to…" deploymentName="kilo-meds" revisions={revisions} width={100} height={12} onPick={onPick} onCancel={vi.fn()} isActive />);
    await flush();
    const frame = ui.lastFrame() ?? '';
    expect(frame).toMatch(/9\s+kilo-meds:ai-brain-ocr-v2\s+7m\s+kilo-meds-7568f7694c\s+← current/);
    expect(frame).toMatch(/8\s+kilo-meds:cb1\s+23h\s+kilo-meds-55d9cd8856/);
    ui.stdin.write('\r');
    await flush();
    expect(onPick).toHaveBeenCalledWith(8);
    ui.stdin.write('j');
    await flush();
    ui.stdin.write('\r');
    await flush();
    expect(onPick).toHaveBeenLastCalledWith(7);
  });
});
