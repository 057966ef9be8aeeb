import React from 'react';
import chalk from 'chalk';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { planRolloutUndo } from '../../src/domain/plans/planRolloutUndo.js';
import { toKubectlLine } from '../../src/domain/plans/toKubectl.js';
import { ConfirmModal, type ConfirmModalProps } from '../../src/ui/modal/ConfirmModal.js';
import { HOUR, deployment, replicaSet, snapshot } from '../domain/builders.js';
import { CTX, dangerousDeletePlan, flush, staleDeletePlan } from './modalFixtures.js';

const ESC = '\u001B';
const PAGE_DOWN = '\u001B[6~';
const TAB = '\t';
const ENTER = '\r';

function renderModal(overrides: Partial<ConfirmModalProps> = {}) {
  const callbacks = { onConfirm: vi.fn(), onCancel: vi.fn(), onDryRun: vi.fn(), onExport: vi.fn() };
  const { plan } = staleDeletePlan();
  const props: ConfirmModalProps = { plan, ctx: CTX, width: 100, height: 30, isActive: true, ...callbacks, ...overrides };
  const ui = render(<ConfirmModal {...props} />);
  return { ...ui, ...callbacks, plan: props.plan };
}

describe('ConfirmModal', () => {
  it('titles the modal with the action and the count, and stays within its height', () => {
    const { lastFrame } = renderModal();
    const frame = lastFrame() ?? '';
    expect(frame).toContain('Delete 63 ReplicaSets');
    expect(frame).toContain('63 commands');
    expect(frame).toContain('namespace kilo-guardian');
    expect(frame).not.toContain('context kind-kilo');
    expect(frame.split('\n')).toHaveLength(30);
    for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('names the context when it is not the current one, in the heading and every command', () => {
    const { plan } = staleDeletePlan();
    const elsewhere = { ...plan, context: 'prod' };
    const { lastFrame } = renderModal({ plan: elsewhere });
    const frame = lastFrame() ?? '';
    expect(frame).toContain('⚠ runs in context prod, not the current context kind-kilo');
    expect(frame).toContain('kubectl --context=prod delete replicaset.apps/');
  });

  it('shows the position of the command window and reaches all 63 commands by scrolling', async () => {
    const { lastFrame, stdin, plan } = renderModal();
    await flush();
    const expected = plan.operations.map((op) => toKubectlLine(op, CTX));
    const seen = new Set<string>();
    const collect = () => {
      for (const line of expected) if ((lastFrame() ?? '').includes(line)) seen.add(line);
    };
    collect();
    expect(lastFrame()).toMatch(/lines 1–\d+ of 63/);
    expect(seen.size).toBeLessThan(63);
    for (let i = 0; i < 10; i++) {
      stdin.write(PAGE_DOWN);
      await flush();
      collect();
    }
    expect(seen.size).toBe(63);
    expect(lastFrame()).toMatch(/lines \d+–63 of 63/);
    stdin.write('k');
    await flush();
    expect(lastFrame()).toMatch(/lines \d+–62 of 63/);
  });

  it('starts with focus on Cancel: Enter cancels and nothing runs', async () => {
    const { stdin, onCancel, onConfirm, lastFrame } = renderModal();
    await flush();
    expect(lastFrame()).toContain('▸ Cancel');
    stdin.write(ENTER);
    await flush();
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('Tab moves focus to Confirm and Enter then confirms', async () => {
    const { stdin, onCancel, onConfirm, lastFrame } = renderModal();
    await flush();
    stdin.write(TAB);
    await flush();
    expect(lastFrame()).toContain('▸ Confirm');
    stdin.write(ENTER);
    await flush();
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(onCancel).not.toHaveBeenCalled();
  });

  it.each([
    ['y', 'onConfirm'],
    ['n', 'onCancel'],
    [ESC, 'onCancel'],
    ['D', 'onDryRun'],
    ['e', 'onExport'],
  ] as const)('key %j calls %s only', async (key, callback) => {
    const ui = renderModal();
    await flush();
    ui.stdin.write(key);
    await flush();
    for (const name of ['onConfirm', 'onCancel', 'onDryRun', 'onExport'] as const) {
      expect(ui[name]).toHaveBeenCalledTimes(name === callback ? 1 : 0);
    }
  });

  it('ignores keys while inactive', async () => {
    const ui = renderModal({ isActive: false });
    await flush();
    ui.stdin.write('y');
    await flush();
    expect(ui.onConfirm).not.toHaveBeenCalled();
  });

  it('shows where an exported plan was written', () => {
    const { lastFrame } = renderModal({ exportedPath: '/home/u/.local/state/kilo-tui/plans/delete-x.sh' });
    expect(lastFrame()).toContain('plan written to /home/u/.local/state/kilo-tui/plans/delete-x.sh');
  });

  it('marks dangerous operations with their impact and warns in the impact area', () => {
    const { plan } = dangerousDeletePlan();
    const { lastFrame } = renderModal({ plan });
    const frame = lastFrame() ?? '';
    expect(frame).toContain('1 object still in use: needs a second confirmation');
    expect(frame).toContain('1 pod will be terminated');
    expect(frame).toContain('Confirm…');
  });
});

describe('ConfirmModal warnings and notes', () => {
  it('shows a note without ⚠ and not in warning colour, and warnings with both', () => {
    const level = chalk.level;
    chalk.level = 1;
    try {
      // The rows' text without the modal's (coloured) border.
      const rowsOf = (frame: string | undefined) => (frame ?? '').split('\n').map((row) => row.replace(/\u001b\[3\dm│\u001b\[39m/g, ''));
      const note = rowsOf(renderModal().lastFrame()).find((row) => row.includes('no running pods are affected'));
      expect(note).toBeDefined();
      expect(note).not.toContain('⚠');
      expect(note).not.toContain('\u001b[33m');
      const { plan } = dangerousDeletePlan();
      const warning = rowsOf(renderModal({ plan }).lastFrame()).find((row) => row.includes('1 pod will be terminated'));
      expect(warning).toContain('⚠ 1 pod will be terminated');
      expect(warning).toContain('\u001b[33m');
    } finally {
      chalk.level = level;
    }
  });
});

describe('ConfirmModal impact lines', () => {
  /** The frame's rows without the modal's border and padding. */
  const rows = (frame: string | undefined) => (frame ?? '').split('\n').map((row) => row.replace(/^│ ?/, '').replace(/ ?│$/, '').trimEnd());

  it('shows the kubectl line whole and pasteable, and its impact on its own line below', () => {
    const dep = deployment({ name: 'kilo-meds', revision: 9 });
    const r8 = replicaSet({ owner: dep, revision: 8, image: 'kilo-meds:cb1', createdAgo: 23 * HOUR });
    const r9 = replicaSet({ owner: dep, revision: 9, image: 'kilo-meds:ai-brain-ocr-v2', createdAgo: HOUR });
    const plan = planRolloutUndo(dep, snapshot({ deployments: [dep], replicaSets: [r8, r9] }), CTX, 8);
    const { lastFrame } = renderModal({ plan, width: 80 });
    const lines = rows(lastFrame());
    const command = lines.indexOf('kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=8');
    expect(command).toBeGreaterThan(0);
    expect(lines[command + 1]).toBe('    ↳ kilo-meds returns to revision 8 (kilo-meds:cb1, 23h old)');
    expect(lastFrame()).not.toContain('#');
    expect(lastFrame()).toContain('lines 1–1 of 1');
  });

  it('counts commands in the window and scrolls an impact with its command, never alone', async () => {
    const { plan } = dangerousDeletePlan();
    const ui = renderModal({ plan, height: 10, width: 160 });
    await flush();
    const impact = `    ↳ ${plan.operations[2].impact}`;
    const command = toKubectlLine(plan.operations[2], CTX);
    const windows: string[] = [];
    for (const key of ['', 'j', 'j', 'k', 'G', 'g', PAGE_DOWN, PAGE_DOWN]) {
      if (key) ui.stdin.write(key);
      await flush();
      const lines = rows(ui.lastFrame());
      windows.push(/lines \d–\d of 3/.exec(ui.lastFrame() ?? '')?.[0] ?? 'no label');
      // The impact is drawn only right under its command.
      if (lines.includes(impact)) expect(lines[lines.indexOf(impact) - 1]).toBe(command);
      if (lines.includes(command)) expect(lines[lines.indexOf(command) + 1]).toBe(impact);
    }
    // 2 rows for commands: the dangerous one and its impact fill the last window by themselves.
    expect(windows).toEqual(['lines 1–2 of 3', 'lines 2–2 of 3', 'lines 3–3 of 3', 'lines 2–2 of 3', 'lines 3–3 of 3', 'lines 1–2 of 3', 'lines 2–2 of 3', 'lines 3–3 of 3']);
  });
});

describe('ConfirmModal danger stage', () => {
  it('lists only the dangerous operations and confirms only after the word is typed', async () => {
    const { plan, cluster } = dangerousDeletePlan();
    const ui = renderModal({ plan, dangerStage: true });
    await flush();
    const frame = ui.lastFrame() ?? '';
    expect(frame).toContain('1 operation of 3 cannot be undone');
    expect(frame).toContain(`replicaset ${cluster.current[0].metadata.name}: current revision of deployment kilo-svc0`);
    expect(frame).not.toContain(cluster.stale[0].metadata.name);
    expect(frame).toContain('Type delete and press Enter');

    // y and Enter alone do not confirm here.
    ui.stdin.write('y');
    await flush();
    ui.stdin.write(ENTER);
    await flush();
    expect(ui.onConfirm).not.toHaveBeenCalled();
    expect(ui.lastFrame()).toContain('that was not "delete": nothing was run');

    for (const ch of 'delete') {
      ui.stdin.write(ch);
      await flush();
    }
    ui.stdin.write(ENTER);
    await flush();
    expect(ui.onConfirm).toHaveBeenCalledTimes(1);
  });

  it('Esc backs out without confirming', async () => {
    const { plan } = dangerousDeletePlan();
    const ui = renderModal({ plan, dangerStage: true });
    await flush();
    ui.stdin.write(ESC);
    await flush();
    expect(ui.onCancel).toHaveBeenCalledTimes(1);
    expect(ui.onConfirm).not.toHaveBeenCalled();
  });
});
