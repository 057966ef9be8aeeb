import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { expectNoReactError, renderWithStore, resourcesOf, tick } from '../helpers/renderWithStore.js';
import { kiloCluster } from './kiloCluster.js';

const ESC = '\u001b';
let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

function show(objects = kiloCluster().objects, size = { columns: 120, rows: 35 }) {
  const view = renderWithStore({ resources: resourcesOf(objects), cluster: { context: 'kind-kilo', server: 'https://127.0.0.1:6443', namespace: 'kilo-guardian' } }, size);
  unmounts.push(view.unmount);
  return view;
}

const lineWith = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? '';

describe('App: wide overview', () => {
  it('shows Deployments, ReplicaSets, Pods and details with their columns', async () => {
    const { lastFrame } = show();
    await tick();
    const frame = lastFrame();
    expectNoReactError(frame);
    for (const header of ['Deployments', 'ReplicaSets', 'Pods', 'Details', 'NAME', 'READY', 'STATUS', 'REVISION', 'STATE', 'RESTARTS']) {
      expect(frame).toContain(header);
    }
    expect(frame).toContain('kilo-guardian');
    expect(frame).toContain('2 deploy · 7 rs (4 stale) · 3 pods (1 crashing)');
  });

  it('narrows ReplicaSets and Pods to the selected Deployment; the crash-looping pod says CrashLoopBackOff', async () => {
    const cluster = kiloCluster();
    const { lastFrame, press } = show(cluster.objects);
    await tick();
    expect(lastFrame()).toContain('[deploy/kilo-cam]');
    await press('j');
    const frame = lastFrame();
    expect(frame).toContain('[deploy/kilo-meds]');
    expect(lineWith(frame, cluster.crashing.metadata.name)).toContain('CrashLoopBackOff');
    expect(lineWith(frame, cluster.crashing.metadata.name)).toContain('6 (45s ago)');
  });

  it('stale ReplicaSet rows say stale and are dim when colours are on', async () => {
    const level = chalk.level;
    chalk.level = 1;
    try {
      const cluster = kiloCluster();
      const { lastFrame, press } = show(cluster.objects);
      await press('j');
      const staleLine = lineWith(lastFrame(), cluster.medsStale[0].metadata.name);
      expect(staleLine).toContain('stale');
      expect(staleLine).toContain('\u001b[2m');
        expect(lineWith(lastFrame(), cluster.medsNew.metadata.name)).toContain('current');
      expect(lineWith(lastFrame(), cluster.medsNew.metadata.name)).not.toContain('\u001b[2m');
    } finally {
      chalk.level = level;
    }
  });

  it('Tab moves focus to the next pane and Shift-Tab back', async () => {
    const { lastFrame, press } = show();
    await tick();
    expect(lastFrame()).toContain('▶ Deployments');
    await press('\t');
    expect(lastFrame()).toContain('▶ ReplicaSets');
    await press('\u001b[Z');
    expect(lastFrame()).toContain('▶ Deployments');
  });
});

describe('App: header connection state', () => {
  it('shows reconnecting with attempt and last error, and stale data, then connected', async () => {
    const { store, lastFrame } = show();
    const { mutators } = store.getState();
    for (const kind of ['Deployment', 'ReplicaSet', 'Pod', 'Service', 'Event'] as const) mutators.setConnection(kind, { status: 'connected' });
    await tick();
    expect(lastFrame()).toContain('connected');
    expect(lastFrame()).not.toContain('stale data');
    mutators.setConnection('Pod', { status: 'reconnecting', attempt: 2, lastError: 'connect ECONNREFUSED' });
    await tick();
    expect(lastFrame()).toContain('reconnecting (attempt 2, last error connect ECONNREFUSED)');
    expect(lastFrame()).toContain('stale data');
    mutators.setConnection('Pod', { status: 'forbidden', message: 'pods is forbidden' });
    await tick();
    expect(lastFrame()).toContain('forbidden: cannot watch pods');
  });
});

