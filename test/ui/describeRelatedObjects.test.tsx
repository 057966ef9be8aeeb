// The describe view hands each section what kubectl describe would fetch besides the object: a
// Node's pods from the store (saying whose they are when the store holds one namespace), a
// ServiceAccount's token Secrets (their watch starts while it is open), a Namespace's quotas and
// limit ranges read once through the provider.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../src/domain/resources.js';
import { createClusterStore } from '../../src/store/clusterStore.js';
import { demandedKinds } from '../../src/store/watchDemand.js';
import { App } from '../../src/ui/App.js';
import { DescribeReadsProvider } from '../../src/ui/views/DescribeReadsContext.js';
import { renderWithStore, tick } from '../helpers/renderWithStore.js';

const NOW = Date.parse('2026-01-06T12:00:00Z');
const node = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'kilo-tablet', uid: 'node-uid' }, status: { allocatable: { cpu: '4', memory: '8Gi' } } };
const podOn = (name: string, nodeName: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'kilo-guardian', uid: `uid-${name}`, creationTimestamp: '2026-01-06T11:00:00Z' },
  spec: { nodeName, containers: [{ name: 'c', image: 'x', resources: { requests: { cpu: '500m', memory: '1Gi' } } }] },
  status: { phase: 'Running' },
});
const namespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kilo-guardian', uid: 'ns-uid' }, status: { phase: 'Active' } };

function storeWith(kind: 'Node' | 'Namespace' | 'DaemonSet', uid: string, objects: Record<string, unknown[]>) {
  const store = createClusterStore({ now: NOW, stack: [{ type: 'describe', id: 0, kind, uid, scroll: 0 }] });
  store.setState({ cluster: { ...store.getState().cluster, namespace: 'kilo-guardian' } });
  store.getState().mutators.applyChanges(Object.entries(objects).map(([k, items]) => ({ type: 'sync', kind: k as never, items: items as KubeObject[] as never[] })));
  return store;
}

describe('describe reads related objects', () => {
  it("a Node's describe lists the store's pods bound to it with their requests, and says they are one namespace's", async () => {
    const view = renderWithStore(storeWith('Node', 'node-uid', { Node: [node], Pod: [podOn('kilo-meds-1', 'kilo-tablet'), podOn('elsewhere', 'other')] }), { columns: 200, rows: 60 });
    await tick(40);
    const frame = view.lastFrame();
    expect(frame).toContain('Non-terminated Pods:  (1 in total in namespace kilo-guardian;');
    expect(frame).toMatch(/kilo-guardian\s+kilo-meds-1\s+500m \(12%\)\s+0 \(0%\)\s+1Gi \(12%\)/);
    expect(frame).not.toContain('elsewhere');
    view.unmount();
  });

  it("a Namespace's describe reads its quotas and limit ranges once and prints kubectl's lines for none", async () => {
    const asked: string[] = [];
    const reads = {
      namespacePolicies: async (name: string) => {
        asked.push(name);
        return { quotas: [], limitRanges: [] };
      },
      objectEvents: async () => [],
    };
    const store = storeWith('Namespace', 'ns-uid', { Namespace: [namespace] });
    const view = renderWithStore(store, { columns: 120, rows: 30, tree: <DescribeReadsProvider reads={reads}><App /></DescribeReadsProvider> });
    await tick(60);
    const frame = view.lastFrame();
    expect(frame).toContain('No resource quota.');
    expect(frame).toContain('No LimitRange resource.');
    expect(asked).toEqual(['kilo-guardian']);
    view.unmount();
  });

  it("a Node's describe reads its Events through the API (by its name, as the kubelet records them) beside the store's", async () => {
    const subjects: unknown[] = [];
    const kubelet = { apiVersion: 'v1', kind: 'Event', metadata: { name: 'e1', namespace: 'default', uid: 'ev-1', creationTimestamp: '2026-01-06T11:50:00Z' }, involvedObject: { kind: 'Node', name: 'kilo-tablet', uid: 'kilo-tablet' }, reason: 'NodeReady', message: 'Node kilo-tablet status is now: NodeReady', type: 'Normal', source: { component: 'kubelet' }, lastTimestamp: '2026-01-06T11:50:00Z' };
    const reads = {
      namespacePolicies: async () => ({}),
      objectEvents: async (subject: unknown) => {
        subjects.push(subject);
        return [kubelet as never];
      },
    };
    const store = storeWith('Node', 'node-uid', { Node: [node], Pod: [] });
    const view = renderWithStore(store, { columns: 160, rows: 40, tree: <DescribeReadsProvider reads={reads}><App /></DescribeReadsProvider> });
    await tick(60);
    expect(view.lastFrame()).toMatch(/Normal\s+NodeReady\s+\S+\s+kubelet\s+Node kilo-tablet status is now: NodeReady/);
    expect(subjects).toEqual([{ kind: 'Node', name: 'kilo-tablet', uid: 'kilo-tablet' }]);
    view.unmount();
  });

  it("a DaemonSet's describe counts the phases of the store's pods it controls, not its status counters", async () => {
    const daemonSet = {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'kilo-agent', namespace: 'kilo-guardian', uid: 'ds-uid', creationTimestamp: '2026-01-06T11:00:00Z' },
      spec: { selector: { matchLabels: { app: 'kilo-agent' } }, template: { metadata: { labels: { app: 'kilo-agent' } }, spec: { containers: [{ name: 'agent', image: 'x' }] } } },
      // Stale counters: the pods below are what kubectl describe counts.
      status: { desiredNumberScheduled: 1, currentNumberScheduled: 1, numberReady: 1 },
    };
    const controlled = (name: string, phase: string) => ({
      ...podOn(name, 'kilo-tablet'),
      metadata: { ...podOn(name, 'kilo-tablet').metadata, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'kilo-agent', uid: 'ds-uid', controller: true }] },
      status: { phase },
    });
    const view = renderWithStore(storeWith('DaemonSet', 'ds-uid', { DaemonSet: [daemonSet], Pod: [controlled('kilo-agent-a', 'Running'), controlled('kilo-agent-b', 'Failed'), podOn('other', 'kilo-tablet')] }), { columns: 200, rows: 60 });
    await tick(40);
    expect(view.lastFrame()).toContain('Pods Status:  1 Running / 0 Waiting / 0 Succeeded / 1 Failed');
    view.unmount();
  });

  it("a ServiceAccount's describe watches Secrets while it is open (its Tokens)", () => {
    expect(demandedKinds({ stack: [{ type: 'describe', id: 0, kind: 'ServiceAccount', uid: 'x', scroll: 0 }] })).toContain('Secret');
    expect(demandedKinds({ stack: [{ type: 'describe', id: 0, kind: 'ConfigMap', uid: 'x', scroll: 0 }] })).not.toContain('Secret');
  });
});
