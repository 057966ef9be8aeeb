import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import type { Plan } from '../../src/domain/plans/plan.js';
import type { KubeObject } from '../../src/domain/resources.js';
import { selectSnapshot } from '../../src/store/selectors.js';
import { createClusterStore, type ClusterStore } from '../../src/store/clusterStore.js';
import { ActionFlowProvider, useActionFlowContext, type ActionFlowHandle } from '../../src/ui/actions/ActionFlowContext.js';
import { App } from '../../src/ui/App.js';
import type { ActionFlowDeps } from '../../src/app/actions/actionController.js';
import { ReadLogsProvider } from '../../src/ui/views/audit/ReadLogsContext.js';
import type { ReadLogs } from '../../src/app/audit/rootCauseCache.js';
import { ManualClock } from '../../src/domain/clock.js';
import { expectNoReactError, renderWithStore, resourcesOf, tick } from '../helpers/renderWithStore.js';
import { kiloCluster } from './kiloCluster.js';

const ENTER = '\r';
const ESC = '\u001b';
const TRACEBACK = [
  'Traceback (most recent call last):',
  '  File "/app/main.py", line 16, in <module>',
  '    from prometheus_client import Counter',
  "ModuleNotFoundError: No module named 'prometheus_client'",
].join('\n');

let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

/** Keeps the App's action flow handle where the test can look at it. */
function FlowProbe({ onHandle }: { onHandle: (handle: ActionFlowHandle | undefined) => void }) {
  onHandle(useActionFlowContext());
  return null;
}

function flowDeps(store: ClusterStore, readonly = false): ActionFlowDeps {
  return {
    snapshot: () => selectSnapshot(store.getState()),
    ctx: () => ({ context: 'kind-kilo', currentContext: 'kind-kilo', namespace: 'kilo-guardian' }),
    readonly,
    now: () => Date.parse('2026-01-06T12:00:00Z'),
    executePlan: vi.fn(async () => undefined),
    appendActionLog: vi.fn(async () => undefined),
    exportPlan: vi.fn(async () => '/tmp/plan.sh'),
  };
}

function showAudit(objects: KubeObject[] = kiloCluster().objects, options: { readonly?: boolean; readLogs?: ReadLogs } = {}) {
  const clock = new ManualClock();
  const store = createClusterStore({
    now: clock.now(),
    resources: resourcesOf(objects),
    cluster: { context: 'kind-kilo', server: 'https://127.0.0.1:6443', namespace: 'kilo-guardian' },
  });
  const readLogs = options.readLogs ?? vi.fn<ReadLogs>(async () => TRACEBACK);
  let flow: ActionFlowHandle | undefined;
  const wrap = (children: ReactNode) => (
    <ReadLogsProvider readLogs={readLogs}>
      <ActionFlowProvider deps={flowDeps(store, options.readonly)}>
        <FlowProbe onHandle={(handle) => (flow = handle)} />
        {children}
      </ActionFlowProvider>
    </ReadLogsProvider>
  );
  const view = renderWithStore(store, { columns: 140, rows: 40, clock, tree: wrap(<App clock={clock} />) });
  unmounts.push(view.unmount);
  return { ...view, readLogs, flow: () => flow };
}

const lineIndex = (frame: string, text: string) => frame.split('\n').findIndex((line) => line.includes(text));

async function openAudit(press: (...keys: string[]) => Promise<void>) {
  await tick();
  await press(':', 'a', 'u', 'd', 'i', 't', ENTER);
}

