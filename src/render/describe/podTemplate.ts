// Containers and pod templates as kubectl describe prints them, shared by pods and every kind that
// runs pods from a template.
import { fieldLines, list, mapLines, record, text, timestampText, titleCase } from './fields.js';

export function containerLines(containers: unknown, statuses: unknown): string[] {
  const byName = new Map(list(statuses).map(record).map((s) => [text(s.name, ''), s]));
  return list(containers).map(record).flatMap((c) => {
    const ports = list(c.ports).map(record).map((p) => `${text(p.containerPort, '?')}/${text(p.protocol, 'TCP')}`);
    const env = list(c.env).map(record).map((e) => [text(e.name, ''), e.valueFrom === undefined ? text(e.value, '') : referenceText(e.valueFrom)] as const);
    // kubectl prints a host port for every port, 0 when it has none.
    const hostPorts = list(c.ports).map(record).map((p) => `${text(p.hostPort, '0')}/${text(p.protocol, 'TCP')}`);
    const mounts = list(c.volumeMounts).map(record).map((m) => `${text(m.mountPath, '')} from ${text(m.name, '')} (${m.readOnly === true ? 'ro' : 'rw'})`);
    const resources = record(c.resources);
    const quantities = (label: string, map: unknown): string[] => {
      const entries = Object.entries(record(map)).sort(([a], [b]) => a.localeCompare(b));
      return entries.length ? [`    ${label}:`, ...fieldLines(entries.map(([k, v]) => [k, text(v, '')] as const), 6)] : [];
    };
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
          ['Started', timestampText(d.startedAt)],
          ['Finished', timestampText(d.finishedAt)],
        ], 6),
      ];
    };
    return [
      `   ${text(c.name)}:`,
      ...fieldLines([
        ['Image', text(c.image)],
        ['Port', ports.length ? ports.join(', ') : '<none>'],
        ['Host Port', hostPorts.length ? hostPorts.join(', ') : '<none>'],
      ], 4),
      // kubectl prints each word of the command and its arguments on a line of its own.
      ...(c.command ? ['    Command:', ...list(c.command).map((a) => `      ${text(a, '')}`)] : []),
      ...(c.args ? ['    Args:', ...list(c.args).map((a) => `      ${text(a, '')}`)] : []),
      ...(status ? [...stateLines('State', status.state), ...stateLines('Last State', status.lastState), ...fieldLines([['Ready', text(status.ready, 'False') === 'true' ? 'True' : 'False'], ['Restart Count', text(status.restartCount, '0')]], 4)] : []),
      ...quantities('Limits', resources.limits),
      ...quantities('Requests', resources.requests),
      ...(env.length ? ['    Environment:', ...fieldLines(env, 6)] : ['    Environment:  <none>']),
      ...(mounts.length ? ['    Mounts:', ...mounts.map((m) => `      ${m}`)] : ['    Mounts:  <none>']),
    ];
  });
}

/** Where an environment variable's value comes from, as kubectl describe says it. */
function referenceText(valueFrom: unknown): string {
  const from = record(valueFrom);
  const secret = record(from.secretKeyRef);
  const configMap = record(from.configMapKeyRef);
  if (from.secretKeyRef !== undefined) return `<set to the key '${text(secret.key, '')}' in secret '${text(secret.name, '')}'>${secret.optional === true ? '  Optional: true' : '  Optional: false'}`;
  if (from.configMapKeyRef !== undefined) return `<set to the key '${text(configMap.key, '')}' of config map '${text(configMap.name, '')}'>${configMap.optional === true ? '  Optional: true' : '  Optional: false'}`;
  if (from.fieldRef !== undefined) return ` (${text(record(from.fieldRef).apiVersion, 'v1')}:${text(record(from.fieldRef).fieldPath, '')})`;
  if (from.resourceFieldRef !== undefined) return `${text(record(from.resourceFieldRef).resource, '')}`;
  return '<set from a reference>';
}

/** `key=value:Effect op=Operator` as kubectl prints a toleration. */
function tolerationText(value: unknown): string {
  const t = record(value);
  const key = text(t.key, '');
  const head = `${key}${typeof t.value === 'string' && t.value !== '' ? `=${t.value}` : ''}${typeof t.effect === 'string' && t.effect !== '' ? `:${t.effect}` : ''}`;
  const op = t.operator === 'Exists' ? ' op=Exists' : '';
  const seconds = typeof t.tolerationSeconds === 'number' ? ` for ${t.tolerationSeconds}s` : '';
  return `${head}${op}${seconds}`.trim() || 'op=Exists';
}

/** A list as kubectl describe prints one: the first item on the label's line, the rest aligned under it. */
export function listLines(label: string, items: readonly string[], width: number, indent = 0): string[] {
  const head = `${' '.repeat(indent)}${`${label}:`.padEnd(width)}`;
  if (items.length === 0) return [`${head}  <none>`];
  return items.map((item, i) => `${i === 0 ? head : ' '.repeat(indent + width)}  ${item}`);
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A volume's name and source kind (kubectl details each source; kilo-tui names it). */
function volumeText(volume: Record<string, unknown>): string {
  const source = Object.keys(volume).find((key) => key !== 'name');
  return `${text(volume.name, '')} (${source ? titleCase(source) : 'EmptyDir'})`;
}

export function podTemplateLines(template: unknown): string[] {
  const t = record(template);
  const meta = record(t.metadata);
  const spec = record(t.spec);
  const width = 'Service Account:'.length;
  const nodeSelector = Object.entries(record(spec.nodeSelector)).map(([k, v]) => `${k}=${text(v, '')}`);
  return [
    'Pod Template:',
    ...mapLines('  Labels', meta.labels, width + 2),
    ...(Object.keys(record(meta.annotations)).length ? mapLines('  Annotations', meta.annotations, width + 2, () => false, ': ') : []),
    ...(typeof spec.serviceAccountName === 'string' && spec.serviceAccountName !== '' ? [`${'  Service Account:'.padEnd(width + 2)}  ${spec.serviceAccountName}`] : []),
    '  Containers:',
    ...containerLines(spec.containers, undefined),
    ...listLines('Volumes', list(spec.volumes).map(record).map(volumeText), width, 2),
    ...listLines('Node-Selectors', nodeSelector, width, 2),
    // kubectl sorts tolerations by key (byte order: upper case first).
    ...listLines('Tolerations', [...list(spec.tolerations)].sort((a, b) => byteOrder(text(record(a).key, ''), text(record(b).key, ''))).map(tolerationText), width, 2),
  ];
}
