// The OOM explanation: limit, peak seen (or "not observed yet"), restarts, the suggested limit and
// the `kubectl set resources` plan on the workload that made the pod.
import { describe, expect, it } from 'vitest';
import { containerMemories, suggestedMemoryLimit } from '../../../src/domain/metrics/memoryPressure.js';
import { workloadOfPod } from '../../../src/domain/workloads.js';
import { memoryExplanationLines, memoryFixPlan, memoryTargetOf, pressuredContainers } from '../../../src/domain/metrics/oomExplanation.js';
import { setResourcesPatch } from '../../../src/domain/plans/planSetMemoryLimit.js';
import { toKubectlLine } from '../../../src/domain/plans/toKubectl.js';
import { NOW } from '../../render/objectBuilders.js';
import { MI, metricsOf, oomCluster, seriesOf } from './oomCluster.js';

const ctx = { context: 'k3s', currentContext: 'k3s', namespace: 'kilo-guardian' };

describe('suggested memory limit', () => {
  it('an OOM kill: the limit it proves was reached + 25 %, rounded up to the next 256Mi', () => {
    expect(suggestedMemoryLimit({ limitBytes: 2048 * MI, peakBytes: 1900 * MI, oomKilled: { exitCode: 137 } })).toBe(2560 * MI);
    // No sample seen: the limit is the basis as well.
    expect(suggestedMemoryLimit({ limitBytes: 2048 * MI, oomKilled: { exitCode: 137 } })).toBe(2560 * MI);
    expect(suggestedMemoryLimit({ limitBytes: 300 * MI, oomKilled: { exitCode: 137 } })).toBe(512 * MI);
  });

  it('near the limit: the peak seen + 25 %, never at or below the current limit', () => {
    expect(suggestedMemoryLimit({ limitBytes: 4096 * MI, peakBytes: 3800 * MI })).toBe(4864 * MI);
    // 1000Mi × 1.25 = 1250Mi → 1280Mi, but the limit is 2Gi: one step above it instead of lowering it.
    expect(suggestedMemoryLimit({ limitBytes: 2048 * MI, peakBytes: 1000 * MI })).toBe(2304 * MI);
    // No limit at all: a first one from the peak.
    expect(suggestedMemoryLimit({ peakBytes: 700 * MI })).toBe(1024 * MI);
    expect(suggestedMemoryLimit({})).toBeUndefined();
  });
});

