// The logs wired into the App: `l` from a table, the wide layout's following pane, store pod
// updates reaching the session, and the pane's keys not fighting the explorer's.
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import type { Pod } from '../../src/domain/resources.js';
import { FLUSH_INTERVAL_MS } from '../../src/logs/logSession.js';
import { App } from '../../src/ui/App.js';
import { LogsProvider } from '../../src/ui/logs/LogsContext.js';
import { renderWithStore, resourcesOf, tick } from '../helpers/renderWithStore.js';
import { FakeLogGateway } from '../logs/fakeLogGateway.js';
import { kiloCluster } from './kiloCluster.js';

const TRACEBACK = "ModuleNotFoundError: No module named 'prometheus_client'";
const ESC = '\u001b';
let unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts) unmount();
  unmounts = [];
});

function mount(size = { columns: 110, rows: 30 }, capacity?: number) {
  const cluster = kiloCluster();
  const clock = new ManualClock();
  const gateway = new FakeLogGateway();
  for (const obj of cluster.objects) if (obj.kind === 'Pod') gateway.pods.set(obj.metadata.name, obj);
  gateway.previousLogs.set(cluster.crashing.metadata.name, `2026-01-06T11:58:00Z Traceback (most recent call last):\n2026-01-06T11:58:00Z ${TRACEBACK}\n`);
  const tree = (
    <LogsProvider environment={{ gateway, clock, capacity }}>
      <App clock={clock} />
    </LogsProvider>
  );
  const view = renderWithStore({ resources: resourcesOf(cluster.objects) }, { ...size, clock, tree });
  unmounts.push(view.unmount);
  const flush = async () => {
    clock.advance(FLUSH_INTERVAL_MS);
    await tick();
  };
  /** Opens `:pods` (or another list) with the cursor on `uid`. */
  const openList = async (pane: 'pods' | 'deploy' | 'rs', uid: string) => {
    const { mutators } = view.store.getState();
    mutators.pushView({ type: 'list', pane });
    const listId = view.store.getState().stack.at(-1)!.id;
    mutators.setCursor(`${listId}:list`, uid, 0);
    await tick();
  };
  return { ...view, cluster, clock, gateway, flush, openList };
}

