// DaemonSets show CPU and MEM summed over their pods, as Deployments and StatefulSets do (issue 15),
// and sort by them with Shift-C / Shift-M.
import { describe, expect, it } from 'vitest';
import { podSeriesKey, type MetricsState, type PodSeries } from '../../src/domain/metrics/usage.js';
import type { DaemonSet, Pod } from '../../src/domain/resources.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { RENDERERS } from '../../src/render/registry.js';
import { deriveTableRows } from '../../src/store/tableRows.js';
import { daemonSetSample } from '../kinds/builtinSamples.js';
import { NOW } from './objectBuilders.js';

const MI = 2 ** 20;

function daemonSet(name: string, uid: string): DaemonSet {
  return { ...daemonSetSample, metadata: { ...daemonSetSample.metadata, name, uid, namespace: 'kube-system' } };
}

function podOf(ds: DaemonSet, name: string): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'kube-system', uid: `uid-${name}`, creationTimestamp: new Date(NOW - 3_600_000).toISOString(), ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata.name, uid: ds.metadata.uid, controller: true }] },
    spec: { containers: [{ name: 'lb-tcp-80', image: 'rancher/klipper-lb:v0.4.9' }], nodeName: 'kilo-tablet' },
    status: { phase: 'Running', containerStatuses: [{ name: 'lb-tcp-80', ready: true, restartCount: 0, image: 'rancher/klipper-lb:v0.4.9', imageID: '', state: { running: { startedAt: new Date(NOW - 3_600_000).toISOString() } } }] },
  } as Pod;
}

const series = (cpuMillicores: number, memoryMi: number): PodSeries => {
  const latest = { name: '', namespace: 'kube-system', timestamp: NOW, windowMs: 15_000, cpuNanocores: cpuMillicores * 1e6, memoryBytes: memoryMi * MI, containers: [] };
  return { latest, samples: [{ at: NOW, cpuNanocores: latest.cpuNanocores, memoryBytes: latest.memoryBytes }] };
};

const big = daemonSet('svclb-big', 'ds-big');
const small = daemonSet('svclb-small', 'ds-small');
const quiet = daemonSet('svclb-quiet', 'ds-quiet');
const pods = [podOf(big, 'big-a'), podOf(big, 'big-b'), podOf(small, 'small-a'), podOf(quiet, 'quiet-a')];
const metrics: MetricsState = {
  status: { state: 'available' },
  pods: new Map([
    [podSeriesKey('kube-system', 'big-a'), series(30, 100)],
    [podSeriesKey('kube-system', 'big-b'), series(12, 28)],
    [podSeriesKey('kube-system', 'small-a'), series(2, 9)],
  ]),
  nodes: new Map(),
  version: 1,
};
const snapshot = { ...indexSnapshot({ namespace: 'kube-system', deployments: [], replicaSets: [], pods, services: [], events: [], daemonSets: [quiet, small, big], now: NOW }), metrics };
const headers = RENDERERS.DaemonSet.columns.map((c) => c.header);

describe('DaemonSet usage', () => {
  it('CPU and MEM are the sum of its pods; a DaemonSet with no reading reads n/a', () => {
    const rows = deriveTableRows(snapshot, 'ds', undefined, '', undefined, false);
    const cells = Object.fromEntries(rows.objects.map((o, i) => [o.metadata.name, Object.fromEntries(headers.map((h, j) => [h, rows.rows[i].cells[j]]))]));
    expect(cells['svclb-big']).toMatchObject({ CPU: '42m', MEM: '128Mi', READY: '1' });
    expect(cells['svclb-small']).toMatchObject({ CPU: '2m', MEM: '9Mi' });
    expect(cells['svclb-quiet']).toMatchObject({ CPU: 'n/a', MEM: 'n/a' });
  });

  it('Shift-M sorts by memory, most first, n/a last', () => {
    const rows = deriveTableRows(snapshot, 'ds', undefined, '', { by: 'mem', descending: true }, false);
    expect(rows.objects.map((o) => o.metadata.name)).toEqual(['svclb-big', 'svclb-small', 'svclb-quiet']);
  });
});
