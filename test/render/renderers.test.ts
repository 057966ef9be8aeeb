import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot } from '../../src/domain/resources.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { deriveTableRows } from '../../src/store/tableRows.js';
import { deploymentRow, deploymentColumns } from '../../src/render/deployments.js';
import { eventRow } from '../../src/render/events.js';
import { podRow } from '../../src/render/pods.js';
import { replicaSetRenderer, replicaSetRow } from '../../src/render/replicaSets.js';
import { serviceRow } from '../../src/render/services.js';
import { DAY, MIN, NOW, deployment, kubeEvent, pod, replicaSet, service } from './objectBuilders.js';

function kiloMeds() {
  const dep = deployment('kilo-meds', { revision: 9, replicas: 1, ready: 1, image: 'kilo-meds:ai-brain-ocr-v2' });
  const stale = [1, 2, 3, 4, 5, 6, 7].map((rev) => replicaSet(dep, rev, { replicas: 0, age: (10 - rev) * DAY }));
  const old = replicaSet(dep, 8, { replicas: 1, image: 'kilo-meds:cb1', age: 23 * 60 * MIN });
  const current = replicaSet(dep, 9, { replicas: 1, ready: 0, image: 'kilo-meds:ai-brain-ocr-v2', age: 7 * MIN });
  const crashing = pod(current, { waiting: 'CrashLoopBackOff', restarts: 6, lastRestartAgo: 45_000 });
  const running = pod(old);
  const snapshot: ClusterSnapshot = {
    namespace: 'kilo-guardian',
    deployments: [dep],
    replicaSets: [...stale, old, current],
    pods: [crashing, running],
    services: [],
    events: [kubeEvent(crashing, 'BackOff', 'Back-off restarting failed container', { type: 'Warning' })],
    now: NOW,
  };
  return { dep, stale, old, current, crashing, running, snapshot: indexSnapshot(snapshot) };
}

describe('renderers', () => {
  it('deployment row: counts active/stale ReplicaSets and reports a stuck rollout in red', () => {
    const { dep, snapshot } = kiloMeds();
    const row = deploymentRow(dep, snapshot, NOW);
    expect(row.cells).toHaveLength(deploymentColumns.length);
    expect(row.cells[0]).toBe('kilo-meds');
    expect(row.cells[4]).toBe('kilo-meds:ai-brain-ocr-v2');
    expect(row.cells[5]).toBe('9');
    expect(row.cells[6]).toBe('2/7');
    expect(row.cells[7]).toBe('8d');
    expect(row.cells[8]).toBe('Stuck: CrashLoopBackOff');
    expect(row.tone).toBe('danger');
    expect(row.problem).toBe(true);
  });

  it('replica set rows: stale ones are dim and say stale; current and old are told apart', () => {
    const { stale, old, current, snapshot } = kiloMeds();
    const staleRow = replicaSetRow(stale[0], snapshot, NOW);
    expect(staleRow.dim).toBe(true);
    expect(staleRow.cells[8]).toBe('stale');
    expect(staleRow.cells[1]).toBe('kilo-meds');
    expect(replicaSetRow(current, snapshot, NOW).cells[8]).toBe('current');
    expect(replicaSetRow(old, snapshot, NOW).cells[8]).toBe('old');
    expect(replicaSetRow(old, snapshot, NOW).dim).toBeFalsy();
  });

  it('replica sets sort by owner then newest revision first', () => {
    const { snapshot } = kiloMeds();
    const other = deployment('kilo-cam');
    const camRs = replicaSet(other, 1, { replicas: 1 });
    const sorted = [...snapshot.replicaSets, camRs].sort(replicaSetRenderer.compare);
    expect(sorted[0]).toBe(camRs);
    expect(sorted.slice(1).map((rs) => rs.metadata.annotations!['deployment.kubernetes.io/revision'])).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1']);
  });

  it('pod row: CrashLoopBackOff status in red and restarts with the last restart age', () => {
    const { crashing, running, snapshot } = kiloMeds();
    const row = podRow(crashing, snapshot, NOW);
    expect(row.cells[1]).toBe('0/1');
    expect(row.cells[2]).toBe('CrashLoopBackOff');
    expect(row.cells[3]).toBe('6 (45s ago)');
    expect(row.tone).toBe('danger');
    expect(row.toneCell).toBe(2);
    expect(row.problem).toBe(true);
    expect(podRow(running, snapshot, NOW).cells[2]).toBe('Running');
    expect(podRow(running, snapshot, NOW).problem).toBe(false);
  });

  it('service row: node ports print as port:nodePort/proto', () => {
    const row = serviceRow(service('kilo-frontend', { type: 'NodePort', port: 80, nodePort: 30000 }), undefined, NOW);
    expect(row.cells).toEqual(['kilo-frontend', 'NodePort', '10.96.0.12', '80:30000/TCP', '8d']);
  });

  it('event row: last seen, type, reason, object, message; sanitized', () => {
    const { crashing } = kiloMeds();
    const event = kubeEvent(crashing, 'BackOff', 'Back-off \u001b[31mrestarting\u001b]0;pwned\u0007 failed\u0007', { type: 'Warning', ago: 2 * MIN });
    const row = eventRow(event, undefined, NOW);
    expect(row.cells[0]).toBe('2m');
    expect(row.cells[1]).toBe('Warning');
    expect(row.cells[3]).toBe(`pod/${crashing.metadata.name}`);
    expect(row.cells[4]).toBe('Back-off restarting failed');
    expect(row.problem).toBe(true);
  });
});

describe('table order', () => {
  it('is kept per list and sort, and follows a toggle of the sort without mixing orders', () => {
    const deployments = ['kilo-cam', 'kilo-api', 'kilo-meds'].map((name, i) => deployment(name, { age: (i + 1) * DAY }));
    const snapshot = indexSnapshot({ namespace: 'kilo-guardian', deployments, replicaSets: [], pods: [], services: [], events: [], now: NOW });
    const names = (sort?: { by: 'name' | 'age'; descending: boolean }) => deriveTableRows(snapshot, 'deploy', undefined, '', sort, false).rows.map((row) => row.cells[0]);
    expect(names()).toEqual(['kilo-api', 'kilo-cam', 'kilo-meds']);
    expect(names({ by: 'name', descending: true })).toEqual(['kilo-meds', 'kilo-cam', 'kilo-api']);
    expect(names({ by: 'age', descending: false })).toEqual(['kilo-cam', 'kilo-api', 'kilo-meds']);
    expect(names()).toEqual(['kilo-api', 'kilo-cam', 'kilo-meds']);
  });
});
