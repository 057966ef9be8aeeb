import { afterEach, describe, expect, it } from 'vitest';
import { READONLY_MESSAGE } from '../../src/app/actions/actionController.js';
import { expectNoReactError, tick } from '../helpers/renderWithStore.js';
import { KEY, renderActionsApp } from './actionsTestHarness.js';
import { kiloCluster } from './kiloCluster.js';

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

function show(objects = kiloCluster().objects, options: { readonly?: boolean } = {}) {
  const view = renderActionsApp(objects, options);
  unmounts.push(view.unmount);
  return view;
}

const uidsOf = (objects: { metadata: { uid: string } }[]) => objects.map((obj) => obj.metadata.uid).sort();

describe('App actions: marks → Ctrl-d → modal → y', () => {
  it(':rs, Ctrl-z, *, Ctrl-d previews exactly the stale ReplicaSets; y runs them; the watch removes rows and marks', async () => {
    const cluster = kiloCluster();
    const stale = [...cluster.medsStale, cluster.camStale];
    const { press, lastFrame, store, executed, logged, watchDeletes } = show(cluster.objects);
    await tick();
    await press(':', 'r', 's', KEY.enter, KEY.ctrlZ, '*');
    expect(Object.keys(store.getState().marks).sort()).toEqual(uidsOf(stale));
    expect(lastFrame()).toContain('4 marked');

    await press(KEY.ctrlD);
    let frame = lastFrame();
    expectNoReactError(frame);
    expect(frame).toContain('Delete 4 ReplicaSets');
    for (const rs of stale) expect(frame).toContain(`kubectl delete replicaset.apps/${rs.metadata.name} -n kilo-guardian`);
    expect(executed).toHaveLength(0);

    // The explorer's keys are inactive while the modal is open: ':' opens no prompt, Ctrl-\ keeps the marks.
    await press(':', KEY.ctrlBackslash);
    expect(store.getState().mode).toBe('normal');
    expect(Object.keys(store.getState().marks)).toHaveLength(4);

    await press('y');
    expect(executed).toHaveLength(1);
    expect(executed[0].dryRun).toBe(false);
    expect(executed[0].plan.operations.map((op) => op.target.uid).sort()).toEqual(uidsOf(stale));
    expect(logged.map((record) => record.outcome)).toEqual(['deleted', 'deleted', 'deleted', 'deleted']);
    expect(lastFrame()).toContain('4 deleted');

    watchDeletes(executed[0].plan);
    await press(KEY.enter);
    frame = lastFrame();
    expect(frame).not.toContain('kubectl delete');
    expect(frame).toContain('Delete 4 ReplicaSets: 4 deleted');
    expect(frame).toContain('3 rs (0 stale)');
    expect(store.getState().marks).toEqual({});
  });

  it('with no marks the action applies to the cursor row', async () => {
    const cluster = kiloCluster();
    const { press, lastFrame, executed } = show(cluster.objects);
    await tick();
    await press(':', 'd', 'e', 'p', 'l', 'o', 'y', KEY.enter);
    const cursorLine = lastFrame().split('\n').find((line) => line.includes('>'))!;
    expect(cursorLine).toContain('kilo-cam');
    await press('j', 'r');
    expect(lastFrame()).toContain('kubectl rollout restart deployment/kilo-meds -n kilo-guardian');
    expect(lastFrame()).not.toContain('deployment/kilo-cam');
    await press('y');
    expect(executed[0].plan.operations.map((op) => op.target.name)).toEqual(['kilo-meds']);
  });

  it('n and Esc cancel without running; marks survive', async () => {
    const cluster = kiloCluster();
    const { press, lastFrame, store, executed } = show(cluster.objects);
    await tick();
    await press(':', 'r', 's', KEY.enter, ' ', ' ', KEY.ctrlD);
    expect(lastFrame()).toContain('Delete 2 ReplicaSets');
    await press('n');
    expect(lastFrame()).not.toContain('kubectl delete');
    await press(KEY.ctrlD);
    expect(lastFrame()).toContain('Delete 2 ReplicaSets');
    await press(KEY.esc);
    expect(lastFrame()).not.toContain('kubectl delete');
    expect(executed).toHaveLength(0);
    expect(Object.keys(store.getState().marks)).toHaveLength(2);
  });

  it('D runs a server dry run and returns to the same preview', async () => {
    const cluster = kiloCluster();
    const { press, lastFrame, executed, logged } = show(cluster.objects);
    await tick();
    await press(':', 'r', 's', KEY.enter, KEY.ctrlZ, '*', KEY.ctrlD, 'D');
    expect(executed.map((run) => run.dryRun)).toEqual([true]);
    expect(lastFrame()).toContain('4 dry run ok');
    expect(logged).toHaveLength(0);
    await press(KEY.enter);
    expect(lastFrame()).toContain('Delete 4 ReplicaSets');
  });
});

