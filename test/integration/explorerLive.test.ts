// Issue 3 acceptance: the real client against the demo API server. Changes made with kubectl reach
// the frame within a second, and a server that goes away and comes back is followed without a restart.
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoReactError } from '../helpers/renderWithStore.js';
import { startLiveExplorer, type LiveExplorer } from './explorerHarness.js';

const ONE_SECOND = 1000;
let explorer: LiveExplorer | undefined;
afterEach(async () => {
  await explorer?.close();
  explorer = undefined;
});

const lineWith = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? '';
const countsLine = /(\d+) deploy · (\d+) rs \((\d+) stale\) · (\d+) pods/;

async function openExplorer(): Promise<LiveExplorer> {
  explorer = await startLiveExplorer();
  await explorer.frameWhere((frame) => frame.includes('connected') && /14 deploy · 78 rs/.test(frame), 10_000, 'the synced demo namespace');
  return explorer;
}

describe('live explorer against the demo API server', () => {
  it('shows a kubectl scale in the Deployments pane within a second', async () => {
    const live = await openExplorer();
    expect(lineWith(live.view.lastFrame(), 'kilo-cam')).toMatch(/kilo-cam\s+1\/1/);
    await live.kubectl('scale', 'deployment/kilo-cam', '--replicas=3');
    const frame = await live.frameWhere((f) => /kilo-cam\s+\d\/3/.test(lineWith(f, 'kilo-cam')), ONE_SECOND, 'kilo-cam desiring 3 replicas');
    expectNoReactError(frame);
  });

  it('drops a ReplicaSet deleted with kubectl from the counts and the ReplicaSets pane within a second', async () => {
    const live = await openExplorer();
    // The first Deployment (kilo-ai-brain) is selected, so its ReplicaSets are in the pane.
    const before = live.view.lastFrame();
    const staleName = /(kilo-ai-brain-[a-z0-9]+)\s+\d+\s+0\s+0\s+stale/.exec(before)?.[1];
    expect(staleName, `a stale kilo-ai-brain ReplicaSet in:\n${before}`).toBeDefined();
    await live.kubectl('delete', 'replicaset', staleName!);
    const frame = await live.frameWhere((f) => !f.includes(staleName!), ONE_SECOND, `${staleName} gone`);
    expect(countsLine.exec(frame)?.slice(2, 4)).toEqual(['77', '62']);
    expect(frame).toContain('ReplicaSets (2) [deploy/kilo-ai-brain]');
    expectNoReactError(frame);
  });

  it('shows reconnecting and stale data while the server is down, then the data again without a restart', async () => {
    const live = await openExplorer();
    await live.stopServer();
    const down = await live.frameWhere((f) => /reconnecting \(attempt \d+, last error [^)]+\)/.test(f), 10_000, 'reconnecting');
    expect(down).toContain('[stale data]');
    // The last known objects stay on screen, marked stale, rather than vanishing.
    expect(down).toContain('kilo-meds');
    await live.restartServer();
    const back = await live.frameWhere((f) => f.includes(' connected ') && !f.includes('stale data'), 10_000, 'connected again');
    expect(countsLine.exec(back)?.slice(1, 4)).toEqual(['14', '78', '63']);
    expect(back).toContain('Stuck: CrashLoopBackOff');
    expectNoReactError(back);
  });
});
