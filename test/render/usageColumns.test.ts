import { describe, expect, it } from 'vitest';
import { podSeriesKey, type MetricsState, type PodSeries } from '../../src/domain/metrics/usage.js';
import type { Pod } from '../../src/domain/resources.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { RENDERERS } from '../../src/render/registry.js';
import { deriveTableRows } from '../../src/store/tableRows.js';
import { NOW, deployment, pod, replicaSet } from './objectBuilders.js';

const MI = 2 ** 20;
const dep = deployment('kilo-ai-brain');
const rs = replicaSet(dep, 1);
const withResources = (p: Pod, resources: Record<string, unknown>): Pod => ({ ...p, spec: { ...p.spec, containers: p.spec.containers.map((c) => ({ ...c, resources })) } });
const brain = withResources(pod(rs), { limits: { memory: '2Gi', cpu: '500m' }, requests: { cpu: '250m', memory: '512Mi' } });
const plain = pod(rs);
const crashing = pod(rs, { waiting: 'CrashLoopBackOff', restarts: 3 });

const series = (cpuMillicores: number, memoryMi: number): PodSeries => {
  const latest = { name: '', timestamp: NOW, windowMs: 15_000, cpuNanocores: cpuMillicores * 1e6, memoryBytes: memoryMi * MI, containers: [] };
  return { latest, samples: [{ at: NOW, cpuNanocores: latest.cpuNanocores, memoryBytes: latest.memoryBytes }] };
};

function snapshotWith(metrics: MetricsState | undefined) {
  return { ...indexSnapshot({ namespace: 'kilo-guardian', deployments: [dep], replicaSets: [rs], pods: [brain, plain, crashing], services: [], events: [], now: NOW }), metrics };
}

const available = (pods: Record<string, PodSeries>): MetricsState => ({ status: { state: 'available' }, pods: new Map(Object.entries(pods).map(([name, s]) => [podSeriesKey('kilo-guardian', name), s])), nodes: new Map(), version: 1 });
const headers = RENDERERS.Pod.columns.map((c) => c.header);
const cellsOf = (row: { cells: string[] }) => Object.fromEntries(headers.map((h, i) => [h, row.cells[i]]));

describe('usage columns', () => {
  it('a pod: CPU and MEM as kubectl top, percentages of requests and limits, n/a where unset or unread', () => {
    const snapshot = snapshotWith(available({ [brain.metadata.name]: series(40, 1900), [plain.metadata.name]: series(3, 90) }));
    const rows = deriveTableRows(snapshot, 'pods', undefined, '', undefined, false);
    const byName = new Map(rows.objects.map((o, i) => [o.metadata.name, rows.rows[i]]));
    expect(cellsOf(byName.get(brain.metadata.name)!)).toMatchObject({ CPU: '40m', MEM: '1900Mi', '%CPU/R': '16', '%CPU/L': '8', '%MEM/R': '371', '%MEM/L': '93' });
    expect(cellsOf(byName.get(plain.metadata.name)!)).toMatchObject({ CPU: '3m', MEM: '90Mi', '%CPU/R': 'n/a', '%CPU/L': 'n/a', '%MEM/R': 'n/a', '%MEM/L': 'n/a' });
    expect(cellsOf(byName.get(crashing.metadata.name)!)).toMatchObject({ CPU: 'n/a', MEM: 'n/a' });
    // ≥ 90 % of the memory limit is an error colour on that cell only; the STATUS tone stays.
    const row = byName.get(brain.metadata.name)!;
    expect(row.cellTones?.[headers.indexOf('%MEM/L')]).toBe('danger');
    expect(row.cellTones?.[headers.indexOf('%CPU/L')]).toBeUndefined();
    expect(headers[row.toneCell!]).toBe('STATUS');
  });

  it('70 % of a limit warns', () => {
    const rows = deriveTableRows(snapshotWith(available({ [brain.metadata.name]: series(360, 1500) })), 'pods', undefined, '', undefined, false);
    const row = rows.rows[rows.objects.indexOf(brain)];
    expect(row.cellTones?.[headers.indexOf('%CPU/L')]).toBe('warn');
    expect(row.cellTones?.[headers.indexOf('%MEM/L')]).toBe('warn');
  });

  it('without metrics every usage cell reads n/a', () => {
    const unavailable: MetricsState = { status: { state: 'unavailable', reason: 'metrics API not served' }, pods: new Map([[podSeriesKey(brain.metadata.namespace, brain.metadata.name), series(40, 700)]]), nodes: new Map(), version: 2 };
    for (const metrics of [undefined, unavailable]) {
      const rows = deriveTableRows(snapshotWith(metrics), 'pods', undefined, '', undefined, false);
      for (const row of rows.rows) expect([4, 5, 6, 7, 8, 9].map((i) => row.cells[i])).toEqual(Array(6).fill('n/a'));
    }
  });

  it('Deployments sum their pods; Shift-C and Shift-M sort by usage, most first, n/a last', () => {
    const metrics = available({ [brain.metadata.name]: series(40, 700), [plain.metadata.name]: series(90, 100) });
    const snapshot = snapshotWith(metrics);
    const deploy = deriveTableRows(snapshot, 'deploy', undefined, '', undefined, false).rows[0];
    const deployHeaders = RENDERERS.Deployment.columns.map((c) => c.header);
    expect(deploy.cells[deployHeaders.indexOf('CPU')]).toBe('130m');
    expect(deploy.cells[deployHeaders.indexOf('MEM')]).toBe('800Mi');
    const names = (by: 'cpu' | 'mem', descending = true) => deriveTableRows(snapshot, 'pods', undefined, '', { by, descending }, false).objects.map((o) => o.metadata.name);
    expect(names('cpu')).toEqual([plain, brain, crashing].map((p) => p.metadata.name));
    expect(names('mem')).toEqual([brain, plain, crashing].map((p) => p.metadata.name));
    expect(names('mem', false)).toEqual([crashing, plain, brain].map((p) => p.metadata.name));
  });
});
