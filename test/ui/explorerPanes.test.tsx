// Issue 3's pane acceptance in one place, each frame also checked for React error text: the wide
// layout keeps the Deployments columns readable, stale rows are dim, a crash-looping pod says so,
// and the header follows the connection through a reconnect.
import chalk from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoReactError, renderWithStore, resourcesOf, tick } from '../helpers/renderWithStore.js';
import { kiloCluster } from './kiloCluster.js';

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

function show(size = { columns: 120, rows: 35 }) {
  const cluster = kiloCluster();
  const view = renderWithStore({ resources: resourcesOf(cluster.objects), cluster: { context: 'kind-kilo', server: 'https://127.0.0.1:6443', namespace: 'kilo-guardian' } }, size);
  unmounts.push(view.unmount);
  return { ...view, cluster };
}

const lineWith = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? '';

describe('explorer panes', () => {
  it('at 120×35 the Deployments pane spans the width with NAME, READY, IMAGE and STATUS whole', async () => {
    const { lastFrame } = show();
    await tick();
    const frame = lastFrame();
    expectNoReactError(frame);
    const meds = lineWith(frame, 'kilo-meds ');
    expect(meds).toMatch(/kilo-meds\s+1\/1\s.*kilo-meds:ai-brain-ocr-v2\s.*Stuck: CrashLoopBackOff/);
    // ReplicaSets and Pods sit side by side under it.
    expect(lineWith(frame, 'ReplicaSets (')).toContain('Pods (');
  });

  it('dims stale ReplicaSet rows and shows CrashLoopBackOff for the crash-looping pod', async () => {
    const level = chalk.level;
    chalk.level = 1;
    try {
      const { lastFrame, press, cluster } = show();
      await press('j');
      const frame = lastFrame();
      expectNoReactError(frame);
      expect(lineWith(frame, cluster.medsStale[0].metadata.name)).toContain('\u001b[2m');
      expect(lineWith(frame, cluster.medsNew.metadata.name)).not.toContain('\u001b[2m');
      expect(lineWith(frame, cluster.crashing.metadata.name)).toContain('CrashLoopBackOff');
    } finally {
      chalk.level = level;
    }
  });

  it('header: connected, then reconnecting with stale data, then connected again', async () => {
    const { store, lastFrame } = show({ columns: 80, rows: 24 });
    const { mutators } = store.getState();
    const kinds = ['Deployment', 'ReplicaSet', 'Pod', 'Service', 'Event'] as const;
    for (const kind of kinds) mutators.setConnection(kind, { status: 'connected' });
    await tick();
    expect(lastFrame().split('\n')[0]).toContain('connected');
    for (const kind of kinds) mutators.setConnection(kind, { status: 'reconnecting', attempt: 3, lastError: 'connect ECONNREFUSED 127.0.0.1:6443' });
    await tick();
    expectNoReactError(lastFrame());
    expect(lastFrame()).toContain('[stale data]');
    expect(lastFrame()).toContain('kilo-meds');
    for (const kind of kinds) mutators.setConnection(kind, { status: 'connected' });
    await tick();
    expect(lastFrame()).not.toContain('stale data');
    expect(lastFrame().split('\n')[0]).not.toContain('reconnecting');
  });
});