describe(':audit view', () => {
  it('lists the findings most severe first under a health line like the report', async () => {
    const { press, lastFrame } = showAudit();
    await openAudit(press);
    const frame = lastFrame();
    expectNoReactError(frame);
    expect(frame).toContain('1/2 deployments healthy');
    expect(frame).toContain('SEVERITY');
    const critical = lineIndex(frame, 'CRITICAL');
    const high = lineIndex(frame, 'HIGH');
    const low = lineIndex(frame, 'LOW');
    expect(critical).toBeGreaterThan(0);
    expect(frame.split('\n')[critical]).toContain('kilo-meds rollout stuck');
    expect(high).toBeGreaterThan(critical);
    expect(frame.split('\n')[high]).toContain('4 stale ReplicaSets');
    expect(low).toBeGreaterThan(high);
  });

  it('Enter shows the evidence with the root-cause log line, read once per restart count; Esc goes back', async () => {
    const cluster = kiloCluster();
    const { press, lastFrame, readLogs, store, clock } = showAudit(cluster.objects);
    await openAudit(press);
    await press(ENTER);
    const frame = lastFrame();
    expect(frame).toContain('Finding stuck-rollout/kilo-meds');
    expect(frame).toContain("ModuleNotFoundError: No module named 'prometheus_client'");
    expect(frame).toMatch(/│ Pod\s+│ kilo-meds-\S+\s+│/);
    await press('G');
    expect(lastFrame()).toContain('kubectl rollout undo deployment/kilo-meds -n kilo-guardian --to-revision=8');
    expect(readLogs).toHaveBeenCalledWith(cluster.crashing.metadata.name, expect.objectContaining({ previous: true }));
    // Ticks recompute the audit but do not read the log again.
    for (let i = 0; i < 3; i++) clock.advance(1000);
    await tick();
    expect(readLogs).toHaveBeenCalledTimes(1);
    // Another crash is a new restart count: its log is read again.
    const restarted = structuredClone(cluster.crashing);
    restarted.status!.containerStatuses![0].restartCount = 7;
    store.getState().mutators.applyChanges([{ type: 'MODIFIED', kind: 'Pod', object: restarted }]);
    await tick();
    expect(readLogs).toHaveBeenCalledTimes(2);
    await press(ESC);
    expect(lastFrame()).toContain('1/2 deployments healthy');
  });

  it('shows the stale breakdown as an ink-table in the stale finding', async () => {
    const { press, lastFrame } = showAudit();
    await openAudit(press);
    await press('j', ENTER);
    const frame = lastFrame();
    expect(frame).toContain('Finding stale-replicasets');
    expect(frame).toContain('Stale ReplicaSets by Deployment:');
    expect(frame).toMatch(/│ deployment\s+│ total RS │ active RS │ stale RS │ oldest stale │/);
    expect(frame).toMatch(/│ kilo-meds\s+│ 5\s+│ 2\s+│ 3\s+│/);
    expect(frame).toContain('┌');
  });

  it('drops a finding live once it is fixed (stale ReplicaSets deleted)', async () => {
    const cluster = kiloCluster();
    const { press, lastFrame, store } = showAudit(cluster.objects);
    await openAudit(press);
    expect(lastFrame()).toContain('4 stale ReplicaSets');
    store.getState().mutators.applyChanges([...cluster.medsStale, cluster.camStale].map((rs) => ({ type: 'DELETED' as const, kind: 'ReplicaSet' as const, object: rs })));
    await tick();
    const frame = lastFrame();
    expect(frame).not.toContain('stale ReplicaSets');
    expect(lineIndex(frame, 'HIGH')).toBe(-1);
    expect(frame).toContain('kilo-meds rollout stuck');
  });

  it('the evidence screen says so when its finding is fixed', async () => {
    const cluster = kiloCluster();
    const { press, lastFrame, store } = showAudit(cluster.objects);
    await openAudit(press);
    await press('j', ENTER);
    store.getState().mutators.applyChanges([...cluster.medsStale, cluster.camStale].map((rs) => ({ type: 'DELETED' as const, kind: 'ReplicaSet' as const, object: rs })));
    await tick();
    expect(lastFrame()).toContain('stale-replicasets: fixed');
  });

  it('x marks the rows the fix acts on and opens the modal on the finding plan', async () => {
    const cluster = kiloCluster();
    const { press, store, flow, lastFrame } = showAudit(cluster.objects);
    await openAudit(press);
    await press('j', 'x');
    const staleUids = [...cluster.medsStale, cluster.camStale].map((rs) => rs.metadata.uid).sort();
    expect(Object.keys(store.getState().marks).sort()).toEqual(staleUids);
    const state = flow()!.state;
    expect(state.phase).toBe('previewing');
    const plan = (state as { plan: Plan }).plan;
    expect(plan.action).toBe('delete');
    expect(plan.operations.map((op) => op.target.uid).sort()).toEqual(staleUids);
    expectNoReactError(lastFrame());
  });

  it('x on the evidence screen fixes that finding', async () => {
    const cluster = kiloCluster();
    const { press, flow } = showAudit(cluster.objects);
    await openAudit(press);
    await press(ENTER, 'x');
    const state = flow()!.state as { phase: string; plan: Plan };
    expect(state.phase).toBe('previewing');
    expect(state.plan.action).toBe('rolloutUndo');
    expect(state.plan.operations[0].target.uid).toBe(cluster.meds.metadata.uid);
  });

  it('x in read-only mode is refused and marks nothing', async () => {
    const { press, store, flow } = showAudit(kiloCluster().objects, { readonly: true });
    await openAudit(press);
    await press('j', 'x');
    expect(store.getState().marks).toEqual({});
    expect(flow()!.state).toMatchObject({ phase: 'idle', message: expect.stringContaining('read-only') });
  });

  it('x on a finding without a plan says so instead of opening anything', async () => {
    const { press, store, flow, lastFrame } = showAudit();
    await openAudit(press);
    await press('G', 'x');
    expect(flow()!.state.phase).toBe('idle');
    expect(store.getState().flash).toMatch(/no automatic fix/);
    expectNoReactError(lastFrame());
  });

  it('a clean namespace says there is nothing to fix', async () => {
    const cluster = kiloCluster();
    // A tagged image and a lowered history limit…
    const cam = structuredClone(cluster.cam);
    cam.spec.revisionHistoryLimit = 3;
    cam.spec.template.spec.containers[0].image = 'kilo/cam:v2';
    // …and requests and limits on its container (else the LOW unset-resources rule speaks).
    const camPod = structuredClone(cluster.camPod);
    camPod.spec.containers[0].resources = { requests: { cpu: '50m', memory: '128Mi' }, limits: { memory: '256Mi' } };
    const clean = [cam, cluster.camCurrent, camPod];
    const { press, lastFrame } = showAudit(clean);
    await openAudit(press);
    expect(lastFrame()).toContain('1/1 deployments healthy');
    expect(lastFrame()).toContain('No findings');
  });
});
