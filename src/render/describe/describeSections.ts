// Each kind's part of `kubectl describe`, between the metadata and the conditions: a kind added
// to kilo-tui adds its function here (keyed by the object's kind, so a kind known only through
// discovery, a Secret among them, gets its section too); a kind without one is printed generically.
import { formatLabelSelectorText } from './selectorText.js';
import { fieldLines, genericLines, list, mapLines, record, text, type Json } from './fields.js';
import { ENDPOINT_DESCRIBE_SECTIONS } from './endpointSections.js';

export interface DescribeContext {
  now: number;
  /** `x` in a Secret's describe: its values decoded, under a warning line. Never set for anything else. */
  revealSecret?: boolean;
}

export type DescribeSection = (obj: Json, context: DescribeContext) => string[];

export const SECRET_WARNING = '⚠ secret values decoded below: anyone who can see this screen can read them (x hides them)';

function containerLines(containers: unknown, statuses: unknown): string[] {
  const byName = new Map(list(statuses).map(record).map((s) => [text(s.name, ''), s]));
  return list(containers).map(record).flatMap((c) => {
    const ports = list(c.ports).map(record).map((p) => `${text(p.containerPort, '?')}/${text(p.protocol, 'TCP')}`);
    const env = list(c.env).map(record).map((e) => `${text(e.name, '')}:  ${e.value === undefined ? '<set from a reference>' : text(e.value, '')}`);
    const status = byName.get(text(c.name, ''));
    const stateLines = (label: string, state: unknown): string[] => {
      const [which, detail] = Object.entries(record(state))[0] ?? [];
      if (!which) return [];
      const d = record(detail);
      return [
        `    ${label}:  ${which.charAt(0).toUpperCase()}${which.slice(1)}`,
        ...fieldLines([
          ['Reason', typeof d.reason === 'string' ? d.reason : undefined],
          ['Exit Code', typeof d.exitCode === 'number' ? String(d.exitCode) : undefined],
          ['Started', typeof d.startedAt === 'string' ? d.startedAt : undefined],
          ['Finished', typeof d.finishedAt === 'string' ? d.finishedAt : undefined],
        ], 6),
      ];
    };
    return [
      `   ${text(c.name)}:`,
      ...fieldLines([
        ['Image', text(c.image)],
        ['Port', ports.length ? ports.join(', ') : '<none>'],
        ...(c.command ? [['Command', list(c.command).map((a) => text(a, '')).join(' ')] as const] : []),
        ...(c.args ? [['Args', list(c.args).map((a) => text(a, '')).join(' ')] as const] : []),
      ], 4),
      ...(status ? [...stateLines('State', status.state), ...stateLines('Last State', status.lastState), ...fieldLines([['Ready', text(status.ready, 'False') === 'true' ? 'True' : 'False'], ['Restart Count', text(status.restartCount, '0')]], 4)] : []),
      ...(env.length ? ['    Environment:', ...env.map((line) => `      ${line}`)] : ['    Environment:  <none>']),
    ];
  });
}

function podTemplateLines(template: unknown): string[] {
  const t = record(template);
  return ['Pod Template:', ...mapLines('  Labels', record(t.metadata).labels, 8), '  Containers:', ...containerLines(record(t.spec).containers, undefined)];
}

const replicasLine = (spec: Json, status: Json): string =>
  `${text(spec.replicas, '1')} desired | ${text(status.updatedReplicas, '0')} updated | ${text(status.replicas, '0')} total | ${text(status.availableReplicas, '0')} available | ${text(status.unavailableReplicas, '0')} unavailable`;

export const DESCRIBE_SECTIONS: Readonly<Record<string, DescribeSection>> = {
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
        ['Pods Status', `${text(status.readyReplicas, '0')} Running / ${Math.max(0, Number(status.replicas ?? 0) - Number(status.readyReplicas ?? 0))} Waiting / 0 Succeeded / 0 Failed`],
      ]),
      ...podTemplateLines(spec.template),
    ];
  },
  StatefulSet: (obj) => {
    const spec = record(obj.spec);
    const status = record(obj.status);
    return [
      ...fieldLines([
        ['Selector', formatLabelSelectorText(spec.selector)],
        ['Replicas', `${text(spec.replicas, '1')} desired | ${text(status.replicas, '0')} total`],
        ['Update Strategy', text(record(spec.updateStrategy).type, 'RollingUpdate')],
        ['Pods Status', `${text(status.readyReplicas, '0')} Running / ${Math.max(0, Number(status.replicas ?? 0) - Number(status.readyReplicas ?? 0))} Waiting / 0 Succeeded / 0 Failed`],
        ['Service', text(spec.serviceName)],
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
        ['Start Time', text(status.startTime)],
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
  ...ENDPOINT_DESCRIBE_SECTIONS,
};