describe('OOM explanation', () => {
  const c = oomCluster();

  it('says the limit, the peak seen over the kept samples, the restarts and the fix with its kubectl line', () => {
    const snap = c.withMetrics(metricsOf([[c.brainPod, seriesOf(c.brainPod, [1200, 1600, 1990, 640, 700])]]));
    const [memory] = pressuredContainers(c.brainPod, snap);
    expect(memory).toMatchObject({ container: 'kilo-ai-brain', limitBytes: 2048 * MI, peakBytes: 1990 * MI, latestBytes: 700 * MI, restarts: 11, samples: 5, oomKilled: { exitCode: 137 } });
    expect(memoryExplanationLines(memory, workloadOfPod(c.brainPod, snap), ctx, NOW, { keyHint: 'L previews it' })).toEqual([
      'kilo-ai-brain was OOMKilled (exit code 137, 3m ago): 11 restarts, the last caused by the kill',
      '  memory limit 2Gi · peak seen 1990Mi (97 % of the limit) in 5 samples over the last 4m · now 700Mi',
      '  fix: raise the limit to 2560Mi (the limit, which the kill proves it reached, + 25 %, rounded up to 256Mi), L previews it',
      '  kubectl set resources deployment/kilo-ai-brain -c kilo-ai-brain --limits=memory=2560Mi -n kilo-guardian',
    ]);
  });

  it('says "not observed yet" when kilo-tui kept no sample (metrics off or not polled yet)', () => {
    for (const snap of [c.withMetrics(undefined), c.withMetrics({ status: { state: 'unavailable', reason: 'metrics API not served' }, pods: new Map(), nodes: new Map(), version: 1 })]) {
      const [memory] = pressuredContainers(c.brainPod, snap);
      const lines = memoryExplanationLines(memory, workloadOfPod(c.brainPod, snap), ctx, NOW);
      expect(lines[1]).toBe('  memory limit 2Gi · peak not observed yet');
      expect(lines[3]).toBe('  kubectl set resources deployment/kilo-ai-brain -c kilo-ai-brain --limits=memory=2560Mi -n kilo-guardian');
    }
  });

  it('a container at ≥ 90 % of its limit is under pressure; at 80 % it is not', () => {
    const hot = c.withMetrics(metricsOf([[c.hotPod, seriesOf(c.hotPod, [3000, 3800])]]));
    expect(pressuredContainers(c.hotPod, hot).map((m) => m.container)).toEqual(['kilo-ollama']);
    expect(memoryExplanationLines(pressuredContainers(c.hotPod, hot)[0], workloadOfPod(c.hotPod, hot), ctx, NOW)[0]).toBe('kilo-ollama uses 93 % of its memory limit: 0 restarts so far');
    const warm = c.withMetrics(metricsOf([[c.hotPod, seriesOf(c.hotPod, [3000, 3300])]]));
    expect(pressuredContainers(c.hotPod, warm)).toEqual([]);
    // A pod the last poll did not list has no latest reading: the 90 % half cannot say.
    const gone = c.withMetrics(metricsOf([[c.hotPod, seriesOf(c.hotPod, [3800], false)]]));
    expect(pressuredContainers(c.hotPod, gone)).toEqual([]);
  });

  it('the plan: kubectl set resources on the owning workload, the patch kubectl sends plus the resourceVersion precondition', () => {
    const snap = c.withMetrics(undefined);
    const [memory] = containerMemories(c.brainPod, undefined);
    const plan = memoryFixPlan(memory, workloadOfPod(c.brainPod, snap)!, ctx)!;
    expect(plan.action).toBe('setResources');
    const [op] = plan.operations;
    expect(op.target).toMatchObject({ kind: 'Deployment', name: 'kilo-ai-brain', uid: c.brain.metadata.uid });
    expect(toKubectlLine(op, { context: 'office', currentContext: 'k3s' })).toBe('kubectl --context=office set resources deployment/kilo-ai-brain -c kilo-ai-brain --limits=memory=2560Mi -n kilo-guardian');
    expect(plan.warnings).toEqual(['a rollout starts: 1 pod replaced through a new ReplicaSet']);
    if (op.action !== 'setResources') throw new Error('not a setResources operation');
    expect(setResourcesPatch(op, '42')).toEqual({
      metadata: { resourceVersion: '42' },
      spec: { template: { spec: { '$setElementOrder/containers': [{ name: 'kilo-ai-brain' }], containers: [{ name: 'kilo-ai-brain', resources: { limits: { memory: '2560Mi' } } }] } } },
    });
  });

  it('a StatefulSet pod is fixed on its StatefulSet; a bare pod has no workload, so no plan, and says why', () => {
    const snap = c.withMetrics(undefined);
    const [db] = pressuredContainers(c.dbPod, snap);
    const sts = workloadOfPod(c.dbPod, snap)!;
    expect(sts.kind).toBe('StatefulSet');
    expect(toKubectlLine(memoryFixPlan(db, sts, ctx)!.operations[0], ctx)).toBe('kubectl set resources statefulset/kilo-db -c postgres --limits=memory=768Mi -n kilo-guardian');
    const [bare] = pressuredContainers(c.bare, snap);
    expect(workloadOfPod(c.bare, snap)).toBeUndefined();
    expect(memoryExplanationLines(bare, undefined, ctx, NOW).at(-1)).toBe('  fix: raise its limit in the template that made it (pod debug-shell has no controller: a pod\'s limits cannot be changed in place, recreate it with a higher limit)');
  });

  it('L on a Deployment row picks its OOM-killed container; on a quiet one with no limit or reading, nothing', () => {
    const snap = c.withMetrics(undefined);
    expect(memoryTargetOf([c.brain], snap)).toMatchObject({ memory: { container: 'kilo-ai-brain' }, workload: { kind: 'Deployment', metadata: { name: 'kilo-ai-brain' } } });
    expect(memoryTargetOf([c.cam], snap)).toBeUndefined();
    // A reading is enough to base a first limit on.
    const seen = c.withMetrics(metricsOf([[c.camPod, seriesOf(c.camPod, [90, 120])]]));
    expect(memoryTargetOf([c.cam], seen)?.memory).toMatchObject({ container: 'kilo-cam', peakBytes: 120 * MI });
  });
});
