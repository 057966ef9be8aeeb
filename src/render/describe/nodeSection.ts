// A Node as kubectl describe prints it: roles, taints, conditions with their times, addresses,
// capacity and allocatable, system info, the non-terminated pods bound to it with their requests
// and limits (percent of allocatable), and the resources allocated in total. kubectl lists the
// pods of every namespace; kilo-tui lists those the store holds and says so when that is one namespace.
import { ageOf, formatAge } from '../../domain/age.js';
import { nodeRoles } from '../../domain/nodes.js';
import type { KubeNode } from '../../domain/resources.js';
import type { DescribeContext, DescribeSection } from './describeContext.js';
import { fieldLines, list, record, tableLines, text, timestampText, type Json } from './fields.js';
import { addQuantity, maxQuantity, percentText, plusQuantity, ZERO, type QuantitySum } from './quantityText.js';

const SYSTEM_INFO: readonly [string, string][] = [
  ['machineID', 'Machine ID'], ['systemUUID', 'System UUID'], ['bootID', 'Boot ID'], ['kernelVersion', 'Kernel Version'],
  ['osImage', 'OS Image'], ['operatingSystem', 'Operating System'], ['architecture', 'Architecture'],
  ['containerRuntimeVersion', 'Container Runtime Version'], ['kubeletVersion', 'Kubelet Version'], ['kubeProxyVersion', 'Kube-Proxy Version'],
];

const taintText = (taint: unknown): string => {
  const t = record(taint);
  return `${text(t.key, '')}${typeof t.value === 'string' && t.value !== '' ? `=${t.value}` : ''}:${text(t.effect, '')}`;
};

/** `  name:  value` per entry, sorted, aligned (Capacity, Allocatable). */
const resourceLines = (label: string, map: unknown): string[] => {
  const entries = Object.entries(record(map)).sort(([a], [b]) => a.localeCompare(b));
  return entries.length ? [`${label}:`, ...fieldLines(entries.map(([k, v]) => [k, text(v, '')] as const), 2)] : [];
};

type Requests = Record<'requests' | 'limits', Map<string, QuantitySum>>;

/** A pod's requests and limits as kubectl sums them: its containers, or an init container's when larger. */
function podRequests(pod: Json): Requests {
  const spec = record(pod.spec);
  const sum = (containers: unknown, which: 'requests' | 'limits'): Map<string, QuantitySum> => {
    const total = new Map<string, QuantitySum>();
    for (const c of list(containers).map(record)) {
      for (const [name, quantity] of Object.entries(record(record(c.resources)[which]))) total.set(name, addQuantity(total.get(name) ?? ZERO, quantity));
    }
    return total;
  };
  const result: Requests = { requests: sum(spec.containers, 'requests'), limits: sum(spec.containers, 'limits') };
  for (const init of list(spec.initContainers)) {
    for (const which of ['requests', 'limits'] as const) {
      for (const [name, quantity] of sum([init], which)) result[which].set(name, maxQuantity(result[which].get(name) ?? ZERO, quantity));
    }
  }
  return result;
}

const terminated = (pod: Json): boolean => ['Succeeded', 'Failed'].includes(text(record(pod.status).phase, ''));

