import React from 'react';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { toKubectlLine } from '../../src/domain/actions/toKubectl.js';
import { ConfirmModal, type ConfirmModalProps } from '../../src/ui/modal/ConfirmModal.js';
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
    expect(frame).toContain('kubectl --context=prod delete replicaset');
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
