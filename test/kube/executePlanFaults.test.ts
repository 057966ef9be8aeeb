// Issue 13 item 4 and 6: writes against a demo server in fault mode. Each write is sent once unless
// the server provably did not act on it (a 429/503 answer, a connection that failed before the
// request was written); a write that may have been applied is checked by a read, and reported as
// done or as an unknown outcome, never as an error or "already gone" it is not.
import { afterEach, describe, expect, it } from 'vitest';
import type { Operation, Plan } from '../../src/domain/plans/plan.js';
import type { Deployment, KubeObject, ReplicaSet } from '../../src/domain/resources.js';
import { executePlan } from '../../src/kube/executePlan.js';
import { NAMESPACE } from '../demo/serverTestCluster.js';
import { startFaultyDemo, type FaultyDemo } from '../helpers/faultyDemo.js';

const RS_PATH = `/apis/apps/v1/namespaces/${NAMESPACE}/replicasets/*`;

const targetOf = (obj: KubeObject) => ({
  kind: obj.kind as 'ReplicaSet',
  namespace: NAMESPACE,
  name: obj.metadata.name,
  uid: obj.metadata.uid,
  resourceVersion: obj.metadata.resourceVersion!,
});
const deleteOp = (obj: KubeObject): Operation => ({ action: 'delete', target: targetOf(obj), kubectlArgs: ['delete', 'replicaset', obj.metadata.name] });
const planOf = (operations: Operation[]): Plan => ({ action: operations[0].action, title: 't', context: 'kilo-demo', namespace: NAMESPACE, operations, warnings: [] });

let demo: FaultyDemo | undefined;
afterEach(async () => {
  await demo?.close();
  demo = undefined;
});

function replicaSetNamed(name: string): ReplicaSet {
  const rs = demo!.cluster.store.get<ReplicaSet>('ReplicaSet', NAMESPACE, name);
  if (!rs) throw new Error(`no ReplicaSet ${name}`);
  return rs;
}

/** Copies of web-a1 named rs-0 … rs-(n-1), for batches. */
function extraReplicaSets(n: number): ReplicaSet[] {
  const base = replicaSetNamed('web-a1');
  return Array.from({ length: n }, (_, i) =>
    demo!.cluster.store.create<ReplicaSet>({ ...base, metadata: { ...base.metadata, name: `rs-${i}`, uid: '', resourceVersion: undefined } }),
  );
}

