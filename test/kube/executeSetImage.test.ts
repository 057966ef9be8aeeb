import { afterEach, describe, expect, it } from 'vitest';
import type { Plan, SetImageOperation } from '../../src/domain/plans/plan.js';
import type { Deployment } from '../../src/domain/resources.js';
import { executePlan } from '../../src/kube/executePlan.js';
import { startHarness, type Harness } from './harness.js';
import { deployment, NS } from './objects.js';
import { startDemo } from '../../src/demo/startDemo.js';
import { connect } from '../../src/kube/connect.js';

const noSleep = async (): Promise<void> => {};
const planOf = (op: SetImageOperation): Plan => ({ action: 'setImage', title: 't', context: 'fake', namespace: NS, operations: [op], warnings: [] });

function setImageOp(d: Deployment, resourceVersion = d.metadata.resourceVersion!): SetImageOperation {
  return {
    action: 'setImage',
    target: { kind: 'Deployment', namespace: NS, name: d.metadata.name, uid: d.metadata.uid, resourceVersion },
    kubectlArgs: ['set', 'image', `deployment/${d.metadata.name}`, 'app=kilo-meds:ai-brain-ocr-v3', '-n', NS],
    changes: [{ container: 'app', image: 'kilo-meds:ai-brain-ocr-v3', from: 'kilo-meds:ai-brain-ocr-v2' }],
  };
}

describe('executePlan: set image', () => {
  let h: Harness;
  afterEach(async () => {
    await h?.cleanup();
  });

  it("sends kubectl's strategic merge patch once, with the preview's resourceVersion as a precondition", async () => {
    h = await startHarness();
    const d = h.server.store.create(deployment('kilo-meds'));
    const results = await executePlan(h.gateway, planOf(setImageOp(d)), { sleep: noSleep });
    expect(results.map((r) => r.outcome)).toEqual(['changed']);
    expect(h.server.store.get<Deployment>('Deployment', NS, 'kilo-meds')!.spec.template.spec!.containers[0].image).toBe('kilo-meds:ai-brain-ocr-v3');
    const patches = h.server.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => [r.contentType, JSON.stringify(r.body)])).toEqual([
      ['application/strategic-merge-patch+json', `{"metadata":{"resourceVersion":"${d.metadata.resourceVersion}"},"spec":{"template":{"spec":{"containers":[{"name":"app","image":"kilo-meds:ai-brain-ocr-v3"}]}}}}`],
    ]);
  });

  it('skips a Deployment that changed since the preview (409 from the demo API server) and changes nothing', async () => {
    const demo = await startDemo({ timeScale: 200 });
    const gateway = await connect({ kubeconfig: demo.kubeconfigPath });
    try {
      const previewed = structuredClone(demo.cluster.store.require<Deployment>('Deployment', NS, 'kilo-cam'));
      demo.cluster.store.mutate<Deployment>('Deployment', NS, 'kilo-cam', (dep) => void (dep.metadata.labels = { ...dep.metadata.labels, touched: 'yes' }));
      const op = { ...setImageOp(previewed), changes: [{ container: 'cam', image: 'kilo/cam:v2', from: 'kilo/cam:latest' }] };
      const results = await executePlan(gateway, planOf(op), { sleep: noSleep });
      expect(results.map((r) => r.outcome)).toEqual(['changed since preview: skipped']);
      expect(results[0].message).toMatch(/the object has been modified/);
      expect(demo.cluster.store.require<Deployment>('Deployment', NS, 'kilo-cam').spec.template.spec!.containers[0].image).toBe('kilo/cam:latest');
    } finally {
      gateway.close();
      await demo.close();
    }
  });
});
