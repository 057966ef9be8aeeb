import { afterEach, describe, expect, it } from 'vitest';
import type { Operation, OperationResult, Plan } from '../../src/domain/plans/plan.js';
import type { Deployment, KubeObject } from '../../src/domain/resources.js';
import { executePlan } from '../../src/kube/executePlan.js';
import { startHarness } from './harness.js';
import type { Harness } from './harness.js';
import { deployment, NS, replicaSet } from './objects.js';

const targetOf = (obj: KubeObject) => ({
  kind: obj.kind as 'ReplicaSet',
  namespace: NS,
  name: obj.metadata.name,
  uid: obj.metadata.uid,
  resourceVersion: obj.metadata.resourceVersion!,
});

const deleteOp = (obj: KubeObject): Operation => ({ action: 'delete', target: targetOf(obj), kubectlArgs: ['delete', 'replicaset', obj.metadata.name] });

const planOf = (operations: Operation[]): Plan => ({ action: operations[0].action, title: 't', context: 'fake', namespace: NS, operations, warnings: [] });

const noSleep = async (): Promise<void> => {};

describe('executePlan against a fake API server', () => {
  let h: Harness;
  afterEach(async () => {
    await h?.cleanup();
  });

  it('deletes with preconditions; stale → skipped, missing → already gone, 500 → retried, 403 → forbidden', async () => {
    h = await startHarness();
    const { store } = h.server;
    const [fresh, stale, missing, flaky, denied] = ['fresh', 'stale', 'missing', 'flaky', 'denied'].map((n) => store.create(replicaSet(`kilo-meds-${n}`)));
    store.mutate('ReplicaSet', NS, stale.metadata.name, (rs) => void (rs.metadata.labels = { touched: 'yes' }));
    store.delete('ReplicaSet', NS, missing.metadata.name);
    h.server.failNext({ method: 'DELETE', pathIncludes: 'kilo-meds-flaky' }, 503);
    h.server.failNext({ method: 'DELETE', pathIncludes: 'kilo-meds-denied' }, 403);
    const sleeps: number[] = [];
    const progress: [string, number, number][] = [];

    const results = await executePlan(h.gateway, planOf([fresh, stale, missing, flaky, denied].map(deleteOp)), {
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0,
      onResult: (r, done, total) => progress.push([r.operation.target.name, done, total]),
    });

    expect(results.map((r) => [r.operation.target.name, r.outcome])).toEqual([
      ['kilo-meds-fresh', 'deleted'],
      ['kilo-meds-stale', 'changed since preview: skipped'],
      ['kilo-meds-missing', 'already gone'],
      ['kilo-meds-flaky', 'deleted'],
      ['kilo-meds-denied', 'forbidden'],
    ]);
    expect(results[1].message).toContain('Precondition failed');
    expect(sleeps).toEqual([250]);
    expect(progress.map(([, done]) => done)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.every(([, , total]) => total === 5)).toBe(true);
    expect(store.list('ReplicaSet', NS).map((rs) => rs.metadata.name)).toEqual(['kilo-meds-denied', 'kilo-meds-stale']);

    const sent = h.server.requests.find((r) => r.method === 'DELETE' && r.path.endsWith('/kilo-meds-fresh'));
    expect(sent?.path).toBe(`/apis/apps/v1/namespaces/${NS}/replicasets/kilo-meds-fresh`);
    expect(sent?.body).toEqual({
      kind: 'DeleteOptions',
      apiVersion: 'v1',
      propagationPolicy: 'Background',
      preconditions: { uid: fresh.metadata.uid, resourceVersion: fresh.metadata.resourceVersion },
    });
  });

  it('gives up after the retries on persistent 429 with the server message', async () => {
    h = await startHarness();
    const rs = h.server.store.create(replicaSet('kilo-meds-throttled'));
    h.server.failNext({ method: 'DELETE' }, 429, 10);
    const sleeps: number[] = [];
    const [result] = await executePlan(h.gateway, planOf([deleteOp(rs)]), { retries: 2, sleep: async (ms) => void sleeps.push(ms), random: () => 0 });
    expect(result).toMatchObject({ outcome: 'error', message: 'injected 429' });
    expect(sleeps).toEqual([250, 500]);
  });

  it('dry run sends dryRun=All and changes nothing', async () => {
    h = await startHarness();
    const rs = h.server.store.create(replicaSet('kilo-meds-dry'));
    const [result] = await executePlan(h.gateway, planOf([deleteOp(rs)]), { dryRun: true, sleep: noSleep });
    expect(result.outcome).toBe('dry run ok');
    expect(result.message).toBe('would delete replicaset kilo-meds-dry');
    expect(h.server.store.get('ReplicaSet', NS, 'kilo-meds-dry')).toBeDefined();
    expect(h.server.requests.find((r) => r.method === 'DELETE')?.query.get('dryRun')).toBe('All');
  });

  it('never runs more operations at once than the concurrency', async () => {
    h = await startHarness();
    const sets = Array.from({ length: 7 }, (_, i) => h.server.store.create(replicaSet(`rs-${i}`)));
    let inFlight = 0;
    let peak = 0;
    const realDelete = h.gateway.deleteObject.bind(h.gateway);
    const counting = {
      ...h.gateway,
      deleteObject: async (...args: Parameters<typeof realDelete>) => {
        peak = Math.max(peak, ++inFlight);
        try {
          await realDelete(...args);
        } finally {
          inFlight -= 1;
        }
      },
    };
    const results = await executePlan(counting, planOf(sets.map(deleteOp)), { concurrency: 3, sleep: noSleep });
    expect(results.every((r: OperationResult) => r.outcome === 'deleted')).toBe(true);
    expect(peak).toBe(3);
  });

  it('scales by a PUT of the Scale with the read uid and resourceVersion; patches revisionHistoryLimit and restartedAt with the uid', async () => {
    h = await startHarness();
    const d = h.server.store.create(deployment('kilo-meds', 1));
    const target = { ...targetOf(d), kind: 'Deployment' as const };
    const results = await executePlan(
      h.gateway,
      planOf([
        { action: 'scale', target, replicas: 3, currentReplicas: 1, kubectlArgs: [] },
        { action: 'setRevisionHistoryLimit', target, limit: 2, kubectlArgs: [] },
        { action: 'rolloutRestart', target, restartedAt: '2026-01-06T12:00:00Z', kubectlArgs: [] },
      ]),
      { concurrency: 1, sleep: noSleep },
    );
    expect(results.map((r) => r.outcome)).toEqual(['changed', 'changed', 'changed']);
    const after = h.server.store.get<Deployment>('Deployment', NS, 'kilo-meds')!;
    expect(after.spec.replicas).toBe(3);
    expect(after.spec.revisionHistoryLimit).toBe(2);
    expect(after.spec.template.metadata?.annotations?.['kubectl.kubernetes.io/restartedAt']).toBe('2026-01-06T12:00:00Z');
    const writes = h.server.requests.filter((r) => r.method === 'PATCH' || r.method === 'PUT').map((r) => [r.method, r.path.split('/').slice(-2).join('/'), r.contentType, JSON.stringify(r.body)]);
    const uid = JSON.stringify(d.metadata.uid);
    expect(writes).toEqual([
      ['PUT', 'kilo-meds/scale', 'application/json', `{"kind":"Scale","apiVersion":"autoscaling/v1","metadata":{"name":"kilo-meds","namespace":"${NS}","uid":${uid},"resourceVersion":"${d.metadata.resourceVersion}"},"spec":{"replicas":3}}`],
      ['PATCH', 'deployments/kilo-meds', 'application/merge-patch+json', `{"metadata":{"uid":${uid}},"spec":{"revisionHistoryLimit":2}}`],
      ['PATCH', 'deployments/kilo-meds', 'application/strategic-merge-patch+json', `{"metadata":{"uid":${uid}},"spec":{"template":{"metadata":{"annotations":{"kubectl.kubernetes.io/restartedAt":"2026-01-06T12:00:00Z"}}}}}`],
    ]);
  });

  it('rolls back like kubectl: JSON patch of the template and the ReplicaSet annotations, with the read resourceVersion', async () => {
    h = await startHarness();
    const { store } = h.server;
    const base = deployment('kilo-meds', 1);
    base.metadata.annotations = {
      'deployment.kubernetes.io/revision': '5',
      'kubectl.kubernetes.io/last-applied-configuration': '{"kept":true}',
      'team/dropped': 'not on the ReplicaSet',
    };
    const d = store.create(base);
    const owner = [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'kilo-meds', uid: d.metadata.uid, controller: true }];
    const old = replicaSet('kilo-meds-55d9cd8856', 0, '3', { 'kubernetes.io/change-cause': 'deploy cb1', 'deployment.kubernetes.io/desired-replicas': '1' });
    old.metadata.ownerReferences = owner;
    old.spec.template.metadata!.labels = { app: 'kilo-meds', 'pod-template-hash': '55d9cd8856' };
    store.create(old);
    const template = { metadata: { labels: { app: 'kilo-meds' } }, spec: { containers: [{ name: 'app', image: 'kilo-meds:kilo-meds-55d9cd8856' }] } };
    const op: Operation = { action: 'rolloutUndo', target: { ...targetOf(d), kind: 'Deployment' }, toRevision: 3, template, kubectlArgs: [] };

    const [result] = await executePlan(h.gateway, planOf([op]), { sleep: noSleep });

    expect(result).toMatchObject({ outcome: 'changed' });
    const patch = h.server.requests.find((r) => r.method === 'PATCH');
    expect(patch?.contentType).toBe('application/json-patch+json');
    expect(patch?.body).toEqual([
      // Led by the resourceVersion it read: a change in between is a 409, not overwritten.
      { op: 'replace', path: '/metadata/resourceVersion', value: d.metadata.resourceVersion },
      { op: 'replace', path: '/spec/template', value: template },
      {
        op: 'replace',
        path: '/metadata/annotations',
        value: {
          'kubectl.kubernetes.io/last-applied-configuration': '{"kept":true}',
          'deployment.kubernetes.io/revision': '5',
          'kubernetes.io/change-cause': 'deploy cb1',
        },
      },
    ]);
    expect(store.get<Deployment>('Deployment', NS, 'kilo-meds')!.spec.template.spec.containers[0].image).toBe('kilo-meds:kilo-meds-55d9cd8856');
  });

  it('skips a rollback when the deployment was recreated, and errors on a missing revision', async () => {
    h = await startHarness();
    const d = h.server.store.create(deployment('kilo-meds', 1));
    const template = d.spec.template;
    const recreated: Operation = { action: 'rolloutUndo', target: { ...targetOf(d), kind: 'Deployment', uid: 'old-uid' }, toRevision: 3, template, kubectlArgs: [] };
    const missing: Operation = { action: 'rolloutUndo', target: { ...targetOf(d), kind: 'Deployment' }, toRevision: 42, template, kubectlArgs: [] };
    const results = await executePlan(h.gateway, planOf([recreated, missing]), { sleep: noSleep });
    expect(results.map((r) => [r.outcome, r.message])).toEqual([
      ['changed since preview: skipped', 'deployment kilo-meds was recreated since the preview'],
      ['error', 'unable to find specified revision 42 in history'],
    ]);
    expect(h.server.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });
});
