// The bundled kilo-guardian demo through kube/: every watched kind syncs, and the crashing
// kilo-meds pod's logs are readable.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/domain/clock.js';
import { startDemo } from '../../src/demo/startDemo.js';
import type { RunningDemo } from '../../src/demo/startDemo.js';
import type { KubeObject, Pod } from '../../src/domain/resources.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway, WatchedKind } from '../../src/kube/types.js';
import { recordWatch } from './watchRecorder.js';

describe('kube/ against the bundled kilo-guardian demo', () => {
  let demo: RunningDemo | undefined;
  let gateway: ClusterGateway | undefined;
  afterEach(async () => {
    gateway?.close();
    await demo?.close();
  });

  it('syncs every kind of the audited namespace', async () => {
    demo = await startDemo({ clock: new ManualClock() });
    gateway = await connect({ kubeconfig: demo.kubeconfigPath, env: {} });
    expect(gateway.namespace).toBe('kilo-guardian');
    const kinds: WatchedKind[] = ['Deployment', 'ReplicaSet', 'Pod', 'Service', 'Event'];
    const records = kinds.map((kind) => {
      const rec = recordWatch();
      gateway!.watch(kind, rec);
      return rec;
    });
    await vi.waitFor(() => expect(records.every((r) => r.syncs.length === 1)).toBe(true));
    // The clock is manual, so the simulated cluster holds still and the lists match its store exactly.
    kinds.forEach((kind, i) => {
      const names = records[i].syncs[0].map((o) => o.metadata.name);
      expect(names, kind).toEqual(demo!.cluster.store.list(kind, 'kilo-guardian').map((o) => o.metadata.name));
    });
    expect(records[0].syncs[0]).toHaveLength(14);
    const pods = records[2].syncs[0] as KubeObject[] as Pod[];
    const crashing = pods.find((p) => p.metadata.name.startsWith('kilo-meds-7568f7694c'));
    expect(crashing).toBeDefined();
    const text = await gateway.readLogs(crashing!.metadata.name, { tailLines: 200 });
    expect(text).toContain('prometheus_client');
  });
});
