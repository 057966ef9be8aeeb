import { describe, expect, it } from 'vitest';
import { tabletNode } from '../../src/demo/tabletNode.js';
import { indexSnapshot } from '../../src/render/clusterIndex.js';
import { nodeRow } from '../../src/render/nodes.js';
import { deriveTableRows } from '../../src/store/tableRows.js';
import { DAY, NOW, ago, deployment, pod, replicaSet } from './objectBuilders.js';

const node = tabletNode('kilo-tablet', ago(20 * DAY), NOW);

describe('Nodes', () => {
  it('read as kubectl prints them: Ready, the k3s roles, the kubelet version', () => {
    expect(nodeRow(node, undefined, NOW).cells).toEqual(['kilo-tablet', 'Ready', 'control-plane,master', 'v1.32.0+k3s1', 'amd64', '20d']);
  });

  it('a node whose Ready condition is False or missing is a problem; a cordoned one says so', () => {
    const notReady = { ...node, status: { ...node.status, conditions: [{ type: 'Ready', status: 'False' as const }] } };
    expect(nodeRow(notReady, undefined, NOW)).toMatchObject({ problem: true, tone: 'danger' });
    expect(nodeRow(notReady, undefined, NOW).cells[1]).toBe('NotReady');
    const bare = { ...node, status: undefined, spec: { unschedulable: true } };
    expect(nodeRow(bare, undefined, NOW).cells.slice(1, 4)).toEqual(['Unknown,SchedulingDisabled', 'control-plane,master', '-']);
  });

  it('Enter on a node lists the pods bound to it (spec.nodeName), none of another node', () => {
    const dep = deployment('kilo-meds');
    const rs = replicaSet(dep, 1);
    const here = { ...pod(rs), spec: { ...pod(rs).spec, nodeName: 'kilo-tablet' } };
    const elsewhere = pod(rs);
    const unscheduled = { ...pod(rs), spec: { containers: pod(rs).spec.containers } };
    const snapshot = indexSnapshot({ namespace: 'kilo-guardian', deployments: [dep], replicaSets: [rs], pods: [here, elsewhere, unscheduled], services: [], events: [], nodes: [node], now: NOW });
    const scope = { kind: 'Node' as const, uid: node.metadata.uid, name: 'kilo-tablet' };
    expect(deriveTableRows(snapshot, 'pods', scope, '', undefined, false).objects).toEqual([here]);
    expect(deriveTableRows(snapshot, 'pods', { ...scope, name: 'other' }, '', undefined, false).objects).toEqual([]);
  });
});
