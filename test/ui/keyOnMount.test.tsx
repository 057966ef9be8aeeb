// A key typed the instant a view mounts belongs to that view. `:rs⏎` then `j` read from the
// terminal as two reads in the same tick (typed fast, or under load, as `:ctx` + `j` was seen to
// fail): the KeyStream released the second key as soon as it was read, before React had bound the
// new list's key handler, and the `j` reached no view. Keys go through the KeyStream as in runTui.
import { afterEach, expect, it } from 'vitest';
import { reactIdle, renderWithStore, resourcesOf, tick } from '../helpers/renderWithStore.js';
import { kiloCluster } from './kiloCluster.js';

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

const cursorsMovedSince = (before: Record<string, { cursorIndex: number }>, now: Record<string, { cursorIndex: number }>) =>
  Object.entries(now)
    .filter(([key, table]) => table.cursorIndex !== (before[key]?.cursorIndex ?? 0))
    .map(([key, table]) => [key, table.cursorIndex]);

it('a key read right after the Enter that opens a view moves that view\'s cursor', async () => {
  const view = renderWithStore(
    { resources: resourcesOf(kiloCluster().objects), cluster: { context: 'kind-kilo', server: 'https://127.0.0.1:6443', namespace: 'kilo-guardian' } },
    { columns: 140, rows: 40, keyStream: true },
  );
  unmount = view.unmount;
  await tick();
  await reactIdle();
  await view.press(':', 'r', 's');
  const before = structuredClone(view.store.getState().tables);

  // Two reads of the terminal in one tick: Enter, then j.
  view.stdin.write('\r');
  view.stdin.write('j');
  await tick(100);
  await reactIdle();

  const { stack } = view.store.getState();
  expect(stack.at(-1)).toMatchObject({ type: 'list', pane: 'rs' });
  expect(cursorsMovedSince(before, view.store.getState().tables)).toEqual([[`${stack.at(-1)!.id}:list`, 1]]);
});

// A store change (a list that arrived, a cluster switch) commits and binds the new view's handler
// at once; this pins that the KeyStream's wait keeps it so.
it('the same for a view a store change opens: the key written in the same tick goes to it', async () => {
  const view = renderWithStore(
    { resources: resourcesOf(kiloCluster().objects), cluster: { context: 'kind-kilo', server: 'https://127.0.0.1:6443', namespace: 'kilo-guardian' } },
    { columns: 140, rows: 40, keyStream: true },
  );
  unmount = view.unmount;
  await tick();
  await reactIdle();
  const before = structuredClone(view.store.getState().tables);

  view.store.getState().mutators.pushView({ type: 'list', pane: 'rs' });
  view.stdin.write('j');
  await tick(100);
  await reactIdle();

  const { stack } = view.store.getState();
  expect(cursorsMovedSince(before, view.store.getState().tables)).toEqual([[`${stack.at(-1)!.id}:list`, 1]]);
});
