import { describe, expect, it } from 'vitest';
import type { FlowState } from '../../src/app/actions/actionFlow.js';
import { baseScreen, type ScreenInputs } from '../../src/ui/currentScreen.js';
import { staleDeletePlan } from '../app/planFixtures.js';

const base: ScreenInputs = { view: { type: 'overview', id: 0 }, mode: 'normal', focus: 'deploy', wide: true, hasLogs: true, keysCaptured: false, flow: { phase: 'idle' } };
const { plan } = staleDeletePlan();
const intent = { action: 'delete' as const, uids: [] };

describe('baseScreen', () => {
  it('is the view on top, the overview logs pane only when it shows logs', () => {
    expect(baseScreen(base)).toBe('overview');
    expect(baseScreen({ ...base, focus: 'details' })).toBe('logsPane');
    expect(baseScreen({ ...base, focus: 'details', wide: false })).toBe('overview');
    expect(baseScreen({ ...base, focus: 'details', hasLogs: false })).toBe('overview');
    expect(baseScreen({ ...base, view: { type: 'list', id: 1, pane: 'rs' } })).toBe('list');
    expect(baseScreen({ ...base, view: { type: 'logs', id: 1, kind: 'Pod', uid: 'u' } })).toBe('logs');
    expect(baseScreen({ ...base, view: { type: 'logs', id: 1, kind: 'Pod', uid: 'u' }, keysCaptured: true })).toBe('logFilter');
  });

  it('is the command bar while it is open, and the action flow while it owns the keyboard', () => {
    expect(baseScreen({ ...base, mode: 'filter' })).toBe('prompt');
    const flows: [FlowState, string][] = [
      [{ phase: 'prompting', intent, prompt: { type: 'number', title: 't', label: 'l', initial: 1, min: 0, max: 9 } }, 'numberPrompt'],
      [{ phase: 'prompting', intent, prompt: { type: 'revision', title: 't', deploymentName: 'd', revisions: [] } }, 'revisionPicker'],
      [{ phase: 'previewing', intent, plan }, 'confirm'],
      [{ phase: 'confirming-danger', intent, plan }, 'danger'],
      [{ phase: 'running', intent, plan, mode: 'execute', results: [] }, 'execution'],
      [{ phase: 'done', intent, plan, mode: 'dryRun', results: [] }, 'execution'],
    ];
    for (const [flow, screen] of flows) expect(baseScreen({ ...base, flow })).toBe(screen);
  });
});
