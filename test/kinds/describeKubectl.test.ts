// kilo-tui's describe of each first-class kind against real `kubectl describe` on the built demo
// server: the objects come through kilo-tui's own client (the gateway), the pods of every namespace
// and the Secrets as the store would hold them, and the lines each kind's section prints must read
// as kubectl's do (spacing aside). kubectl's own extras kilo-tui does not fetch (a node's Lease, an
// Ingress backend's endpoints) are left out of the comparison and named where they are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KindName } from '../../src/domain/resources.js';
import { connect } from '../../src/kube/connect.js';
import type { ClusterGateway } from '../../src/kube/types.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventSubjectOf } from '../../src/domain/eventSubject.js';
import { describeObject } from '../../src/render/describe/describeObject.js';
import type { Json } from '../../src/render/describe/fields.js';
import { startDemoServerProcess, type DemoServerProcess } from '../helpers/demoServerProcess.js';
import { scratchDir } from '../helpers/scratchDir.js';

let server: DemoServerProcess;
let gateway: ClusterGateway;
let pods: Json[];

beforeAll(async () => {
  server = await startDemoServerProcess();
  gateway = await connect({ kubeconfig: server.kubeconfig, env: {} });
  pods = (await gateway.forNamespace!('').list('Pod')) as unknown as Json[];
}, 60_000);

afterAll(async () => {
  gateway?.close();
  await server?.stop();
});

const squeeze = (line: string): string => line.replace(/\s+/g, ' ').trimEnd();

/** Every line that starts with `prefix` (indentation and label included), spacing squeezed. */
const starting = (lines: readonly string[], prefix: string): string[] => lines.filter((line) => line.startsWith(prefix)).map(squeeze);

