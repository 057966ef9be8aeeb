import { afterEach, describe, expect, it } from 'vitest';
import { pullNotFoundMessage } from '../../src/demo/kubelet/imageRegistry.js';
import type { Deployment, Pod } from '../../src/domain/resources.js';
import { NS, behaviours, deployment } from './clusterTestFixtures.js';
import { startCluster, type Harness } from './clusterTestHarness.js';

let h: Harness;
afterEach(() => h?.cluster.stop());

const waiting = (pod: Pod) => pod.status?.containerStatuses?.[0]?.state?.waiting;
const setImage = (name: string, image: string) =>
  h.cluster.store.mutate<Deployment>('Deployment', NS, name, (d) => {
    d.spec.template.spec!.containers[0].image = image;
    d.metadata.generation = (d.metadata.generation ?? 1) + 1;
  });
const newPods = (image: string) => h.pods().filter((p) => p.spec.containers[0].image === image);
const messages = (reason: string) => h.events(reason).map((e) => e.message);

describe('the demo kubelet pulls images from its registry', () => {
  it('runs an image the node already has after the usual short delay, saying it was already present', () => {
    h = startCluster({ namespace: NS, objects: [deployment('web', 'web:v1')], behaviours });
    h.clock.advance(5_000);
    expect(newPods('web:v1')[0].status?.containerStatuses?.[0].state?.running).toBeDefined();
    expect(messages('Pulled')).toContain('Container image "web:v1" already present on machine');
    expect(messages('Pulling')).toEqual([]);
  });

  it('pulls a registry image the node has not run yet (a moment, Pulling then Pulled), then runs it ready', () => {
    h = startCluster({ namespace: NS, objects: [deployment('web', 'web:v1')], behaviours });
    h.clock.advance(5_000);
    setImage('web', 'web:v2');
    h.clock.advance(5_000);
    const [pod] = newPods('web:v2');
    expect(waiting(pod)?.reason).toBe('ContainerCreating');
    expect(messages('Pulling')).toContain('Pulling image "web:v2"');
    h.clock.advance(15_000);
    expect(messages('Pulled').some((m) => /^Successfully pulled image "web:v2" in 15s \(15s including waiting\)\. Image size: \d+ bytes\.$/.test(m!))).toBe(true);
    h.clock.advance(5_000);
    expect(newPods('web:v2')[0].status?.containerStatuses?.[0].ready).toBe(true);
  });

  it('reports an unknown image as ErrImagePull, then ImagePullBackOff, with the Events a kubelet records, and retries on back-off', () => {
    h = startCluster({ namespace: NS, objects: [deployment('web', 'web:v1')], behaviours });
    h.clock.advance(5_000);
    setImage('web', 'kilo/socketio:doesnotexist');
    h.clock.advance(7_000);
    const pod = () => newPods('kilo/socketio:doesnotexist')[0];
    const notFound = pullNotFoundMessage('kilo/socketio:doesnotexist');
    expect(notFound).toContain('"docker.io/kilo/socketio:doesnotexist": docker.io/kilo/socketio:doesnotexist: not found');
    expect(waiting(pod())).toEqual({ reason: 'ErrImagePull', message: notFound });
    expect(messages('Failed')).toEqual(expect.arrayContaining([`Failed to pull image "kilo/socketio:doesnotexist": ${notFound}`, 'Error: ErrImagePull']));
    h.clock.advance(3_000);
    expect(waiting(pod())).toEqual({ reason: 'ImagePullBackOff', message: `Back-off pulling image "kilo/socketio:doesnotexist": ErrImagePull: ${notFound}` });
    expect(messages('BackOff')).toContain('Back-off pulling image "kilo/socketio:doesnotexist"');
    expect(messages('Failed')).toContain('Error: ImagePullBackOff');
    expect(pod().status?.containerStatuses?.[0].ready).toBe(false);
    const pulls = h.events('Pulling').find((e) => e.message?.includes('doesnotexist'))?.count ?? 1;
    h.clock.advance(16_000);
    expect(h.events('Pulling').find((e) => e.message?.includes('doesnotexist'))?.count ?? 1).toBeGreaterThan(pulls);
    // The old ReplicaSet's pod keeps serving: the rollout does not get past an image that never runs.
    expect(h.deployment('web').status).toMatchObject({ availableReplicas: 1 });
  });
});
