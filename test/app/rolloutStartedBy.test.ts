// Which executed runs open the rollout view: those that roll a Deployment's pods, an edit only
// when it changes the pod template.
import { describe, expect, it } from 'vitest';
import type { FlowState } from '../../src/app/actions/actionFlow.js';
import { rolloutStartedBy } from '../../src/app/actions/rolloutStartedBy.js';
import type { Operation, OperationResult, Plan } from '../../src/domain/plans/plan.js';

const target = { kind: 'Deployment' as const, namespace: 'kilo-guardian', name: 'kilo-cam', uid: 'uid-cam', resourceVersion: '7' };

const done = (operation: Operation, outcome: OperationResult['outcome'] = 'changed', mode: 'execute' | 'dryRun' = 'execute'): FlowState => {
  const plan: Plan = { action: operation.action, title: '', context: 'demo', namespace: 'kilo-guardian', operations: [operation], warnings: [] };
  return { phase: 'done', intent: { action: operation.action, uids: [target.uid] }, plan, mode, results: [{ operation, outcome }] };
};

const edit = (patch: object): Operation => ({ action: 'edit', target, kubectlArgs: [], patch: patch as never });

describe('rolloutStartedBy', () => {
  it('opens the rollout after an edit of the pod template, not after an edit of replicas', () => {
    expect(rolloutStartedBy(done(edit({ spec: { template: { spec: { containers: [{ name: 'cam', image: 'kilo/cam:v2' }] } } } })))).toBe('uid-cam');
    expect(rolloutStartedBy(done(edit({ spec: { replicas: 2 } })))).toBeUndefined();
    expect(rolloutStartedBy(done(edit({ metadata: { labels: { tier: 'edge' } } })))).toBeUndefined();
  });

  it('opens it after a restart that changed the Deployment; not after a dry run, a failure or a scale', () => {
    const restart: Operation = { action: 'rolloutRestart', target, kubectlArgs: [], restartedAt: '2026-11-29T16:00:00Z' };
    expect(rolloutStartedBy(done(restart))).toBe('uid-cam');
    expect(rolloutStartedBy(done(restart, 'changed', 'dryRun'))).toBeUndefined();
    expect(rolloutStartedBy(done(restart, 'error'))).toBeUndefined();
    expect(rolloutStartedBy(done({ action: 'scale', target, kubectlArgs: [], replicas: 2 }))).toBeUndefined();
  });
});
