// The key table (src/ui/keymap.ts) is the only place keys are defined: every view reads keys
// through it, every key it binds on a screen is handled there, `?` lists it (helpView.test.tsx)
// and --readonly refuses its dangerous rows.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import React from 'react';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { READONLY_MESSAGE } from '../../src/app/actions/actionController.js';
import { bindingsFor, KEYMAP, SCREENS, type CommandId, type Screen } from '../../src/ui/keymap.js';
import { ConfirmModal } from '../../src/ui/modal/ConfirmModal.js';
import { KeyPolicyProvider } from '../../src/ui/useKeys.js';
import { handleLogsKey, logsCommandsOf } from '../../src/ui/views/logs/logsKeys.js';
import { initialLogsViewState, type LogsViewState } from '../../src/ui/views/logs/logsViewState.js';
import { tick } from '../helpers/renderWithStore.js';
import { KEY, renderActionsApp } from './actionsTestHarness.js';
import { kiloCluster } from './kiloCluster.js';
import { CTX, dangerousDeletePlan, flush } from './modalFixtures.js';

const UI = resolve(import.meta.dirname, '../../src/ui');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });

const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
});

describe('the key table', () => {
  it('gives every row keys, help and a screen, and binds an id at most once per screen', () => {
    for (const binding of KEYMAP) {
      expect(binding.keys.trim(), binding.id).not.toBe('');
      expect(binding.help.trim(), binding.id).not.toBe('');
      expect(binding.screens.length, binding.id).toBeGreaterThan(0);
    }
    for (const screen of SCREENS) {
      const ids = bindingsFor(screen).map((binding) => binding.id);
      expect(ids, screen).toEqual([...new Set(ids)]);
    }
  });

  it('is the only place keys are recognised: no view calls useInput or reads Ink key fields itself', () => {
    const offenders = sourceFiles(UI).flatMap((file) => {
      const name = relative(UI, file);
      const source = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      const found: string[] = [];
      if (name !== 'useKeys.ts' && /\buseInput\s*\(/.test(source)) found.push(`${name} calls useInput`);
      if (name !== 'keymap.ts' && /\bkey\.(escape|return|tab|shift|ctrl|meta|upArrow|downArrow|leftArrow|rightArrow|pageUp|pageDown|home|end|backspace|delete)\b/.test(source)) {
        found.push(`${name} reads Ink key fields`);
      }
      return found;
    });
    expect(offenders).toEqual([]);
  });

  it('flags exactly the keys that change the cluster (or run a plan that does) as dangerous', () => {
    const dangerous = KEYMAP.filter((binding) => binding.dangerous).map((binding) => `${binding.screens.join('+')}:${binding.id}`);
    expect(dangerous).toEqual([
      'overview+list:delete', 'overview+list:undo', 'overview+list:undoPick', 'overview+list:restart', 'overview+list:scale', 'overview+list:historyLimit', 'overview+list:edit', 'overview+list:setImage', 'overview+list:memoryLimit',
      'audit:fix', 'finding:fix', 'rollout:undo', 'rollout:pauseResume', 'confirm:confirm', 'confirm:press', 'danger:confirm',
    ]);
  });
});

/** Keys that take the actions App (140×40, the kilo cluster, a fake executor) to each screen. */
const ROUTES: [Screen, string[]][] = [
  ['overview', []],
  ['list', [':', 'r', 's', KEY.enter]],
  ['describe', ['d']],
  ['audit', [':', 'a', 'u', 'd', 'i', 't', KEY.enter]],
  ['finding', [':', 'a', 'u', 'd', 'i', 't', KEY.enter, KEY.enter]],
  ['help', ['?']],
  ['contexts', [':', 'c', 't', 'x', KEY.enter]],
  ['prompt', [':']],
  ['numberPrompt', ['s']],
  ['imagePrompt', ['i']],
  ['rollout', ['R']],
  ['verify', [':', 'v', 'e', 'r', 'i', 'f', 'y', KEY.enter]],
  ['revisionPicker', ['U']],
  ['confirm', ['r']],
  ['danger', [KEY.ctrlD, 'y']],
  ['execution', ['r', 'y']],
];

/** Handled by the App's global keys wherever the table binds them. */
const APP_WIDE: readonly CommandId[] = ['quit', 'command', 'help', 'focusNext', 'focusPrev'];

describe('every key the table binds on a screen is handled there', () => {
  it.each(ROUTES)('%s', async (screen, keys) => {
    const handled = new Map<Screen, Set<CommandId>>();
    const view = renderActionsApp(kiloCluster().objects, {
      onKeyHandlers: (on, ids) => {
        const set = handled.get(on) ?? new Set<CommandId>();
        ids.forEach((id) => set.add(id));
        handled.set(on, set);
      },
    });
    unmounts.push(view.unmount);
    await tick();
    await view.press(...keys);
    expect(handled.has(screen)).toBe(true);
    const missing = bindingsFor(screen).map((binding) => binding.id).filter((id) => !handled.get(screen)!.has(id));
    expect(missing).toEqual([]);
  });

  it.each(['logs', 'logsPane', 'logFilter', 'containerPicker'] as Screen[])('%s (the logs pane, as a pure function)', (screen) => {
    const state: LogsViewState =
      screen === 'logFilter' ? { ...initialLogsViewState, editingFilter: true } : screen === 'containerPicker' ? { ...initialLogsViewState, picker: { index: 0 } } : initialLogsViewState;
    const list = { length: 3, at: (i: number) => i, indexAtOrAfter: (seq: number) => seq };
    const context = { list, window: { rows: [], topIndex: 0, endIndex: 3 }, pageSize: 3, containers: ['app', 'sidecar'], container: 'app', capacity: 100 };
    for (const binding of bindingsFor(screen)) {
      if (APP_WIDE.includes(binding.id)) continue;
      expect(logsCommandsOf(screen), binding.id).toContain(binding.id);
      const input = binding.id === 'since' ? '3' : binding.id === 'type' ? 'x' : '';
      expect(handleLogsKey(state, binding.id, input, context), `${screen}:${binding.id}`).toBeDefined();
    }
  });
});

describe('--readonly refuses every dangerous binding with one line', () => {
  const KEY_OF: Partial<Record<CommandId, string>> = { delete: KEY.ctrlD, undo: 'u', undoPick: 'U', restart: 'r', scale: 's', historyLimit: 'h', setImage: 'i', edit: 'e', memoryLimit: 'L', fix: 'x' };

  it.each(KEYMAP.filter((b) => b.dangerous && (b.screens.includes('list') || b.screens.includes('audit') || b.screens.includes('finding'))).flatMap((b) => b.screens.map((s) => [s, b.id] as const)))(
    'on the %s screen: %s',
    async (screen, id) => {
      const view = renderActionsApp(kiloCluster().objects, { readonly: true });
      unmounts.push(view.unmount);
      await tick();
      const route = ROUTES.find(([s]) => s === screen)![1];
      await view.press(...route, KEY_OF[id]!);
      if (screen === 'finding') expect(view.lastFrame()).toContain('Finding ');
      expect(view.lastFrame()).toContain(READONLY_MESSAGE);
      expect(view.lastFrame()).not.toContain('y confirm · n/Esc cancel');
      expect(view.store.getState().marks).toEqual({});
      expect(view.executed).toHaveLength(0);
    },
  );

  it.each([
    ['confirm', 'y', false],
    ['press', '\r', true],
  ] as const)("the modal's %s key (were it ever open read-only)", async (_id, key, focusConfirm) => {
    const refuse = vi.fn();
    const onConfirm = vi.fn();
    const { plan } = dangerousDeletePlan();
    const app = render(
      <KeyPolicyProvider value={{ readonly: true, refuse }}>
        <ConfirmModal plan={plan} ctx={CTX} width={120} height={30} onConfirm={onConfirm} onCancel={() => {}} onDryRun={() => {}} onExport={() => {}} isActive />
      </KeyPolicyProvider>,
    );
    unmounts.push(app.unmount);
    await flush();
    if (focusConfirm) {
      app.stdin.write('\t');
      await flush();
    }
    app.stdin.write(key);
    await flush();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(refuse).toHaveBeenCalledWith(READONLY_MESSAGE);
  });
});

describe('? on the confirmation modal', () => {
  it("lists the modal's keys, and Esc brings back the same modal, scrolled where it was", async () => {
    const view = renderActionsApp(kiloCluster().objects);
    unmounts.push(view.unmount);
    await tick();
    await view.press(':', 'r', 's', KEY.enter, KEY.ctrlZ, '*', KEY.ctrlD, 'G');
    const modal = view.lastFrame();
    expect(modal).toContain('Delete 4 ReplicaSets');
    await view.press('?');
    const help = view.lastFrame();
    expect(help).toContain('Keys: Confirmation');
    for (const binding of bindingsFor('confirm')) expect(help).toContain(binding.help.slice(0, 20));
    expect(help).not.toContain('Delete 4 ReplicaSets');
    await view.press(KEY.esc);
    expect(view.lastFrame()).toBe(modal);
    expect(view.executed).toHaveLength(0);
  });
});
