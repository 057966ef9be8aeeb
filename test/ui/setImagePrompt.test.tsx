import { afterEach, describe, expect, it } from 'vitest';
import { expectNoReactError, tick } from '../helpers/renderWithStore.js';
import { KEY, renderActionsApp } from './actionsTestHarness.js';
import { kiloCluster } from './kiloCluster.js';

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

const BACKSPACE = '\u007f';
const TAB = '\t';

async function openOnMeds() {
  const cluster = kiloCluster();
  const view = renderActionsApp(cluster.objects);
  unmounts.push(view.unmount);
  await tick();
  await view.press(':', 'd', 'e', 'p', 'l', 'o', 'y', KEY.enter, 'j', 'i');
  return { ...view, cluster };
}

describe('i: set image', () => {
  it('asks per container with the current image prefilled; the edited image is previewed as kubectl set image and executed', async () => {
    const { press, lastFrame, executed, logged } = await openOnMeds();
    let frame = lastFrame();
    expectNoReactError(frame);
    expect(frame).toContain('Set image of deployment kilo-meds');
    const container = /› (\S+)=kilo-meds:ai-brain-ocr-v2/.exec(frame)?.[1];
    expect(container).toBeDefined();
    await press(BACKSPACE, '3');
    expect(lastFrame()).toContain(`${container}=kilo-meds:ai-brain-ocr-v3`);
    await press(KEY.enter);
    frame = lastFrame();
    expect(frame).toContain(`kubectl set image deployment/kilo-meds ${container}=kilo-meds:ai-brain-ocr-v3 -n kilo-guardian`);
    expect(frame).toContain('has not run in this namespace before');
    await press('y');
    expect(executed).toHaveLength(1);
    expect(executed[0].plan.operations[0]).toMatchObject({ action: 'setImage', changes: [{ container, image: 'kilo-meds:ai-brain-ocr-v3', from: 'kilo-meds:ai-brain-ocr-v2' }] });
    expect(logged[0].command).toBe(`kubectl set image deployment/kilo-meds ${container}=kilo-meds:ai-brain-ocr-v3 -n kilo-guardian`);
    // The run started a rollout: closing the result shows it followed live.
    await press(KEY.enter);
    expect(lastFrame()).toContain('Rollout · kilo-meds');
  });

  it('refuses an invalid reference in the prompt with the reason, and builds no plan', async () => {
    const { press, lastFrame, executed } = await openOnMeds();
    await press('\u0015', 'K', 'i', 'l', 'o', ':', 'v', '3', KEY.enter);
    const frame = lastFrame();
    expect(frame).toContain('must be lowercase');
    expect(frame).toContain('Set image of deployment kilo-meds');
    expect(frame).not.toContain('kubectl set image');
    expect(executed).toHaveLength(0);
    await press(KEY.enter);
    expect(lastFrame()).not.toContain('kubectl set image');
  });

  it("Tab completes from the namespace's ReplicaSet images, newest first; Enter with nothing changed says so", async () => {
    const { press, lastFrame } = await openOnMeds();
    await press(KEY.enter);
    expect(lastFrame()).toContain('nothing changed');
    for (let i = 0; i < 'ai-brain-ocr-v2'.length; i++) await press(BACKSPACE);
    await press(TAB);
    // v2 (7m) is the newest kilo-meds image, but it is what is typed minus the tag: the first candidate extends "kilo-meds:".
    expect(lastFrame()).toMatch(/=kilo-meds:ai-brain-ocr-v2/);
    await press(TAB);
    expect(lastFrame()).toMatch(/=kilo-meds:cb1/);
    await press(KEY.esc);
    expect(lastFrame()).not.toContain('Set image of');
  });
});
