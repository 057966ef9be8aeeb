// The header says what is known: objects skipped as invalid, kinds whose list never arrived ("not
// loaded", not 0), a namespace that does not exist; and a long error never pushes out where we are.
import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { Header } from '../../src/ui/components/Header.js';
import { renderWithStore, resourcesOf, tick } from '../helpers/renderWithStore.js';
import { deployment, NOW } from '../render/objectBuilders.js';

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

const cluster = { context: 'kind-kilo', server: 'https://127.0.0.1:6443', namespace: 'kilo-guardian' };

async function header(store: ReturnType<typeof createClusterStore>, width = 100) {
  const view = renderWithStore(store, { columns: width, rows: 5, tree: <Header width={width} readonly={false} /> });
  unmounts.push(view.unmount);
  await tick();
  return view.lastFrame();
}

describe('Header', () => {
  it('counts invalid objects skipped', async () => {
    const store = createClusterStore({ now: NOW, cluster, resources: resourcesOf([deployment('kilo-meds')]) });
    store.getState().mutators.setSkipped('Deployment', 1);
    store.getState().mutators.setSkipped('Pod', 1);
    expect(await header(store)).toContain('2 invalid objects skipped');
  });

  it('says "not loaded" for kinds whose list has not arrived (HTTP 500 at startup), not 0', async () => {
    const store = createClusterStore({ now: NOW, cluster });
    store.getState().mutators.setConnection('Deployment', { status: 'reconnecting', attempt: 3, lastError: 'API error 500: boom' });
    const frame = await header(store);
    expect(frame).toContain('deploy not loaded');
    expect(frame).not.toContain('0 deploy');
    store.getState().mutators.applyChanges([{ type: 'sync', kind: 'Deployment', items: [] }]);
    await tick();
    expect(await header(store)).toContain('0 deploy');
  });

  it('says the namespace does not exist instead of "connected"', async () => {
    const store = createClusterStore({ now: NOW, cluster: { ...cluster, namespace: 'typo' }, namespaceMissing: true });
    const frame = await header(store);
    expect(frame).toContain('namespace "typo" does not exist');
    expect(frame).not.toContain('connected');
  });

  it('a long error is cut, the context and namespace stay', async () => {
    const store = createClusterStore({ now: NOW, cluster });
    store.getState().mutators.setConnection('Pod', { status: 'reconnecting', attempt: 7, lastError: `connect ECONNREFUSED ${'x'.repeat(300)}` });
    const frame = await header(store, 80);
    const first = frame.split('\n')[0];
    expect(first).toContain('ctx kind-kilo  ns kilo-guardian');
    expect(first).toContain('reconnecting (attempt 7');
    expect(first).toMatch(/UTC\s*$/);
  });
});