describe('App: frame height', () => {
  for (const size of [{ columns: 120, rows: 35 }, { columns: 80, rows: 24 }]) {
    it(`never exceeds ${size.columns}×${size.rows} with 200 deployments`, async () => {
      const { lastFrame, press, stdout } = show(kiloCluster(200).objects, size);
      await tick();
      expect(lastFrame().split('\n').length).toBeLessThanOrEqual(size.rows);
      await press('G', ':', 'r', 's', '\r');
      expect(lastFrame().split('\n').length).toBeLessThanOrEqual(size.rows);
      expect(lastFrame()).toContain('ReplicaSets (');
      for (const line of lastFrame().split('\n')) expect(line.length).toBeLessThanOrEqual(size.columns);
      stdout.resize(100, 20);
      await tick();
      expect(lastFrame().split('\n').length).toBeLessThanOrEqual(20);
      expectNoReactError(lastFrame());
    });
  }

  it('shows one pane with a tab bar below 120×35', async () => {
    const { lastFrame, press } = show(undefined, { columns: 80, rows: 24 });
    await tick();
    expect(lastFrame()).toContain(' Deployments ');
    expect(lastFrame()).not.toContain('RESTARTS');
    await press('\t', '\t');
    expect(lastFrame()).toContain('RESTARTS');
  });
});

