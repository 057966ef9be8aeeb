// The demo's requests and limits are a home cluster's: a few Deployments set them, most do not,
// and setting them moved nothing the seed pins: the serving ReplicaSets keep the seed's names,
// every revision of a service carries its Deployment's resources (so no template differs by
// them), and nothing rolls at start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSnapshot } from '../../src/demo/demoSnapshot.js';
import { startDemo, type RunningDemo } from '../../src/demo/startDemo.js';
import { controllerOf } from '../../src/domain/replicasets.js';

let demo: RunningDemo;
beforeAll(async () => {
  demo = await startDemo({ timeScale: 200 });
});
afterAll(async () => {
  await demo?.close();
});

const resourcesOf = (template: { spec: { containers: { resources?: Record<string, unknown> }[] } }) => JSON.stringify(template.spec.containers[0].resources ?? {});

describe('demo requests and limits', () => {
  it('kilo-ai-brain, kilo-gateway and kilo-ml-engine set requests and limits, kilo-library requests only, the other ten nothing', () => {
    const snap = demoSnapshot(demo);
    const set = Object.fromEntries(snap.deployments.filter((d) => resourcesOf(d.spec.template) !== '{}').map((d) => [d.metadata.name, d.spec.template.spec.containers[0].resources]));
    expect(set).toEqual({
      'kilo-ai-brain': { limits: { memory: '2Gi' }, requests: { cpu: '250m', memory: '512Mi' } },
      'kilo-gateway': { limits: { cpu: '500m', memory: '256Mi' }, requests: { cpu: '50m', memory: '128Mi' } },
      'kilo-library': { requests: { cpu: '25m', memory: '256Mi' } },
      'kilo-ml-engine': { limits: { memory: '1Gi' }, requests: { cpu: '250m', memory: '512Mi' } },
    });
  });

  it('every ReplicaSet and pod carries its Deployment\'s resources; the seed counts and serving names hold after the controllers ran', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const snap = demoSnapshot(demo);
    const byUid = new Map(snap.deployments.map((d) => [d.metadata.uid, d]));
    for (const rs of snap.replicaSets) expect(resourcesOf(rs.spec.template)).toBe(resourcesOf(byUid.get(controllerOf(rs)!.uid)!.spec.template));
    const rsByUid = new Map(snap.replicaSets.map((rs) => [rs.metadata.uid, rs]));
    for (const pod of snap.pods) expect(resourcesOf(pod)).toBe(resourcesOf(rsByUid.get(controllerOf(pod)!.uid)!.spec.template));
    expect([snap.deployments.length, snap.replicaSets.length, snap.pods.length, snap.services.length]).toEqual([14, 78, 15, 15]);
    const serving = snap.replicaSets.filter((rs) => (rs.spec.replicas ?? 0) > 0).map((rs) => rs.metadata.name);
    expect(serving).toEqual(expect.arrayContaining(['kilo-gateway-7778cfddf7', 'kilo-library-6dd7ff6d48', 'kilo-ml-engine-5b789cf9d8', 'kilo-ai-brain-c679fb7f9']));
    expect(serving).toHaveLength(15);
  });
});