/** The lines from the first that starts with `from` up to (not including) the first top-level line after it that starts with `until`. */
function block(lines: readonly string[], from: string, until: RegExp): string[] {
  const start = lines.findIndex((line) => line.startsWith(from));
  expect(start, `${from} in:\n${lines.join('\n')}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && until.test(line));
  return lines.slice(start, end < 0 ? undefined : end).map(squeeze);
}

async function both(kind: KindName, name: string, namespace: string | undefined, extra: { secrets?: Json[] } = {}) {
  const obj = (await gateway.get(kind, name, namespace ? { namespace } : {})) as unknown as Json;
  const ours = describeObject(obj, { events: [], now: Date.now(), pods: { items: pods, namespace: '' }, ...extra });
  const kubectl = (await server.kubectl('describe', kind.toLowerCase(), name, ...(namespace ? ['-n', namespace] : []))).split('\n');
  // Each compared label must be in kubectl's output too (a typo here would compare two empty lists).
  const compare = (...prefixes: string[]) => {
    for (const prefix of prefixes) {
      const theirs = starting(kubectl, prefix);
      expect(theirs.length, `kubectl prints ${prefix}`).toBeGreaterThan(0);
      expect(starting(ours, prefix), prefix).toEqual(theirs);
    }
  };
  return { ours, kubectl, compare };
}

describe('describe of each first-class kind reads as kubectl describe on the demo server', () => {
  it('DaemonSet', async () => {
    const { ours, kubectl, compare } = await both('DaemonSet', 'svclb-traefik-c0179b81', 'kube-system');
    compare('Selector:', 'Node-Selector:', 'Desired Number of Nodes Scheduled:', 'Current Number of Nodes Scheduled:', 'Number of Nodes Scheduled with Up-to-date Pods:', 'Number of Nodes Scheduled with Available Pods:', 'Number of Nodes Misscheduled:', 'Pods Status:', 'Pod Template:', '  Service Account:', '   lb-tcp-', '    Image:', '    Port:', '    Host Port:', '      SRC_', '      DEST_', '  Tolerations:');
    // The continuation lines of Tolerations (aligned to another column by kubectl's tabwriter).
    const tolerations = (lines: string[]) => lines.filter((line) => /^\s+\S+ op=Exists$/.test(line)).map((line) => line.trim());
    expect(tolerations(ours)).toEqual(tolerations(kubectl));
    expect(tolerations(ours)).toHaveLength(2);
  });

  it('Job', async () => {
    const { compare } = await both('Job', 'helm-install-traefik', 'kube-system');
    compare('Selector:', 'Parallelism:', 'Completions:', 'Completion Mode:', 'Suspend:', 'Backoff Limit:', 'Start Time:', 'Completed At:', 'Duration:', 'Pods Statuses:', '  Service Account:', '    Image:', '    Args:', '      install', '      CHART_NAMESPACE:');
  });

  it('CronJob', async () => {
    const { compare } = await both('CronJob', 'kilo-db-backup', 'kilo-data');
    compare('Schedule:', 'Concurrency Policy:', 'Suspend:', 'Successful Job History Limit:', 'Failed Job History Limit:', 'Starting Deadline Seconds:', 'Selector:', 'Parallelism:', 'Completions:', '    Image:', '    Command:', '      /bin/sh', '      -c', '      pg_dump', 'Last Schedule Time:', 'Active Jobs:');
  });

  it('ConfigMap: Data and BinaryData line for line', async () => {
    for (const name of ['coredns', 'local-path-config']) {
      const { ours, kubectl } = await both('ConfigMap', name, 'kube-system');
      // kubectl prints the keys in Go's map order (random); kilo-tui sorts them: compared key by key.
      expect(entries(block(ours, 'Data', /^Events:/)), name).toEqual(entries(block(kubectl, 'Data', /^Events:/)));
      expect(block(ours, 'BinaryData', /^Events:/)).toEqual(block(kubectl, 'BinaryData', /^Events:/));
    }
  });

  it('PersistentVolumeClaim', async () => {
    const { compare } = await both('PersistentVolumeClaim', 'kilo-library-data', 'kilo-guardian');
    compare('StorageClass:', 'Status:', 'Volume:', 'Finalizers:', 'Capacity:', 'Access Modes:', 'VolumeMode:', 'Used By:');
  });

  it('PersistentVolume', async () => {
    const { compare } = await both('PersistentVolume', 'pvc-e0545462-4e2f-51cf-8e10-c2b9144dea82', undefined);
    compare('Finalizers:', 'StorageClass:', 'Status:', 'Claim:', 'Reclaim Policy:', 'Access Modes:', 'VolumeMode:', 'Capacity:', 'Node Affinity:', '  Required Terms:', '    Term 0:', 'Source:', '    Type:', '    Path:', '    HostPathType:');
  });

  it('Ingress: the rules table (kubectl adds each backend\'s endpoints, which kilo-tui does not resolve)', async () => {
    const { ours, kubectl, compare } = await both('Ingress', 'kilo-frontend', 'kilo-guardian');
    compare('Address:', 'Ingress Class:', 'Default backend:');
    const withoutEndpoints = (lines: string[]) => lines.map((line) => line.replace(/ \(.*\)$/, ''));
    expect(block(ours, 'Rules:', /^\S/)).toEqual(withoutEndpoints(block(kubectl, 'Rules:', /^\S/)));
  });

  it('HorizontalPodAutoscaler: metrics, bounds, pods and conditions', async () => {
    const { ours, kubectl, compare } = await both('HorizontalPodAutoscaler', 'kilo-gateway', 'kilo-guardian');
    compare('Reference:', 'Metrics:', '  resource cpu on pods', 'Min replicas:', 'Max replicas:', 'Deployment pods:');
    expect(block(ours, 'Conditions:', /^Events:/)).toEqual(block(kubectl, 'Conditions:', /^Events:/));
  });

  it('ServiceAccount', async () => {
    const secrets = (await gateway.list('Secret', { namespace: 'kube-system' })) as unknown as Json[];
    for (const [name, namespace] of [['coredns', 'kube-system'], ['default', 'kilo-guardian']] as const) {
      const { compare } = await both('ServiceAccount', name, namespace, { secrets: secrets.filter((s) => record(s.metadata).namespace === namespace) });
      compare('Image pull secrets:', 'Mountable secrets:', 'Tokens:');
    }
  });

  it('Node: conditions, addresses, capacity, system info, its pods of every namespace with requests and limits, allocated resources (kubectl\'s Lease line aside)', async () => {
    const { ours, kubectl, compare } = await both('Node', 'kilo-tablet', undefined);
    compare('Roles:', 'Taints:', 'Unschedulable:', 'Addresses:', '  InternalIP:', '  Hostname:', 'Capacity:', 'Allocatable:', '  cpu:', '  memory:', '  pods:', '  ephemeral-storage:', 'System Info:', '  Machine ID:', '  Kernel Version:', '  OS Image:', '  Container Runtime Version:', '  Kubelet Version:', '  Kube-Proxy Version:', 'PodCIDR:', 'PodCIDRs:', 'ProviderID:', 'Non-terminated Pods:');
    // The condition rows without the heartbeat time (kubectl read the node a moment later).
    const conditions = (lines: string[]) => block(lines, 'Conditions:', /^Addresses:/).map((line) => line.replace(/ \w{3}, \d\d \w{3} \d{4} [\d:]{8} \+0000/, ''));
    expect(conditions(ours)).toEqual(conditions(kubectl));
    // Each pod row without its age (a second may pass between the two reads).
    const podRows = (lines: string[]) => block(lines, 'Non-terminated Pods:', /^Allocated resources:/).slice(1).map((line) => line.replace(/ \S+$/, ''));
    expect(podRows(ours)).toEqual(podRows(kubectl));
    expect(podRows(ours).length).toBeGreaterThan(10);
    expect(block(ours, 'Allocated resources:', /^Events:/)).toEqual(block(kubectl, 'Allocated resources:', /^Events:/));
  });

  it("a Node's Events, read through the API as kubectl reads them (the kubelet's name the node by name)", async () => {
    const dir = scratchDir('kilo-node-event-');
    const file = join(dir, 'event.yaml');
    writeFileSync(file, JSON.stringify({
      apiVersion: 'v1', kind: 'Event', metadata: { name: 'kilo-tablet.memory', namespace: 'default' },
      involvedObject: { kind: 'Node', name: 'kilo-tablet', uid: 'kilo-tablet', apiVersion: 'v1' },
      reason: 'NodeHasSufficientMemory', message: 'Node kilo-tablet status is now: NodeHasSufficientMemory', type: 'Normal',
      source: { component: 'kubelet' }, count: 1, firstTimestamp: new Date(Date.now() - 600_000).toISOString(), lastTimestamp: new Date(Date.now() - 600_000).toISOString(),
    }));
    await server.kubectl('create', '-f', file, '--validate=false');
    const node = (await gateway.get('Node', 'kilo-tablet')) as unknown as Json;
    const events = await gateway.objectEvents!(eventSubjectOf(node)!);
    expect(events.map((e) => e.reason)).toEqual(['NodeHasSufficientMemory']);
    const ours = describeObject(node, { events, now: Date.now(), pods: { items: pods, namespace: '' } });
    const kubectl = (await server.kubectl('describe', 'node', 'kilo-tablet')).split('\n');
    expect(block(ours, 'Events:', /^$/)).toEqual(block(kubectl, 'Events:', /^$/));
  });

  it("a Pod's containers (the lines the workloads' pod templates share)", async () => {
    const { compare } = await both('Pod', 'kilo-db-0', 'kilo-data');
    compare('Start Time:', '    Image:', '    Port:', '    Host Port:', '      Started:', '    Limits:', '      memory:', '    Requests:', '      cpu:', '    Mounts:', '      /var/lib/postgresql/data');
  });

  it('Namespace: status; no quota lines, as kubectl prints none on a server that does not serve ResourceQuotas', async () => {
    const policies = await gateway.namespacePolicies!('kilo-guardian');
    expect(policies).toEqual({});
    const { ours, kubectl, compare } = await both('Namespace', 'kilo-guardian', undefined);
    compare('Status:');
    expect(ours.some((line) => /quota|LimitRange/i.test(line))).toBe(kubectl.some((line) => /quota|LimitRange/i.test(line)));
  });
});

/** A ConfigMap's Data block as its entries (`key:`, `----`, the value's lines), sorted by key. */
function entries(lines: string[]): string[] {
  const data = lines.slice(2, lines.indexOf('BinaryData'));
  const starts = data.flatMap((line, i) => (data[i + 1] === '----' ? [i] : []));
  expect(starts.length).toBeGreaterThan(0);
  // The blank lines after the last value (before BinaryData) belong to no key.
  return starts.map((start, i) => data.slice(start, starts[i + 1]).join('\n').replace(/\n+$/, '')).sort();
}

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null ? (value as Json) : {};
}
