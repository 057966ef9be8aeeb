// kube/ against the project's own demo API server (src/demo/server.ts), end to end over HTTP.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { writeKubeconfig } from '../../src/demo/kubeconfig.js';
import type { LogSource } from '../../src/demo/logSource.js';
import { ObjectStore } from '../../src/demo/objectStore.js';
import { startDemoServer } from '../../src/demo/server.js';
import type { DemoServer } from '../../src/demo/server.js';
import type { Operation, Plan } from '../../src/domain/plans/plan.js';
import type { Deployment, KubeObject } from '../../src/domain/resources.js';
import { connect } from '../../src/kube/connect.js';
import { executePlan } from '../../src/kube/executePlan.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { tempDir } from './kubeconfigFiles.js';
import { deployment, NS, replicaSet } from './objects.js';
import { recordWatch } from './watchRecorder.js';

const noLogs: LogSource = {
  read: () => [{ time: Date.parse('2026-01-06T12:00:00Z'), text: 'hello from the demo kubelet' }],
  follow: () => () => {},
};

const target = (obj: KubeObject) => ({
  kind: obj.kind as 'ReplicaSet' | 'Deployment',
  namespace: NS,
  name: obj.metadata.name,
  uid: obj.metadata.uid,
  resourceVersion: obj.metadata.resourceVersion!,
});

describe('kube/ against the demo API server', () => {
  let server: DemoServer | undefined;
  let gateway: ClusterGateway | undefined;
  const store = () => new ObjectStore();

  async function start(objects: ObjectStore, port = 0): Promise<DemoServer> {
    server = await startDemoServer({ store: objects, logs: noLogs, port });
    return server;
  }

  afterEach(async () => {
    gateway?.close();
    await server?.close();
    gateway = server = undefined;
  });

  it('connects via a written kubeconfig, watches, survives a restart on the same port', async () => {
    const objects = store();
    objects.create(replicaSet('kilo-meds-55d9cd8856', 1));
    const first = await start(objects);
    const kubeconfig = join(tempDir(), 'kubeconfig');
    writeKubeconfig(kubeconfig, { server: first.url, namespace: NS });
    const clock = new ManualClock();
    gateway = await connect({ kubeconfig, env: {}, gateway: { timers: clock, watcher: { random: () => 0 } } });
    expect([gateway.context, gateway.namespace, gateway.server]).toEqual(['kilo-demo', NS, first.url]);

    const rec = recordWatch();
    gateway.watch('ReplicaSet', rec);
    await vi.waitFor(() => expect(rec.statuses()).toEqual(['connecting', 'connected']));
    expect(rec.syncs[0].map((rs) => rs.metadata.name)).toEqual(['kilo-meds-55d9cd8856']);

    // Changes made before the watch request lands still arrive: it resumes from the list's version.
    objects.create(replicaSet('kilo-meds-7568f7694c', 1, '6'));
    objects.delete('ReplicaSet', NS, 'kilo-meds-55d9cd8856');
    await vi.waitFor(() => expect(rec.events.map((e) => `${e.type} ${e.name}`)).toEqual(['ADDED kilo-meds-7568f7694c', 'DELETED kilo-meds-55d9cd8856']));

    await first.close();
    server = undefined;
    await vi.waitFor(() => expect(rec.statuses().at(-1)).toBe('reconnecting'));
    await start(objects, first.port);
    clock.advance(30_000);
    await vi.waitFor(() => expect(rec.statuses().at(-1)).toBe('connected'));
    expect(rec.syncs.length).toBe(2);
    expect(rec.syncs[1].map((rs) => rs.metadata.name)).toContain('kilo-meds-7568f7694c');
  });

  it('executes a plan: stale delete skipped, others deleted, 404 already gone, merge patch, scale', async () => {
    const objects = store();
    const [keep, stale, gone] = ['a', 'b', 'c'].map((n) => objects.create(replicaSet(`kilo-meds-${n}`)));
    const d = objects.create(deployment('kilo-meds', 1));
    objects.mutate('ReplicaSet', NS, stale.metadata.name, (rs) => void (rs.metadata.labels = { changed: 'yes' }));
    objects.delete('ReplicaSet', NS, gone.metadata.name);
    const running = await start(objects);
    const kubeconfig = join(tempDir(), 'kubeconfig');
    writeKubeconfig(kubeconfig, { server: running.url, namespace: NS });
    gateway = await connect({ kubeconfig, env: {} });

    const ops: Operation[] = [
      ...[keep, stale, gone].map((rs): Operation => ({ action: 'delete', target: target(rs), kubectlArgs: [] })),
      { action: 'setRevisionHistoryLimit', target: target(d), limit: 2, kubectlArgs: [] },
      { action: 'scale', target: target(d), replicas: 0, currentReplicas: 1, kubectlArgs: [] },
    ];
    const plan: Plan = { action: 'delete', title: 'mixed', context: 'kilo-demo', namespace: NS, operations: ops, warnings: [] };
    const results = await executePlan(gateway, plan, { sleep: async () => {} });

    expect(results.map((r) => [r.operation.action, r.operation.target.name, r.outcome])).toEqual([
      ['delete', 'kilo-meds-a', 'deleted'],
      ['delete', 'kilo-meds-b', 'changed since preview: skipped'],
      ['delete', 'kilo-meds-c', 'already gone'],
      ['setRevisionHistoryLimit', 'kilo-meds', 'changed'],
      ['scale', 'kilo-meds', 'changed'],
    ]);
    expect(objects.list('ReplicaSet', NS).map((rs) => rs.metadata.name)).toEqual(['kilo-meds-b']);
    const after = objects.get<Deployment>('Deployment', NS, 'kilo-meds')!;
    expect([after.spec.revisionHistoryLimit, after.spec.replicas]).toEqual([2, 0]);

    const dry = await executePlan(gateway, { ...plan, operations: [{ action: 'delete', target: target(objects.get('ReplicaSet', NS, 'kilo-meds-b')!), kubectlArgs: [] }] }, { dryRun: true });
    expect(dry.map((r) => r.outcome)).toEqual(['dry run ok']);
    expect(objects.get('ReplicaSet', NS, 'kilo-meds-b')).toBeDefined();
  });
});
