// The StatefulSet renderer against a real-shaped object: kubectl's READY, the headless service,
// the image, the age; fewer ready than desired is a problem the row says in its text.
import { describe, expect, it } from 'vitest';
import type { StatefulSet } from '../../src/domain/resources.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { statefulSetRenderer } from '../../src/render/statefulSets.js';
import { statefulSetSample } from '../kinds/kindSamples.js';

const NOW = Date.parse('2026-01-06T12:00:00Z');
const snapshot = indexSnapshot({ namespace: 'kilo-data', deployments: [], replicaSets: [], pods: [], services: [], events: [], statefulSets: [statefulSetSample], now: NOW });
const row = (sts: StatefulSet) => statefulSetRenderer.toRow(sts, snapshot, NOW);

describe('statefulSetRenderer', () => {
  it('prints NAME, READY as ready/desired, SERVICE, IMAGE and AGE', () => {
    expect(statefulSetRenderer.columns.map((c) => c.header)).toEqual(['NAME', 'READY', 'SERVICE', 'IMAGE', 'AGE']);
    expect(row(statefulSetSample)).toMatchObject({ cells: ['kilo-db', '2/2', 'kilo-db', 'postgres:16-alpine', '21d'], problem: false, uid: statefulSetSample.metadata.uid });
  });

  it('marks a StatefulSet with fewer ready replicas than desired as a problem, toning the READY cell', () => {
    const degraded: StatefulSet = { ...statefulSetSample, status: { ...statefulSetSample.status, readyReplicas: 1 } };
    expect(row(degraded)).toMatchObject({ cells: ['kilo-db', '1/2', 'kilo-db', 'postgres:16-alpine', '21d'], problem: true, tone: 'warn', toneCell: 1 });
  });

  it('reads absent optional fields as the API defaults them: one replica, none ready, no service', () => {
    const bare: StatefulSet = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'new', uid: 'u1' }, spec: { selector: {}, template: { spec: { containers: [{ name: 'c', image: 'busybox' }] } } } };
    expect(row(bare)).toMatchObject({ cells: ['new', '0/1', '-', 'busybox', '-'], problem: true });
  });

  it('sanitizes names from the cluster before they reach the terminal', () => {
    const hostile: StatefulSet = { ...statefulSetSample, metadata: { ...statefulSetSample.metadata, name: 'db\u001b[2Jx' } };
    expect(row(hostile).cells[0]).not.toContain('\u001b');
  });
});