function podLines(node: Json, context: DescribeContext): string[] {
  if (!context.pods) return ['Non-terminated Pods:  (pods not loaded)'];
  const name = record(node.metadata).name;
  const allocatable = record(record(node.status).allocatable);
  const pods = context.pods.items
    .filter((pod) => record(pod.spec).nodeName === name && !terminated(pod))
    .sort((a, b) => `${text(record(a.metadata).namespace, '')}/${text(record(a.metadata).name, '')}`.localeCompare(`${text(record(b.metadata).namespace, '')}/${text(record(b.metadata).name, '')}`));
  const scope = context.pods.namespace === '' ? '' : ` in namespace ${context.pods.namespace}; kubectl counts every namespace, as 0 (all namespaces) does here`;
  const totals: Requests = { requests: new Map(), limits: new Map() };
  const rows = pods.map((pod) => {
    const own = podRequests(pod);
    for (const which of ['requests', 'limits'] as const) for (const [res, q] of own[which]) totals[which].set(res, plusQuantity(totals[which].get(res) ?? ZERO, q));
    const cell = (which: 'requests' | 'limits', res: string) => percentText(res, own[which].get(res) ?? ZERO, allocatable[res]);
    const meta = record(pod.metadata);
    return [text(meta.namespace, ''), text(meta.name, ''), cell('requests', 'cpu'), cell('limits', 'cpu'), cell('requests', 'memory'), cell('limits', 'memory'), formatAge(ageOf(text(meta.creationTimestamp, ''), context.now))];
  });
  const resources = ['cpu', 'memory', 'ephemeral-storage', ...Object.keys(allocatable).filter((res) => res.startsWith('hugepages-')).sort()];
  return [
    `Non-terminated Pods:  (${pods.length} in total${scope})`,
    ...tableLines(['Namespace', 'Name', 'CPU Requests', 'CPU Limits', 'Memory Requests', 'Memory Limits', 'Age'], rows),
    'Allocated resources:',
    '  (Total limits may be over 100 percent, i.e., overcommitted.)',
    ...tableLines(['Resource', 'Requests', 'Limits'], resources.map((res) => [res, percentText(res, totals.requests.get(res) ?? ZERO, allocatable[res]), percentText(res, totals.limits.get(res) ?? ZERO, allocatable[res])])),
  ];
}

const node: DescribeSection = (obj, context) => {
  const spec = record(obj.spec);
  const status = record(obj.status);
  const info = record(status.nodeInfo);
  const roles = nodeRoles({ metadata: { name: '', labels: Object.fromEntries(Object.entries(record(record(obj.metadata).labels)).map(([k, v]) => [k, text(v, '')])) } } as KubeNode);
  const taints = list(spec.taints).map(taintText);
  const conditions = list(status.conditions).map(record);
  const addresses = list(status.addresses).map(record);
  return [
    ...fieldLines([['Roles', roles.length ? roles.join(',') : '<none>']]),
    ...(taints.length ? taints.map((t, i) => `${i === 0 ? 'Taints:        ' : '               '}${t}`) : ['Taints:         <none>']),
    `Unschedulable:  ${spec.unschedulable === true}`,
    ...(conditions.length
      ? ['Conditions:', ...tableLines(['Type', 'Status', 'LastHeartbeatTime', 'LastTransitionTime', 'Reason', 'Message'], conditions.map((c) => [text(c.type), text(c.status), timestampText(c.lastHeartbeatTime) ?? '', timestampText(c.lastTransitionTime) ?? '', text(c.reason, ''), text(c.message, '')]))]
      : ['Conditions:  <none>']),
    ...(addresses.length ? ['Addresses:', ...fieldLines(addresses.map((a) => [text(a.type, ''), text(a.address, '')] as const), 2)] : ['Addresses:  <none>']),
    ...resourceLines('Capacity', status.capacity),
    ...resourceLines('Allocatable', status.allocatable),
    ...(Object.keys(info).length ? ['System Info:', ...fieldLines(SYSTEM_INFO.map(([key, label]) => [label, text(info[key], '')] as const), 2)] : []),
    ...fieldLines([
      ['PodCIDR', typeof spec.podCIDR === 'string' ? spec.podCIDR : undefined],
      ['PodCIDRs', list(spec.podCIDRs).length ? list(spec.podCIDRs).map((c) => text(c, '')).join(',') : undefined],
      ['ProviderID', typeof spec.providerID === 'string' ? spec.providerID : undefined],
    ]),
    ...podLines(obj, context),
  ];
};

export const NODE_SECTIONS: Readonly<Record<string, DescribeSection>> = { Node: node };