describe('App actions: undo, scale, revisionHistoryLimit', () => {
  it('u rolls kilo-meds back to the previous revision without asking; U lists the revisions first', async () => {
    const cluster = kiloCluster();
    const { press, lastFrame, executed } = show(cluster.objects);
    await tick();
    await press(':', 'd', 'e', 'p', 'l', 'o', 'y', KEY.enter, 'j', 'u');
    expect(lastFrame()).toContain('kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=8');
    await press(KEY.esc, 'U');
    const picker = lastFrame();
    expect(picker).toContain('Roll back deployment kilo-meds to');
    expect(picker).toContain('kilo-meds:cb1');
    expect(picker).not.toContain('kubectl rollout undo');
    await press(KEY.esc);
    expect(executed).toHaveLength(0);
  });

  it('s asks for replicas and previews the scale', async () => {
    const { press, lastFrame } = show();
    await tick();
    await press(':', 'd', 'e', 'p', 'l', 'o', 'y', KEY.enter, 's');
    expect(lastFrame()).toContain('replicas');
    await press('3', KEY.enter);
    expect(lastFrame()).toContain('kubectl scale deployment/kilo-cam -n kilo-guardian --current-replicas=1 --replicas=3');
  });

  it('h on marked Deployments suggests 3 and previews one patch per Deployment', async () => {
    const { press, lastFrame } = show();
    await tick();
    await press(':', 'd', 'e', 'p', 'l', 'o', 'y', KEY.enter, '*', 'h');
    expect(lastFrame()).toContain('revisionHistoryLimit');
    await press(KEY.enter);
    const frame = lastFrame();
    expect(frame).toContain('2 commands');
    expect(frame).toMatch(/kubectl patch deployment kilo-cam .*revisionHistoryLimit.*3/);
    expect(frame).toMatch(/kubectl patch deployment kilo-meds .*revisionHistoryLimit.*3/);
  });
});

describe('App actions: the flash line', () => {
  it('an earlier refusal is cleared when a prompt opens', async () => {
    const { press, lastFrame } = show();
    await tick();
    await press(':', 'd', 'e', 'p', 'l', 'o', 'y', KEY.enter, '*', 'u');
    expect(lastFrame()).toContain('rollout undo acts on one Deployment at a time (2 marked)');
    await press('h');
    expect(lastFrame()).toContain('revisionHistoryLimit');
    expect(lastFrame()).not.toContain('rollout undo acts on one Deployment');
    // The next refusal after the prompt is closed is shown again.
    await press(KEY.esc, 'u');
    expect(lastFrame()).toContain('rollout undo acts on one Deployment at a time (2 marked)');
  });
});

describe('App actions: --readonly', () => {
  it('every action key says why it does nothing, and no modal opens', async () => {
    const { press, lastFrame, executed } = show(kiloCluster().objects, { readonly: true });
    await tick();
    for (const key of [KEY.ctrlD, 'u', 'U', 'r', 's', 'h']) {
      await press(KEY.esc, key);
      const frame = lastFrame();
      expect(frame).toContain(READONLY_MESSAGE);
      expect(frame).not.toContain('kubectl');
    }
    expect(executed).toHaveLength(0);
  });
});