describe('App: commands and navigation', () => {
  it(':rs, :svc and :events open that resource full-screen; Esc goes back', async () => {
    const { lastFrame, press } = show();
    await press(':', 'r', 's', '\r');
    expect(lastFrame()).toContain('ReplicaSets (7)');
    expect(lastFrame()).not.toContain('Deployments (');
    await press(ESC, ':', 's', 'v', 'c', '\r');
    expect(lastFrame()).toContain('80:30000/TCP');
    expect(lastFrame()).toContain('CLUSTER-IP');
    await press(ESC, ':', 'e', 'v', '\r');
    expect(lastFrame()).toContain('LAST SEEN');
    expect(lastFrame()).toContain('Back-off restarting failed container');
    await press(ESC);
    expect(lastFrame()).toContain('Deployments (2)');
    await press(':', 'n', 'o', 'p', 'e', '\r');
    expect(lastFrame()).toContain('unknown command: nope');
  });

  it('Enter drills Deployment → ReplicaSets → Pods and Esc returns', async () => {
    const { lastFrame, press } = show();
    await press('j', '\r');
    expect(lastFrame()).toContain('ReplicaSets (5) [deploy/kilo-meds]');
    await press('\r');
    const frame = lastFrame();
    expect(frame).toMatch(/Pods \(1\) \[rs\/kilo-meds-/);
    await press(ESC);
    expect(lastFrame()).toContain('ReplicaSets (5) [deploy/kilo-meds]');
    await press(ESC);
    expect(lastFrame()).toContain('▶ Deployments (2)');
  });

  it('/ filters rows by regex, ! inverts, Esc clears', async () => {
    const { lastFrame, press } = show();
    await press(':', 'r', 's', '\r', '/', 's', 't', 'a', 'l', 'e');
    expect(lastFrame()).toContain('ReplicaSets (4 of 7)');
    await press('\r');
    expect(lastFrame()).toContain('[/stale]');
    await press(ESC);
    expect(lastFrame()).toContain('ReplicaSets (7)');
    await press('/', '!', 'c', 'a', 'm', '\r');
    expect(lastFrame()).toContain('ReplicaSets (5 of 7)');
  });

  it('Ctrl-z shows only rows with a problem', async () => {
    const { lastFrame, press } = show();
    await press(':', 'p', 'o', '\r');
    expect(lastFrame()).toContain('Pods (3)');
    await press('\u001a');
    expect(lastFrame()).toContain('Pods (1 of 3) [problems only]');
    expect(lastFrame()).toContain('CrashLoopBackOff');
    await press('\u001a');
    expect(lastFrame()).toContain('Pods (3)');
  });

  it('Ctrl-z narrows only the list it was pressed in, as a filter does', async () => {
    const { lastFrame, press } = show();
    await press(':', 'p', 'o', '\r');
    await press('\u001a');
    expect(lastFrame()).toContain('Pods (1 of 3) [problems only]');
    await press(':', 'd', 'p', '\r');
    expect(lastFrame()).toMatch(/Deployments \(\d+\)/);
    expect(lastFrame()).not.toContain('problems only');
    await press(ESC);
    expect(lastFrame()).toContain('Pods (1 of 3) [problems only]');
  });

  it('d describes the selected object as kubectl describe does, y shows its YAML, and Esc returns', async () => {
    const { lastFrame, press } = show();
    await press('d');
    expect(lastFrame()).toContain('Describe Deployment/kilo-cam');
    expect(lastFrame()).toMatch(/Name:\s+kilo-cam/);
    expect(lastFrame()).toMatch(/Replicas:\s+\d+ desired/);
    await press('y');
    expect(lastFrame()).toContain('YAML Deployment/kilo-cam');
    expect(lastFrame()).toContain('apiVersion: apps/v1');
    await press('j', 'j');
    expect(lastFrame()).toContain('3-');
    await press(ESC);
    expect(lastFrame()).toContain('Deployments (2)');
  });

  it('? lists every key', async () => {
    const { lastFrame, press } = show();
    await press('?');
    expect(lastFrame()).toContain('Ctrl-z');
    expect(lastFrame()).toContain('mark all visible');
  });

  it('N and A sort; sorting again reverses', async () => {
    const { lastFrame, press } = show();
    await press('N');
    expect(lastFrame()).toContain('sort:name↑');
    const firstRow = () => lastFrame().split('\n').find((line) => line.includes('│>')) ?? '';
    expect(firstRow()).toContain('kilo-cam');
    await press('N', 'g');
    expect(lastFrame()).toContain('sort:name↓');
    expect(firstRow()).toContain('kilo-meds');
  });
});

describe('App: marks', () => {
  it('Space marks and moves down; marks survive an update that reorders rows; Ctrl-\\ clears', async () => {
    const { objects, cam, meds } = kiloCluster();
    const store = createClusterStore({ resources: resourcesOf(objects) });
    const view = renderWithStore(store, { columns: 120, rows: 35 });
    unmounts.push(view.unmount);
    await view.press(' ');
    expect(Object.keys(store.getState().marks)).toEqual([cam.metadata.uid]);
    expect(view.lastFrame()).toContain('1 marked');
    expect(view.lastFrame()).toContain('│ *kilo-cam');
    // Renaming kilo-cam so it sorts last reorders the rows; the mark follows the uid.
    store.getState().mutators.applyChanges([{ type: 'MODIFIED', kind: 'Deployment', object: { ...cam, metadata: { ...cam.metadata, name: 'zz-kilo-cam' } } }]);
    await tick();
    const lines = view.lastFrame().split('\n');
    expect(lines.findIndex((l) => l.includes('kilo-meds'))).toBeLessThan(lines.findIndex((l) => l.includes('zz-kilo-cam')));
    expect(view.lastFrame()).toContain(' *zz-kilo-cam');
    expect(store.getState().marks).toEqual({ [cam.metadata.uid]: true });
    await view.press('*');
    expect(Object.keys(store.getState().marks).sort()).toEqual([cam.metadata.uid, meds.metadata.uid].sort());
    await view.press('\u001c');
    expect(store.getState().marks).toEqual({});
    expect(view.lastFrame()).not.toContain('marked');
  });

  it('the cursor stays on the same uid when rows reorder', async () => {
    const { objects, cam } = kiloCluster();
    const store = createClusterStore({ resources: resourcesOf(objects) });
    const view = renderWithStore(store, { columns: 120, rows: 35 });
    unmounts.push(view.unmount);
    await tick();
    expect(view.lastFrame()).toContain('│> kilo-cam');
    store.getState().mutators.applyChanges([{ type: 'MODIFIED', kind: 'Deployment', object: { ...cam, metadata: { ...cam.metadata, name: 'zz-kilo-cam' } } }]);
    await view.press('k', 'j');
    expect(view.lastFrame()).toContain('│> zz-kilo-cam');
  });
});
