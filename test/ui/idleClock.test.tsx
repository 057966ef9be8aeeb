// Issue 14: idle is idle. The store's clock moves only when the screen would change by it: a
// namespace whose ages all read in days is not re-rendered for a minute (the header's clock), and
// a young pod's AGE moves every second.
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore, resourcesOf, tick } from '../helpers/renderWithStore.js';
import { DAY, deployment, NOW, pod, replicaSet } from '../render/objectBuilders.js';

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

function show(podAge: number) {
  const dep = deployment('kilo-cam', { revision: 2 });
  const rs = replicaSet(dep, 2, { replicas: 1, age: 8 * DAY });
  const view = renderWithStore(
    { resources: resourcesOf([dep, rs, pod(rs, { age: podAge })]), cluster: { context: 'kind-kilo', server: 'https://127.0.0.1:6443', namespace: 'kilo-guardian' } },
    { columns: 120, rows: 35 },
  );
  unmounts.push(view.unmount);
  return view;
}

describe('the clock on a static screen', () => {
  it('does not tick or redraw while nothing on screen changes by it, then moves the header at the minute', async () => {
    const view = show(8 * DAY);
    await tick();
    expect(view.clock.now()).toBe(NOW);
    expect(view.lastFrame()).toContain('12:00UTC');
    const frames = view.stdout.frames.length;
    view.clock.advance(59_000);
    await tick();
    expect(view.store.getState().now).toBe(NOW);
    expect(view.stdout.frames.length).toBe(frames);
    view.clock.advance(1_000);
    await tick();
    expect(view.store.getState().now).toBe(NOW + 60_000);
    expect(view.lastFrame()).toContain('12:01UTC');
  });

  it('moves a young pod\'s AGE every second', async () => {
    const view = show(30_000);
    await view.press(':', 'p', 'o', 'd', 's', '\r');
    expect(view.lastFrame()).toMatch(/Running\s+0\s+(n\/a\s+)*30s/);
    view.clock.advance(1_000);
    await tick();
    expect(view.lastFrame()).toMatch(/Running\s+0\s+(n\/a\s+)*31s/);
    view.clock.advance(90_000);
    await tick();
    expect(view.lastFrame()).toMatch(/Running\s+0\s+(n\/a\s+)*2m1s/);
  });
});