describe('logs wired into the App', () => {
  it('l on the crash-looping pod opens full-screen logs led by the last termination and the previous container traceback', async () => {
    const { lastFrame, press, store, cluster, openList, flush } = mount();
    await openList('pods', cluster.crashing.metadata.uid);
    await press('l');
    await flush();
    const frame = lastFrame();
    // (expectNoReactError would trip on the traceback's own `Error:`.)
    expect(frame).not.toContain('The above error');
    expect(store.getState().stack.at(-1)).toMatchObject({ type: 'logs', kind: 'Pod', uid: cluster.crashing.metadata.uid });
    expect(frame).toContain(`Logs ${cluster.crashing.metadata.name}`);
    expect(frame).toContain('[previous]');
    expect(frame).toMatch(/Last termination: Error · exit 1/);
    expect(frame).toContain(TRACEBACK);
    // The footer hints come from keymap.ts's logs scope.
    expect(frame).toContain('<w> wrap');
    await press(ESC);
    expect(store.getState().stack.at(-1)?.type).toBe('list');
  });

  it('typing the logs filter keeps : and ? as text instead of opening the command bar or help', async () => {
    const { lastFrame, press, store, cluster, openList, flush } = mount();
    await openList('pods', cluster.crashing.metadata.uid);
    await press('l');
    await flush();
    await press('/', 'N', 'o', ':', '?');
    expect(store.getState().mode).toBe('normal');
    expect(store.getState().keysCaptured).toBe(true);
    expect(lastFrame()).toContain('/No:?');
    await press('\r');
    expect(store.getState().keysCaptured).toBe(false);
    // With the filter closed, `:` is the command bar again.
    await press(':');
    expect(store.getState().mode).toBe('command');
  });

  it('a pod update from the store reaches the session: a restart is followed after the separator without polling', async () => {
    const { lastFrame, press, store, cluster, gateway, openList, flush } = mount();
    const running = cluster.medsPod;
    await openList('pods', running.metadata.uid);
    await press('l');
    await flush();
    const first = gateway.lastStream();
    expect(first.pod).toBe(running.metadata.name);
    first.write('2026-01-06T11:59:00Z serving\n');
    // The container dies; the API says it is waiting in back-off, so the stream polls slowly.
    const waiting: Pod = structuredClone(running);
    waiting.status!.containerStatuses![0] = {
      ...waiting.status!.containerStatuses![0],
      restartCount: 1,
      state: { waiting: { reason: 'CrashLoopBackOff' } },
      lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2026-01-06T11:59:30Z' } },
    };
    gateway.pods.set(running.metadata.name, waiting);
    first.end();
    await tick();
    await flush();
    const streamsBefore = gateway.streams.length;
    // The watch brings the next instance running: pushed from the store, no clock advance needed.
    const restarted: Pod = structuredClone(waiting);
    restarted.status!.containerStatuses![0] = { ...restarted.status!.containerStatuses![0], restartCount: 2, state: { running: { startedAt: '2026-01-06T12:00:00Z' } } };
    gateway.pods.set(running.metadata.name, restarted);
    store.getState().mutators.applyChanges([{ type: 'MODIFIED', kind: 'Pod', object: restarted }]);
    await tick();
    expect(gateway.streams.length).toBe(streamsBefore + 1);
    gateway.lastStream().write('2026-01-06T12:00:01Z back again\n');
    await flush();
    const frame = lastFrame();
    expect(frame).toContain('serving');
    expect(frame).toMatch(/── restarted: exit 1, restart #2 ──/);
    expect(frame.indexOf('back again')).toBeGreaterThan(frame.indexOf('── restarted'));
  });

  it('l on a Deployment merges its pods, each line prefixed with its short pod name', async () => {
    const { lastFrame, press, cluster, gateway, openList, flush } = mount();
    await openList('deploy', cluster.meds.metadata.uid);
    await press('l');
    await flush();
    const followed = gateway.streams.map((stream) => stream.pod).sort();
    expect(followed).toEqual([cluster.crashing.metadata.name, cluster.medsPod.metadata.name].sort());
    gateway.streams.find((s) => s.pod === cluster.medsPod.metadata.name)!.write('2026-01-06T12:00:00Z from the old pod\n');
    await flush();
    const frame = lastFrame();
    expect(frame).toContain('Logs deploy/kilo-meds');
    const short = cluster.medsPod.metadata.name.split('-').at(-1)!;
    expect(frame.split('\n').find((line) => line.includes('from the old pod'))).toContain(short);
  });

  it('l on a Service only says why not', async () => {
    const { lastFrame, press, store } = mount();
    store.getState().mutators.pushView({ type: 'list', pane: 'svc' });
    await tick();
    await press('l');
    expect(store.getState().stack.at(-1)?.type).toBe('list');
    expect(lastFrame()).toContain('no logs for a Service');
  });

  it('wide layout: the logs pane follows the pod cursor, opening one stream after the selection rests', async () => {
    const { lastFrame, press, store, cluster, gateway, clock } = mount({ columns: 140, rows: 40 });
    await press('j'); // kilo-meds (sorted after kilo-cam)
    await tick();
    store.getState().mutators.setFocus('pods');
    await tick();
    clock.advance(250);
    await tick();
    const requested = () => new Set([...gateway.streams.map((s) => s.pod), ...gateway.reads.map((r) => r.pod)]);
    const firstPods = requested();
    expect(firstPods.size).toBe(1);
    // Two quick moves: only where the cursor rests gets a stream.
    await press('j');
    await press('k');
    await press('j');
    const selected = store.getState().tables[`0:pods`]?.cursorUid;
    const pod = cluster.objects.find((o) => o.metadata.uid === selected)!;
    expect(requested()).toEqual(firstPods);
    clock.advance(250);
    await tick();
    await tick();
    expect(requested()).toEqual(new Set([...firstPods, pod.metadata.name]));
    // Tab to the logs pane: its keys work there, and the pods table stops moving.
    store.getState().mutators.setFocus('details');
    await tick();
    await press('w');
    expect(lastFrame()).toContain('wrap:on');
    expect(store.getState().tables['0:pods']?.cursorUid).toBe(selected);
    await press(ESC);
    expect(store.getState().focus).toBe('pods');
  });
});
