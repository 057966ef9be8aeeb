import { describe, expect, it } from 'vitest';
import type { KubeEvent, Pod } from '../../src/domain/resources.js';
import { humanDuration } from '../../src/demo/http/humanDuration.js';
import { podStatusCells } from '../../src/demo/http/tableCells.js';
import { resourceTypeOfKind } from '../../src/demo/http/resourceTypes.js';
import { buildTable, wantsTable } from '../../src/demo/http/tables.js';
import { createTestCluster, START } from './serverTestCluster.js';

const cellsByName = (table: Record<string, unknown>): Record<string, unknown[]> => {
  const rows = table.rows as { cells: unknown[] }[];
  return Object.fromEntries(rows.map((r) => [r.cells[0], r.cells]));
};

describe('humanDuration (kubectl ages)', () => {
  it.each([
    [0, '0s'],
    [-1500, '0s'],
    [-5000, '<invalid>'],
    [119_000, '119s'],
    [120_000, '2m'],
    [125_000, '2m5s'],
    [45 * 60_000, '45m'],
    [3 * 3600_000 + 30 * 60_000, '3h30m'],
    [23 * 3600_000, '23h'],
    [3 * 86400_000 + 4 * 3600_000, '3d4h'],
    [10 * 86400_000, '10d'],
    [800 * 86400_000, '2y70d'],
  ])('%d ms reads %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });
});

describe('Table form', () => {
  const { store } = createTestCluster();

  it('recognises the kubectl Table Accept header and nothing else', () => {
    expect(wantsTable('application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json')).toBe(true);
    expect(wantsTable('application/json')).toBe(false);
    expect(wantsTable(undefined)).toBe(false);
  });

  it('renders deployments with the kubectl columns and wide columns at priority 1', () => {
    const table = buildTable(resourceTypeOfKind('Deployment'), store.list('Deployment'), { now: START, includeObject: 'Metadata' });
    const columns = table.columnDefinitions as { name: string; priority: number }[];
    expect(columns.map((c) => c.name)).toEqual(['Name', 'Ready', 'Up-to-date', 'Available', 'Age', 'Containers', 'Images', 'Selector']);
    expect(columns.filter((c) => c.priority === 1).map((c) => c.name)).toEqual(['Containers', 'Images', 'Selector']);
    expect(cellsByName(table).web).toEqual(['web', '1/1', 1, 1, '3d', 'web', 'web:v2', 'app=web']);
    const row = (table.rows as { object: { kind: string; metadata: { name: string } } }[])[0];
    expect(row.object.kind).toBe('PartialObjectMetadata');
    expect(row.object.metadata.name).toBe('web');
  });

  it('renders replicasets with desired/current/ready and a sorted selector', () => {
    const cells = cellsByName(buildTable(resourceTypeOfKind('ReplicaSet'), store.list('ReplicaSet'), { now: START, includeObject: 'None' }));
    expect(cells['web-a1']).toEqual(['web-a1', 0, 0, 0, '120m', 'web', 'web:v1', 'app=web,pod-template-hash=a1']);
    expect(cells['web-b2'].slice(0, 4)).toEqual(['web-b2', 1, 1, 1]);
  });

  it('renders pods with CrashLoopBackOff from the waiting reason and restarts with the last restart age', () => {
    const cells = cellsByName(buildTable(resourceTypeOfKind('Pod'), store.list('Pod'), { now: START, includeObject: 'Metadata' }));
    expect(cells['web-b2-crashing'].slice(0, 7)).toEqual(['web-b2-crashing', '0/1', 'CrashLoopBackOff', '6 (45s ago)', '10m', '10.42.0.7', 'kilo-node']);
    expect(cells['web-b2-running'].slice(0, 4)).toEqual(['web-b2-running', '1/1', 'Running', '0']);
    expect(cells['web-b2-pending'][2]).toBe('ContainerCreating');
  });

  it('shows Terminating for a pod being deleted and ExitCode for a reasonless termination', () => {
    const base = store.get<Pod>('Pod', 'shop', 'web-b2-running')!;
    expect(podStatusCells({ ...base, metadata: { ...base.metadata, deletionTimestamp: '2026-01-06T11:59:00Z' } }, START).status).toBe('Terminating');
    const exited: Pod = { ...base, status: { ...base.status, containerStatuses: [{ name: 'web', image: 'x', ready: false, restartCount: 0, state: { terminated: { exitCode: 137 } } }] } };
    expect(podStatusCells(exited, START).status).toBe('ExitCode:137');
  });

  it('renders services with node ports and selectors', () => {
    const cells = cellsByName(buildTable(resourceTypeOfKind('Service'), store.list('Service'), { now: START, includeObject: 'Metadata' }));
    expect(cells['web-external']).toEqual(['web-external', 'NodePort', '10.43.106.87', '<none>', '80:30000/TCP', '24h', 'app=web']);
  });

  it('renders events with repeat counts and namespaces with their phase', () => {
    const event: KubeEvent = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'web.1', namespace: 'shop', uid: 'e' },
      involvedObject: { kind: 'Pod', name: 'web-b2-crashing' },
      reason: 'BackOff',
      message: 'Back-off restarting failed container ',
      type: 'Warning',
      count: 4,
      firstTimestamp: '2026-01-06T11:50:00Z',
      lastTimestamp: '2026-01-06T11:59:30Z',
    };
    const [row] = buildTable(resourceTypeOfKind('Event'), [event], { now: START, includeObject: 'None' }).rows as { cells: unknown[] }[];
    expect(row.cells.slice(0, 4)).toEqual(['30s (x4 over 10m)', 'Warning', 'BackOff', 'pod/web-b2-crashing']);
    expect(row.cells[6]).toBe('Back-off restarting failed container');
    expect(cellsByName(buildTable(resourceTypeOfKind('Namespace'), store.list('Namespace'), { now: START, includeObject: 'None' })).shop.slice(0, 2)).toEqual(['shop', 'Active']);
  });
});
