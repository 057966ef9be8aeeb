import { describe, expect, it } from 'vitest';
import { actionTargetUids, cursorObject } from '../../src/ui/actions/actionTargets.js';
import { actionForKey } from '../../src/ui/actions/useActionKeys.js';
import { matchCommand } from '../../src/ui/keymap.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { resourcesOf } from '../helpers/renderWithStore.js';
import { NOW } from '../render/objectBuilders.js';
import { kiloCluster } from './kiloCluster.js';
import type { Key } from 'ink';

function storeWith(cluster = kiloCluster()) {
  return createClusterStore({ now: NOW, resources: resourcesOf(cluster.objects), cluster: { context: 'kind-kilo', server: '', namespace: 'kilo-guardian' } });
}

describe('actionTargetUids', () => {
  it('is the marked uids, even those a filter hides, regardless of the cursor', () => {
    const cluster = kiloCluster();
    const store = storeWith(cluster);
    const { actions } = store.getState();
    actions.pushView({ type: 'list', pane: 'rs' });
    actions.toggleMark(cluster.camStale.metadata.uid);
    actions.toggleMark(cluster.medsStale[0].metadata.uid);
    actions.setFilter('1:list', 'kilo-cam');
    expect(actionTargetUids(store.getState()).sort()).toEqual([cluster.camStale.metadata.uid, cluster.medsStale[0].metadata.uid].sort());
  });

  it('without marks is the cursor row of the full-screen list, following filter and sort', () => {
    const cluster = kiloCluster();
    const store = storeWith(cluster);
    const { actions } = store.getState();
    actions.pushView({ type: 'list', pane: 'deploy' });
    actions.toggleSort('1:list', 'name');
    expect(cursorObject(store.getState())?.metadata.name).toBe('kilo-cam');
    actions.setFilter('1:list', 'meds');
    expect(actionTargetUids(store.getState())).toEqual([cluster.meds.metadata.uid]);
  });

  it('in the overview, the rs and pods panes follow the selected Deployment', () => {
    const cluster = kiloCluster();
    const store = storeWith(cluster);
    const { actions } = store.getState();
    const deploy = () => cursorObject(store.getState());
    const first = deploy();
    expect(first?.kind).toBe('Deployment');
    actions.setFocus('pods');
    const target = cursorObject(store.getState());
    expect(target?.kind).toBe('Pod');
    expect(target?.metadata.ownerReferences?.[0].name.startsWith(first!.metadata.name)).toBe(true);
    actions.setFocus('rs');
    expect(cursorObject(store.getState())?.kind).toBe('ReplicaSet');
  });

  it('is empty when no row is visible', () => {
    const store = storeWith(kiloCluster());
    store.getState().actions.pushView({ type: 'list', pane: 'svc' });
    store.getState().actions.setFilter('1:list', 'no-such-service');
    expect(actionTargetUids(store.getState())).toEqual([]);
  });
});

describe('action keys', () => {
  const key = (overrides: Partial<Key> = {}) => ({ ctrl: false, meta: false, shift: false, ...overrides }) as Key;
  it('map to actions; u undoes to the previous revision, U asks', () => {
    expect(actionForKey(matchCommand('table', 'd', key({ ctrl: true })))).toEqual({ action: 'delete' });
    expect(actionForKey(matchCommand('table', 'u', key()))).toEqual({ action: 'rolloutUndo', toPrevious: true });
    expect(actionForKey(matchCommand('table', 'U', key()))).toEqual({ action: 'rolloutUndo' });
    expect(actionForKey(matchCommand('table', 'r', key()))).toEqual({ action: 'rolloutRestart' });
    expect(actionForKey(matchCommand('table', 's', key()))).toEqual({ action: 'scale' });
    expect(actionForKey(matchCommand('table', 'h', key()))).toEqual({ action: 'setRevisionHistoryLimit' });
    // plain d stays describe
    expect(actionForKey(matchCommand('table', 'd', key()))).toBeUndefined();
  });
});
