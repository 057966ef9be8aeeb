// Each kind's part of `kubectl describe`, between the metadata and the conditions: a kind added
// to kilo-tui adds its function here or in a file of its group (keyed by the object's kind, so a
// kind known only through discovery, a Secret among them, gets its section too); a kind without
// one is printed generically.
import { formatLabelSelectorText } from './selectorText.js';
import { fieldLines, genericLines, list, record, text, timestampText, type Json } from './fields.js';
import { containerLines, podTemplateLines } from './podTemplate.js';
import type { DescribeSection } from './describeContext.js';
import { AUTOSCALER_SECTIONS } from './autoscalerSection.js';
import { CONFIG_SECTIONS } from './configSections.js';
import { INGRESS_SECTIONS } from './ingressSection.js';
import { NAMESPACE_SECTIONS } from './namespaceSection.js';
import { NODE_SECTIONS } from './nodeSection.js';
import { STORAGE_SECTIONS } from './storageSections.js';
import { replicaPodsStatus, WORKLOAD_SECTIONS } from './workloadSections.js';
import { ENDPOINT_DESCRIBE_SECTIONS } from './endpointSections.js';
import { STATEFUL_SET_SECTIONS } from '../statefulSets.js';

export type { DescribeContext, DescribeSection } from './describeContext.js';

/** Kinds whose section prints their conditions with kubectl's own columns (times among them). */
export const SECTIONS_WITH_CONDITIONS: ReadonlySet<string> = new Set(['Node', 'Namespace']);

export const SECRET_WARNING = '⚠ secret values decoded below: anyone who can see this screen can read them (x hides them)';

const replicasLine = (spec: Json, status: Json): string =>
  `${text(spec.replicas, '1')} desired | ${text(status.updatedReplicas, '0')} updated | ${text(status.replicas, '0')} total | ${text(status.availableReplicas, '0')} available | ${text(status.unavailableReplicas, '0')} unavailable`;

export const DESCRIBE_SECTIONS: Readonly<Record<string, DescribeSection>> = {
  ...WORKLOAD_SECTIONS,
  ...CONFIG_SECTIONS,
  ...STORAGE_SECTIONS,
  ...INGRESS_SECTIONS,
  ...AUTOSCALER_SECTIONS,
  ...NODE_SECTIONS,
  ...NAMESPACE_SECTIONS,
  ...ENDPOINT_DESCRIBE_SECTIONS,
  ...STATEFUL_SET_SECTIONS,
  Deployment: (obj) => {
    const spec = record(obj.spec);
    const status = record(obj.status);
    const strategy = record(spec.strategy);
    const rolling = record(strategy.rollingUpdate);
    return [
      ...fieldLines([
        ['Selector', formatLabelSelectorText(spec.selector)],
        ['Replicas', replicasLine(spec, status)],
        ['StrategyType', text(strategy.type, 'RollingUpdate')],
        ['MinReadySeconds', text(spec.minReadySeconds, '0')],
        ['RevisionHistoryLimit', text(spec.revisionHistoryLimit, '<unset>')],
        ...(strategy.type !== 'Recreate' ? [['RollingUpdateStrategy', `${text(rolling.maxUnavailable, '25%')} max unavailable, ${text(rolling.maxSurge, '25%')} max surge`] as const] : []),
      ]),
      ...podTemplateLines(spec.template),
    ];
  },
  ReplicaSet: (obj) => {
    const spec = record(obj.spec);
    const status = record(obj.status);
    return [
      ...fieldLines([
        ['Selector', formatLabelSelectorText(spec.selector)],
        ['Replicas', `${text(status.replicas, '0')} current / ${text(spec.replicas, '1')} desired`],
        ['Pods Status', replicaPodsStatus(status)],
      ]),
      ...podTemplateLines(spec.template),
    ];
  },
  Pod: (obj) => {
    const spec = record(obj.spec);
    const status = record(obj.status);
    return [
      ...fieldLines([
        ['Service Account', text(spec.serviceAccountName, 'default')],
        ['Node', `${text(spec.nodeName)}${typeof status.hostIP === 'string' ? `/${status.hostIP}` : ''}`],
        ['Start Time', timestampText(status.startTime) ?? '<none>'],
        ['Status', text(status.phase, 'Unknown')],
        ...(typeof status.reason === 'string' ? [['Reason', status.reason] as const] : []),
        ['IP', text(status.podIP, '')],
      ]),
      'Containers:',
      ...containerLines(spec.containers, status.containerStatuses),
    ];
  },
  Service: (obj) => {
    const spec = record(obj.spec);
    const ports = list(spec.ports).map(record);
    return [
      ...fieldLines([
        ['Selector', Object.entries(record(spec.selector)).map(([k, v]) => `${k}=${text(v, '')}`).join(',') || '<none>'],
        ['Type', text(spec.type, 'ClusterIP')],
        ['IP', text(spec.clusterIP)],
        ['Session Affinity', text(spec.sessionAffinity, 'None')],
      ]),
      ...ports.flatMap((p) => fieldLines([
        ['Port', `${text(p.name, '<unset>')}  ${text(p.port, '?')}/${text(p.protocol, 'TCP')}`],
        ['TargetPort', `${text(p.targetPort, text(p.port, '?'))}/${text(p.protocol, 'TCP')}`],
      ])),
    ];
  },
  // kubectl shows a Secret's keys and sizes only; its values only after `x`, under a warning.
  Secret: (obj, context) => {
    const data = Object.entries(record(obj.data)).sort(([a], [b]) => a.localeCompare(b));
    const decoded = (value: unknown): Buffer => Buffer.from(typeof value === 'string' ? value : '', 'base64');
    const width = Math.max(0, ...data.map(([key]) => key.length + 1));
    const values = context.revealSecret
      ? [SECRET_WARNING, ...data.flatMap(([key, value]) => {
          const [first = '', ...more] = decoded(value).toString('utf8').split('\n');
          return [`${`${key}:`.padEnd(width)}  ${first}`, ...more.map((line) => `${' '.repeat(width)}  ${line}`)];
        })]
      : data.map(([key, value]) => `${`${key}:`.padEnd(width)}  ${decoded(value).length} bytes`);
    return [`Type:  ${text(obj.type, 'Opaque')}`, '', 'Data', '====', ...values];
  },
  CustomResourceDefinition: (obj) => {
    const spec = record(obj.spec);
    return genericLines({ spec: { group: spec.group, names: spec.names, scope: spec.scope, versions: list(spec.versions).map((v) => { const { schema: _schema, ...rest } = record(v); return rest; }) } }, 0);
  },
};
