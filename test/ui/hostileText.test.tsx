// Strings from the cluster and the kubeconfig reach the screen only through the one sanitizer:
// no escape sequence, C0/C1 control or bidi control survives into a frame (Ink's own colour codes
// aside), and an 8-bit CSI never eats the text after it.
import React from 'react';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planDelete } from '../../src/domain/plans/planDelete.js';
import { renderMarkdown } from '../../src/domain/audit/report/markdown.js';
import { toJsonText } from '../../src/domain/audit/report/json.js';
import { runAudit } from '../../src/domain/audit/runAudit.js';
import { stripSgr } from '../../src/text/sanitize.js';
import { ConfirmModal } from '../../src/ui/modal/ConfirmModal.js';
import { renderWithStore, resourcesOf, tick } from '../helpers/renderWithStore.js';
import { kubeEvent, pod, replicaSet, deployment, NOW } from '../render/objectBuilders.js';

const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const OSC_AND_CLEAR = '\u001b]0;pwned\u0007\u001b[2J';
const inert = (frame: string) => expect(stripSgr(frame).replace(/\u001b\[\d*[A-HJKf]/g, '')).not.toMatch(CONTROL);

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

function hostileCluster() {
  const dep = deployment(`kilo${OSC_AND_CLEAR}meds`, { revision: 2, stuck: 'ProgressDeadlineExceeded', ready: 0 });
  const rs = replicaSet(dep, 2, { replicas: 1, ready: 0, image: 'kilo\u202egnp' });
  const crashing = pod(rs, { waiting: 'CrashLoopBackOff', restarts: 5, lastRestartAgo: 30_000, exitCode: 1 });
  crashing.metadata.labels = { ...crashing.metadata.labels, team: 'kilo\u009bmeds' };
  const event = kubeEvent(crashing, 'BackOff', `restarting ${OSC_AND_CLEAR}\u202eevil`, { type: 'Warning' });
  return { dep, rs, crashing, event, objects: [dep, rs, crashing, event] };
}

describe('hostile text on screen', () => {
  it('tables, events and the header show names and messages inert', async () => {
    const { objects } = hostileCluster();
    const view = renderWithStore({ resources: resourcesOf(objects), cluster: { context: `ctx${OSC_AND_CLEAR}`, server: 'https://127.0.0.1:6443', namespace: 'kilo-guardian' } }, { columns: 140, rows: 40 });
    unmounts.push(view.unmount);
    await tick();
    inert(view.lastFrame());
    expect(view.lastFrame()).toContain('kilomeds');
    await view.press(':', 'e', 'v', 'e', 'n', 't', 's', '\r');
    expect(view.lastFrame()).toContain('BackOff');
    inert(view.lastFrame());
  });

  it('describe shows a field with a C1 control as its text, without the control and without eating what follows', async () => {
    const { objects, crashing } = hostileCluster();
    const view = renderWithStore(
      { resources: resourcesOf(objects), stack: [{ type: 'overview', id: 0 }, { type: 'describe', id: 1, kind: 'Pod', uid: crashing.metadata.uid, scroll: 0 }], nextViewId: 2 },
      { columns: 140, rows: 60 },
    );
    unmounts.push(view.unmount);
    await tick();
    // kubectl describe's Labels: key=value, the control gone and the text after it kept.
    expect(view.lastFrame()).toContain('team=kilomeds');
    inert(view.lastFrame());
  });

  it('the confirmation modal shows a hostile context name and object name inert, the kubectl line quoted', () => {
    const { dep } = hostileCluster();
    const ctx = { context: `prod${OSC_AND_CLEAR}\u202e`, currentContext: 'home', namespace: 'kilo-guardian' };
    const plan = planDelete([dep], ctx);
    const ui = render(<ConfirmModal plan={plan} ctx={ctx} width={160} height={20} isActive onConfirm={vi.fn()} onCancel={vi.fn()} onDryRun={vi.fn()} onExport={vi.fn()} />);
    const frame = ui.lastFrame() ?? '';
    inert(frame);
    expect(frame).toContain("$'--context=prod\\x1b]0;pwned\\x07\\x1b[2J\\xe2\\x80\\xae'");
    ui.unmount();
  });

  it('the Markdown report is inert, root-cause log line included; the JSON report is exact and escaped', () => {
    const { objects, crashing } = hostileCluster();
    const snapshot = { namespace: 'kilo-guardian', deployments: [objects[0]], replicaSets: [objects[1]], pods: [objects[2]], services: [], events: [objects[3]], now: NOW } as never;
    const rootCause = `ModuleNotFoundError ${OSC_AND_CLEAR}\u202e\u009bx`;
    const report = runAudit(snapshot, { context: `ctx${OSC_AND_CLEAR}`, currentContext: 'home' }, { rootCauseLines: { [crashing.metadata.uid]: rootCause } });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('ModuleNotFoundError');
    expect(markdown).not.toMatch(CONTROL);
    const json = toJsonText(report);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify(rootCause).slice(1, -1));
  });
});
