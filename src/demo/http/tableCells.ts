// The pieces kubectl's server-side printers (pkg/printers/internalversion) are built from, and the
// cells of the kinds the demo only serves: the demo table (demo/demoKinds.ts) pairs each with its
// columns; a simulated kind's printer is in its module (demo/kinds/). Wide (priority 1) cells are
// always included; kubectl hides them.
import type { CustomResourceDefinition, KubeEvent, KubeNode, LabelSelector, Namespace, Pod, Service } from '../../domain/resources.js';
import { ageSince } from './humanDuration.js';

export type Cell = string | number;

export const containerCells = (containers: { name: string; image: string }[]): [string, string] => [
  containers.map((c) => c.name).join(','),
  containers.map((c) => c.image).join(','),
];

/** A LabelSelector written as kubectl prints it: requirements sorted by key. */
export const formatLabelSelector = (selector: LabelSelector | undefined): string => {
  const parts: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(selector?.matchLabels ?? {})) parts.push({ key, text: `${key}=${value}` });
  for (const e of selector?.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    const text =
      e.operator === 'In' ? `${e.key} in (${values})` : e.operator === 'NotIn' ? `${e.key} notin (${values})` : e.operator === 'Exists' ? e.key : `!${e.key}`;
    parts.push({ key: e.key, text });
  }
  if (parts.length === 0) return '<none>';
  return parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((p) => p.text).join(',');
};

export const formatLabels = (labels: Record<string, string> | undefined): string => {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
};

/** Pod Status and Restarts exactly as kubectl derives them from container statuses. */
export const podStatusCells = (pod: Pod, now: number): { ready: string; status: string; restarts: string } => {
  let reason: string = pod.status?.reason || pod.status?.phase || '';
  let restarts = 0;
  let ready = 0;
  let lastRestart = 0;
  let hasRunning = false;
  const statuses = pod.status?.containerStatuses ?? [];
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i];
    restarts += c.restartCount;
    const finished = c.lastState?.terminated?.finishedAt ? Date.parse(c.lastState.terminated.finishedAt) : NaN;
    if (!Number.isNaN(finished) && finished > lastRestart) lastRestart = finished;
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state?.terminated) reason = `ExitCode:${c.state.terminated.exitCode}`;
    else if (c.ready && c.state?.running) {
      hasRunning = true;
      ready++;
    }
  }
  if (reason === 'Completed' && hasRunning) {
    reason = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
  }
  const terminal = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
  if (pod.metadata.deletionTimestamp && pod.status?.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata.deletionTimestamp && !terminal) reason = 'Terminating';
  const restartText = restarts !== 0 && lastRestart > 0 ? `${restarts} (${ageSince(new Date(lastRestart).toISOString(), now)} ago)` : String(restarts);
  return { ready: `${ready}/${pod.spec.containers.length}`, status: reason, restarts: restartText };
};

export const podCells = (pod: Pod, now: number): Cell[] => {
  const { ready, status, restarts } = podStatusCells(pod, now);
  return [pod.metadata.name, ready, status, restarts, ageSince(pod.metadata.creationTimestamp, now), pod.status?.podIP || '<none>', pod.spec.nodeName || '<none>', '<none>', '<none>'];
};

const servicePorts = (svc: Service): string => {
  const ports = svc.spec.ports ?? [];
  if (ports.length === 0) return '<none>';
  return ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',');
};

/** kubectl's EXTERNAL-IP: a LoadBalancer's ingress points once assigned (ServiceLB's node IP on k3s), `<pending>` before. */
const externalIp = (svc: Service): string => {
  if (svc.spec.type !== 'LoadBalancer') return '<none>';
  const points = ((svc.status?.loadBalancer as { ingress?: { ip?: string; hostname?: string }[] } | undefined)?.ingress ?? []).map((lb) => lb.ip || lb.hostname).filter(Boolean);
  return points.length ? points.join(',') : '<pending>';
};

export const serviceCells = (svc: Service, now: number): Cell[] => [
  svc.metadata.name,
  svc.spec.type ?? 'ClusterIP',
  svc.spec.clusterIP || '<none>',
  externalIp(svc),
  servicePorts(svc),
  ageSince(svc.metadata.creationTimestamp, now),
  formatLabels(svc.spec.selector),
];

export const eventCells = (ev: KubeEvent, now: number): Cell[] => {
  const first = ageSince(ev.firstTimestamp, now);
  let last = ev.lastTimestamp ? ageSince(ev.lastTimestamp, now) : first;
  if ((ev.count ?? 0) > 1) last = `${last} (x${ev.count} over ${first})`;
  const target = `${(ev.involvedObject.kind ?? "").toLowerCase()}${ev.involvedObject.name ? `/${ev.involvedObject.name}` : ''}`;
  const source = ev.source?.component ? `${ev.source.component}${ev.source.host ? `, ${ev.source.host}` : ''}` : '';
  return [last, ev.type ?? '', ev.reason ?? '', target, '', source, (ev.message ?? '').trim(), first, ev.count ?? 0, ev.metadata.name];
};

// kubectl's node printer: roles from the node-role.kubernetes.io/ labels, status from Ready.
export const nodeCells = (node: KubeNode, now: number): Cell[] => {
  const roles = Object.keys(node.metadata.labels ?? {})
    .filter((key) => key.startsWith('node-role.kubernetes.io/'))
    .map((key) => key.slice('node-role.kubernetes.io/'.length))
    .filter(Boolean)
    .sort();
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  let status = ready?.status === 'True' ? 'Ready' : ready?.status === 'False' ? 'NotReady' : 'Unknown';
  if (node.spec?.unschedulable) status += ',SchedulingDisabled';
  const address = (type: string) => node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
  const info = node.status?.nodeInfo;
  return [
    node.metadata.name,
    status,
    roles.length ? roles.join(',') : '<none>',
    ageSince(node.metadata.creationTimestamp, now),
    info?.kubeletVersion ?? '',
    address('InternalIP'),
    address('ExternalIP'),
    info?.osImage ?? '<unknown>',
    info?.kernelVersion ?? '<unknown>',
    info?.containerRuntimeVersion ?? '<unknown>',
  ];
};

/** The apiserver's default table (rest.NewDefaultTableConvertor): the creation time itself, which kubectl prints as it is. */
export const customResourceDefinitionCells = (crd: CustomResourceDefinition): Cell[] => [crd.metadata.name, crd.metadata.creationTimestamp ?? ''];

export const namespaceCells = (ns: Namespace, now: number): Cell[] => [ns.metadata.name, ns.status?.phase ?? 'Active', ageSince(ns.metadata.creationTimestamp, now)];

export interface ColumnDefinition {
  name: string;
  type: 'string' | 'integer' | 'date';
  format: string;
  description: string;
  priority: number;
}

export const col = (name: string, type: ColumnDefinition['type'] = 'string', priority = 0, format = ''): ColumnDefinition => ({
  name,
  type,
  format,
  description: `${name} column`,
  priority,
});

export const nameCol = col('Name', 'string', 0, 'name');
export const wideWorkload = [col('Containers', 'string', 1), col('Images', 'string', 1), col('Selector', 'string', 1)];