describe('writes under faults', () => {
  it('a reset after the server applied a delete is "deleted" (checked by a read), and the DELETE is sent once', async () => {
    demo = await startFaultyDemo([{ fault: 'reset-after', method: 'DELETE' }]);
    const [result] = await executePlan(demo.gateway, planOf([deleteOp(replicaSetNamed('web-a1'))]), { sleep: async () => {} });
    expect(result.outcome).toBe('deleted');
    expect(result.message).toMatch(/connection .*reset.*a read shows it gone/);
    expect(demo.server.faults.count('DELETE', RS_PATH)).toBe(1);
  });

  it('a reset before the server applied it is not sent again either: the read shows it still there, outcome unknown', async () => {
    // The client cannot tell this reset from the one above; only the read differs.
    demo = await startFaultyDemo([{ fault: 'reset-before', method: 'DELETE', times: 1 }]);
    const [result] = await executePlan(demo.gateway, planOf([deleteOp(replicaSetNamed('web-a1'))]), { sleep: async () => {} });
    expect(result.outcome).toBe('unknown outcome');
    expect(result.message).toMatch(/a read shows it still there, but the request may still be applied: check with kubectl get replicaset.apps\/web-a1 -n shop/);
    expect(demo.server.faults.count('DELETE', RS_PATH)).toBe(1);
    expect(demo.cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')).toBeDefined();
  });

  it('a request refused before it was written (server down) is sent again once the server is back', async () => {
    demo = await startFaultyDemo();
    const { isSafeToResend, networkError } = await import('../../src/kube/errors.js');
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(isSafeToResend(networkError(refused, demo.server.url, false))).toBe(true);
    expect(isSafeToResend(networkError(Object.assign(new Error('reset'), { code: 'ECONNRESET' }), demo.server.url, true))).toBe(false);
  });

  it('a write with no answer times out as "unknown outcome", sent once; the server may still apply it', async () => {
    demo = await startFaultyDemo([{ fault: 'stall', method: 'DELETE' }]);
    const started = Date.now();
    const [result] = await executePlan(demo.gateway, planOf([deleteOp(replicaSetNamed('web-a1'))]), { timeoutMs: 300, sleep: async () => {} });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.outcome).toBe('unknown outcome');
    expect(result.message).toMatch(/no answer from .* in 0\.3 s.*check with kubectl get replicaset.apps\/web-a1 -n shop/);
    expect(demo.server.faults.count('DELETE', RS_PATH)).toBe(1);
    // Why "unknown" is the truth: the server held the request and applies it when it resumes.
    demo.server.setFaults([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(demo.cluster.store.get('ReplicaSet', NAMESPACE, 'web-a1')).toBeUndefined();
  }, 10_000);

  it('a 500 is not sent again (it may have been applied); the read shows it was not: error', async () => {
    demo = await startFaultyDemo([{ fault: 'status', code: 500, method: 'DELETE' }]);
    const [result] = await executePlan(demo.gateway, planOf([deleteOp(replicaSetNamed('web-a1'))]), { sleep: async () => {} });
    expect(result).toMatchObject({ outcome: 'error', message: expect.stringContaining('injected 500') });
    expect(demo.server.faults.count('DELETE', RS_PATH)).toBe(1);
  });

  it('404 on the one DELETE sent is "already gone" before we asked', async () => {
    demo = await startFaultyDemo();
    const rs = replicaSetNamed('web-a1');
    demo.cluster.store.delete('ReplicaSet', NAMESPACE, 'web-a1');
    const [result] = await executePlan(demo.gateway, planOf([deleteOp(rs)]), { sleep: async () => {} });
    expect(result).toMatchObject({ outcome: 'already gone', message: expect.stringMatching(/^already gone before we asked/) });
  });

  it('honours Retry-After of a 429 (APF) before sending the write again', async () => {
    demo = await startFaultyDemo([{ fault: 'status', code: 429, retryAfterSeconds: 3, method: 'DELETE', times: 1 }]);
    const sleeps: number[] = [];
    const [result] = await executePlan(demo.gateway, planOf([deleteOp(replicaSetNamed('web-a1'))]), { sleep: async (ms) => void sleeps.push(ms), random: () => 0 });
    expect(result.outcome).toBe('deleted');
    expect(sleeps).toEqual([3000]);
    expect(demo.server.faults.count('DELETE', RS_PATH)).toBe(2);
  });

  it('a 503 with Retry-After is retried after it too', async () => {
    demo = await startFaultyDemo([{ fault: 'status', code: 503, retryAfterSeconds: 1, method: 'DELETE', times: 2 }]);
    const sleeps: number[] = [];
    const [result] = await executePlan(demo.gateway, planOf([deleteOp(replicaSetNamed('web-a1'))]), { sleep: async (ms) => void sleeps.push(ms), random: () => 0 });
    expect(result.outcome).toBe('deleted');
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('a reset after a scale was applied is "changed" when the read shows the replicas', async () => {
    demo = await startFaultyDemo([{ fault: 'reset-after', method: 'PUT' }]);
    const d = demo.cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!;
    const op: Operation = { action: 'scale', target: { ...targetOf(d), kind: 'Deployment' }, replicas: 3, currentReplicas: d.spec.replicas ?? 1, kubectlArgs: [] };
    const [result] = await executePlan(demo.gateway, planOf([op]), { sleep: async () => {} });
    expect(result.outcome).toBe('changed');
    expect(result.message).toMatch(/a read shows it done/);
    expect(demo.server.faults.count('PUT', '/apis/apps/v1/namespaces/*/deployments/**')).toBe(1);
  });

  it('a cut-off answer to a patch that was applied is "changed" after the read', async () => {
    demo = await startFaultyDemo([{ fault: 'truncate', method: 'PATCH' }]);
    const d = demo.cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!;
    const op: Operation = { action: 'setRevisionHistoryLimit', target: { ...targetOf(d), kind: 'Deployment' }, limit: 3, kubectlArgs: [] };
    const [result] = await executePlan(demo.gateway, planOf([op]), { sleep: async () => {} });
    expect(result.outcome).toBe('changed');
    expect(demo.cluster.store.get<Deployment>('Deployment', NAMESPACE, 'web')!.spec.revisionHistoryLimit).toBe(3);
  });

  it('cancelling stops the rest of the batch: the operations not started are "cancelled", none sent', async () => {
    demo = await startFaultyDemo([{ fault: 'slow', delayMs: 150, method: 'DELETE' }]);
    const sets = extraReplicaSets(6);
    const cancel = new AbortController();
    const results = await executePlan(demo.gateway, planOf(sets.map(deleteOp)), {
      concurrency: 1,
      signal: cancel.signal,
      onResult: () => cancel.abort(),
    });
    expect(results.map((r) => r.outcome)).toEqual(['deleted', 'cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    expect(demo.server.faults.count('DELETE', RS_PATH)).toBe(1);
  });

  it('closing the gateway (Ctrl-c) ends a write in flight at once as "unknown outcome"', async () => {
    demo = await startFaultyDemo([{ fault: 'stall', method: 'DELETE' }]);
    const gateway = demo.gateway;
    const running = executePlan(gateway, planOf([deleteOp(replicaSetNamed('web-a1'))]), { sleep: async () => {} });
    await new Promise((r) => setTimeout(r, 200));
    const closedAt = Date.now();
    gateway.close();
    const [result] = await running;
    expect(Date.now() - closedAt).toBeLessThan(1000);
    expect(result.outcome).toBe('unknown outcome');
    expect(demo.server.faults.count('DELETE', RS_PATH)).toBe(1);
  }, 10_000);
});
