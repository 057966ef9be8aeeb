// The rollout view's model against the simulated cluster's own objects (controllers and kubelet at
// work on a manual clock), so the status lines and the guard are judged on what a cluster writes.
import { afterEach, describe, expect, it } from 'vitest';
import type { Deployment, Pod, ReplicaSet } from '../../src/domain/resources.js';
import { rolloutProgress, rolloutStatusLine } from '../../src/domain/rolloutProgress.js';
import { countdown, rolloutLines, wrapText } from '../../src/ui/views/rollout/rolloutLines.js';
import { NS, webFixture } from '../demo/clusterTestFixtures.js';
import { startCluster, type Harness } from '../demo/clusterTestHarness.js';

let h: Harness;
afterEach(() => h?.cluster.stop());

const progressOf = (name = 'web') =>
  rolloutProgress(h.deployment(name), h.cluster.store.list<ReplicaSet>('ReplicaSet', NS), h.cluster.store.list<Pod>('Pod', NS), h.clock.now());
const setImage = (image: string) =>
  h.cluster.store.mutate<Deployment>('Deployment', NS, 'web', (d) => {
    d.spec.template.spec!.containers[0].image = image;
    d.metadata.generation = (d.metadata.generation ?? 1) + 1;
  });
const texts = () => rolloutLines(progressOf(), h.clock.now()).map((l) => l.text);

describe('rolloutProgress on the simulated cluster', () => {
  it('follows a rollout to "successfully rolled out", with the surge fenceposts, the old ReplicaSet scaling down and the deadline counting', () => {
    h = startCluster(webFixture({ replicas: 2 }));
    setImage('web:v3');
    expect(progressOf().statusLine).toBe('Waiting for deployment spec update to be observed...');
    h.clock.advance(3_000);
    const during = progressOf();
    expect(during.verdict).toEqual({ state: 'progressing' });
    expect(during.maxSurge).toEqual({ spec: '25%', pods: 1 });
    expect(during.maxUnavailable).toEqual({ spec: '25%', pods: 0 });
    expect(during.newReplicaSet?.images).toEqual(['web:v3']);
    expect(during.oldReplicaSets.map((rs) => rs.current)).toEqual([2]);
    expect(during.newPods[0].status).toBe('ContainerCreating');
    expect(during.statusLine).toMatch(/^Waiting for deployment "web" rollout to finish: /);
    expect(texts().some((t) => /^Progress deadline 600s: \d+m\d\ds left$/.test(t))).toBe(true);
    h.clock.advance(60_000);
    const done = progressOf();
    expect(done.verdict).toEqual({ state: 'complete' });
    expect(done.statusLine).toBe('deployment "web" successfully rolled out');
    expect(done.oldReplicaSets).toEqual([]);
    expect(texts()).toContain('✔ deployment "web" successfully rolled out');
  });

  it('guards a new ReplicaSet whose image cannot be pulled: ImagePullBackOff with the pull message', () => {
    h = startCluster(webFixture({ replicas: 1 }));
    setImage('kilo/socketio:doesnotexist');
    h.clock.advance(12_000);
    const { verdict } = progressOf();
    expect(verdict.state).toBe('failed');
    if (verdict.state !== 'failed' || verdict.failure.type !== 'imagePull') throw new Error('expected an image pull failure');
    expect(verdict.failure.reason).toBe('ImagePullBackOff');
    expect(verdict.failure.message).toContain('docker.io/kilo/socketio:doesnotexist: not found');
    const lines = texts();
    const at = lines.findIndex((t) => t.startsWith('✘ rollout failed: ImagePullBackOff: pod web-'));
    // The guard sits right under the status line, where a short terminal does not cut it off.
    expect(at).toBe(2);
    expect(lines.slice(at + 1).join(' ')).toContain('not found');
    expect(lines).toContain('u: roll back to the previous revision (preview first) · p: pause · l: logs');
  });

  it("guards a crash-looping new ReplicaSet with the crashed container's last error line, and a passed deadline", () => {
    h = startCluster(webFixture({ replicas: 1 }));
    setImage('web:bad');
    h.clock.advance(20_000);
    const crashing = progressOf();
    if (crashing.verdict.state !== 'failed' || crashing.verdict.failure.type !== 'crashLoop') throw new Error('expected a crash loop');
    const lines = rolloutLines(crashing, h.clock.now(), "ModuleNotFoundError: No module named 'prometheus_client'").map((l) => l.text);
    expect(lines[2]).toMatch(/^✘ rollout failed: CrashLoopBackOff: pod web-\S+, container web \(\d+ restarts\)$/);
    expect(lines[3]).toBe("  ModuleNotFoundError: No module named 'prometheus_client'");
    h.clock.advance(11 * 60_000);
    expect(rolloutStatusLine(h.deployment('web')).line).toBe('error: deployment "web" exceeded its progress deadline');
    expect(progressOf().deadline.exceeded).toBe(true);
  });

  it('counts down and wraps as the view prints them', () => {
    expect([0, 1_000, 59_400, 61_000, 3_720_000].map(countdown)).toEqual(['0s', '1s', '1m00s', '1m01s', '1h2m']);
    expect(wrapText('aaa bbb ccc ddd', 8)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(wrapText('x'.repeat(10), 4)).toEqual(['xxxx', 'xxxx', 'xx']);
  });
});
