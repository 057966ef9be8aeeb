import { afterEach, describe, expect, it } from 'vitest';
import { expectNoReactError, tick } from '../helpers/renderWithStore.js';
import { KEY, renderActionsApp } from './actionsTestHarness.js';
import { kiloCluster } from './kiloCluster.js';

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

async function rolloutOfMeds() {
  const view = renderActionsApp(kiloCluster().objects);
  unmounts.push(view.unmount);
  await tick();
  await view.press(':', 'd', 'e', 'p', 'l', 'o', 'y', KEY.enter, 'j', 'R');
  return view;
}

describe('R: the rollout view and its guard', () => {
  it("shows the stuck rollout's status line, its ReplicaSets and pods, and the guard under the status", async () => {
    const { lastFrame } = await rolloutOfMeds();
    const frame = lastFrame();
    expectNoReactError(frame);
    expect(frame).toContain('Rollout · kilo-meds');
    expect(frame).toMatch(/✘ rollout failed: CrashLoopBackOff: pod kilo-meds-/);
    expect(frame).toContain('u: roll back to the previous revision (preview first)');
    expect(frame).toContain('maxSurge 25% (1 pod)');
    expect(frame).toMatch(/Old ReplicaSet kilo-meds-\S+ \(revision \d+\): 1 pods, 1 ready/);
  });

  it('u previews the rollback at once; y runs it, and p previews kubectl rollout pause', async () => {
    const { press, lastFrame, executed } = await rolloutOfMeds();
    await press('u');
    expect(lastFrame()).toMatch(/kubectl rollout undo deployment\/kilo-meds -n kilo-guardian --to-revision=\d+/);
    await press('n', 'p');
    expect(lastFrame()).toContain('kubectl rollout pause deployment/kilo-meds -n kilo-guardian');
    await press('y');
    expect(executed.at(-1)?.plan.operations[0]).toMatchObject({ action: 'rolloutPause', target: { name: 'kilo-meds' } });
    await press(KEY.enter, KEY.esc);
    expect(lastFrame()).not.toContain('Rollout · kilo-meds');
  });

  it('R on a row that is not a Deployment says what it follows', async () => {
    const view = renderActionsApp(kiloCluster().objects);
    unmounts.push(view.unmount);
    await tick();
    await view.press(':', 'p', 'o', 'd', 's', KEY.enter, 'R');
    expect(view.lastFrame()).toContain("R follows a Deployment's rollout; this is a Pod");
  });
});

describe(':verify', () => {
  it('shows the checklist live: the crash loop fails its items, the Services pass', async () => {
    const view = renderActionsApp(kiloCluster().objects);
    unmounts.push(view.unmount);
    await tick();
    await view.press(':', 'v', 'e', 'r', 'i', 'f', 'y', KEY.enter);
    const frame = view.lastFrame();
    expectNoReactError(frame);
    expect(frame).toMatch(/Verification checklist · kilo-guardian · \d\/6 pass/);
    expect(frame).toContain('✘ All pods running and ready (no CrashLoopBackOff)');
    expect(frame).toMatch(/✘ pod kilo-meds-\S+: CrashLoopBackOff/);
    await view.press(KEY.esc);
    expect(view.lastFrame()).not.toContain('Verification checklist');
  });
});
