// The cells of one Table row per kind, following kubectl's server-side printers
// (pkg/printers/internalversion), with the columns they fill. Wide (priority 1) cells are always
// included; kubectl hides them.
import type { CustomResourceDefinition, Deployment, KubeEvent, KubeNode, KubeObject, LabelSelector, Namespace, Pod, ReplicaSet, ResourceKind, Service, StatefulSet } from '../../domain/resources.js';

import { ageSince } from './humanDuration.js';
import {
  configMapCells,
  cronJobCells,
  daemonSetCells,
  horizontalPodAutoscalerCells,
  ingressCells,
  jobCells,
  persistentVolumeCells,
  persistentVolumeClaimCells,
  secretCells,
  serviceAccountCells,
} from './builtinCells.js';
import { endpointSliceCells, endpointsCells } from './endpointCells.js';

export type Cell = string | number;

const containerCells = (containers: { name: string; image: string }[]): [string, string] => [
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

const formatLabels = (labels: Record<string, string> | undefined): string => {
  const keys = Object.keys(labels ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
};

const deploymentCells = (d: Deployment, now: number): Cell[] => [
  d.metadata.name,
  `${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`,
  d.status?.updatedReplicas ?? 0,
  d.status?.availableReplicas ?? 0,
  ageSince(d.metadata.creationTimestamp, now),
  ...containerCells(d.spec.template.spec.containers),
  formatLabelSelector(d.spec.selector),
];

const replicaSetCells = (rs: ReplicaSet, now: number): Cell[] => [
  rs.metadata.name,
  rs.spec.replicas ?? 1,
  rs.status?.replicas ?? 0,
  rs.status?.readyReplicas ?? 0,
  ageSince(rs.metadata.creationTimestamp, now),
  ...containerCells(rs.spec.template.spec.containers),
  formatLabelSelector(rs.spec.selector),
];

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

const podCells = (pod: Pod, now: number): Cell[] => {
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

const serviceCells = (svc: Service, now: number): Cell[] => [
  svc.metadata.name,
  svc.spec.type ?? 'ClusterIP',
  svc.spec.clusterIP || '<none>',
  externalIp(svc),
  servicePorts(svc),
  ageSince(svc.metadata.creationTimestamp, now),
  formatLabels(svc.spec.selector),
];

const eventCells = (ev: KubeEvent, now: number): Cell[] => {
  const first = ageSince(ev.firstTimestamp, now);
  let last = ev.lastTimestamp ? ageSince(ev.lastTimestamp, now) : first;
  if ((ev.count ?? 0) > 1) last = `${last} (x${ev.count} over ${first})`;
  const target = `${(ev.involvedObject.kind ?? "").toLowerCase()}${ev.involvedObject.name ? `/${ev.involvedObject.name}` : ''}`;
  const source = ev.source?.component ? `${ev.source.component}${ev.source.host ? `, ${ev.source.host}` : ''}` : '';
  return [last, ev.type ?? '', ev.reason ?? '', target, '', source, (ev.message ?? '').trim(), first, ev.count ?? 0, ev.metadata.name];
};

const statefulSetCells = (sts: StatefulSet, now: number): Cell[] => [
  sts.metadata.name,
  `${sts.status?.readyReplicas ?? 0}/${sts.spec.replicas ?? 1}`,
  ageSince(sts.metadata.creationTimestamp, now),
  ...containerCells(sts.spec.template.spec.containers),
];

// kubectl's node printer: roles from the node-role.kubernetes.io/ labels, status from Ready.
const nodeCells = (node: KubeNode, now: number): Cell[] => {
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
const customResourceDefinitionCells = (crd: CustomResourceDefinition): Cell[] => [crd.metadata.name, crd.metadata.creationTimestamp ?? ''];

const namespaceCells = (ns: Namespace, now: number): Cell[] => [ns.metadata.name, ns.status?.phase ?? 'Active', ageSince(ns.metadata.creationTimestamp, now)];

export interface ColumnDefinition {
  name: string;
  type: 'string' | 'integer' | 'date';
  format: string;
  description: string;
  priority: number;
}

const col = (name: string, type: ColumnDefinition['type'] = 'string', priority = 0, format = ''): ColumnDefinition => ({
  name,
  type,
  format,
  description: `${name} column`,
  priority,
});

const nameCol = col('Name', 'string', 0, 'name');
const wideWorkload = [col('Containers', 'string', 1), col('Images', 'string', 1), col('Selector', 'string', 1)];

interface Printer<T> {
  columns: ColumnDefinition[];
  cells(obj: T, now: number): Cell[];
}

/** The kinds with a fixed printer: every one the demo serves but the generic ServedObject entry (custom kinds print by their CRD). */
export type PrintedKind = Exclude<ResourceKind, 'ServedObject'>;

/** Per served kind, kubectl's columns and the cells of one row: a new kind adds its entry here. */
const PRINTERS: { [K in PrintedKind]: Printer<Extract<KubeObject, { kind: K }>> } = {
  Deployment: { columns: [nameCol, col('Ready'), col('Up-to-date', 'integer'), col('Available', 'integer'), col('Age'), ...wideWorkload], cells: deploymentCells },
  ReplicaSet: { columns: [nameCol, col('Desired', 'integer'), col('Current', 'integer'), col('Ready', 'integer'), col('Age'), ...wideWorkload], cells: replicaSetCells },
  Pod: {
    columns: [nameCol, col('Ready'), col('Status'), col('Restarts'), col('Age'), col('IP', 'string', 1), col('Node', 'string', 1), col('Nominated Node', 'string', 1), col('Readiness Gates', 'string', 1)],
    cells: podCells,
  },
  Service: { columns: [nameCol, col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 'string', 1)], cells: serviceCells },
  Event: {
    columns: [col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Subobject', 'string', 1), col('Source', 'string', 1), col('Message'), col('First Seen', 'string', 1), col('Count', 'integer', 1), col('Name', 'string', 1, 'name')],
    cells: eventCells,
  },
  StatefulSet: { columns: [nameCol, col('Ready'), col('Age'), col('Containers', 'string', 1), col('Images', 'string', 1)], cells: statefulSetCells },
  Node: {
    columns: [nameCol, col('Status'), col('Roles'), col('Age'), col('Version'), col('Internal-IP', 'string', 1), col('External-IP', 'string', 1), col('OS-Image', 'string', 1), col('Kernel-Version', 'string', 1), col('Container-Runtime', 'string', 1)],
    cells: nodeCells,
  },

  CustomResourceDefinition: { columns: [nameCol, { ...col('Created At', 'date'), description: 'CreationTimestamp is a timestamp representing the server time when this object was created.' }], cells: customResourceDefinitionCells },
  Namespace: { columns: [nameCol, col('Status'), col('Age')], cells: namespaceCells },
  // Issue 11's built-in kinds (cells in builtinCells.ts), alphabetical.
  ConfigMap: { columns: [nameCol, col('Data', 'integer'), col('Age')], cells: configMapCells },
  CronJob: {
    columns: [nameCol, col('Schedule'), col('Timezone'), col('Suspend'), col('Active', 'integer'), col('Last Schedule'), col('Age'), ...wideWorkload],
    cells: (cj, now) => cronJobCells(cj, now, formatLabelSelector),
  },
  DaemonSet: {
    columns: [nameCol, col('Desired', 'integer'), col('Current', 'integer'), col('Ready', 'integer'), col('Up-to-date', 'integer'), col('Available', 'integer'), col('Node Selector'), col('Age'), ...wideWorkload],
    cells: (ds, now) => daemonSetCells(ds, now, formatLabelSelector),
  },
  HorizontalPodAutoscaler: {
    columns: [nameCol, col('Reference'), col('Targets'), col('MinPods'), col('MaxPods', 'integer'), col('Replicas', 'integer'), col('Age')],
    cells: horizontalPodAutoscalerCells,
  },
  Ingress: { columns: [nameCol, col('Class'), col('Hosts'), col('Address'), col('Ports'), col('Age')], cells: ingressCells },
  Job: { columns: [nameCol, col('Status'), col('Completions'), col('Duration'), col('Age'), ...wideWorkload], cells: (job, now) => jobCells(job, now, formatLabelSelector) },
  PersistentVolume: {
    columns: [nameCol, col('Capacity'), col('Access Modes'), col('Reclaim Policy'), col('Status'), col('Claim'), col('StorageClass'), col('VolumeAttributesClass'), col('Reason'), col('Age'), col('VolumeMode', 'string', 1)],
    cells: persistentVolumeCells,
  },
  PersistentVolumeClaim: {
    columns: [nameCol, col('Status'), col('Volume'), col('Capacity'), col('Access Modes'), col('StorageClass'), col('VolumeAttributesClass'), col('Age'), col('VolumeMode', 'string', 1)],
    cells: persistentVolumeClaimCells,
  },
  Secret: { columns: [nameCol, col('Type'), col('Data'), col('Age')], cells: secretCells },
  ServiceAccount: { columns: [nameCol, col('Secrets'), col('Age')], cells: serviceAccountCells },
  // Endpoints and EndpointSlices (cells in endpointCells.ts).
  Endpoints: { columns: [nameCol, col('Endpoints'), col('Age')], cells: endpointsCells },
  EndpointSlice: { columns: [nameCol, col('AddressType'), col('Ports'), col('Endpoints'), col('Age')], cells: endpointSliceCells },
};

export const columnsOf = (kind: PrintedKind): ColumnDefinition[] => PRINTERS[kind].columns;

export const cellsOf = (obj: KubeObject, now: number): Cell[] => (PRINTERS[obj.kind as PrintedKind].cells as (obj: KubeObject, now: number) => Cell[])(obj, now);
