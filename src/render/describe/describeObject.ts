// `d`: an object as `kubectl describe` prints it: its metadata (Name, Namespace, Labels,
// Annotations without kubectl's last-applied copy, CreationTimestamp, Controlled By), its kind's
// section (describeSections.ts; a kind without one gets its fields as kubectl prints an object it
// has no describer for), its conditions, and its Events at the bottom. Every line is sanitized here.
import { ageOf, formatAge } from '../../domain/age.js';
import type { KubeEvent } from '../../domain/resources.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { fieldLines, genericLines, list, mapLines, record, tableLines, text, timestampText, type Json } from './fields.js';
import { DESCRIBE_SECTIONS, SECTIONS_WITH_CONDITIONS, type DescribeContext } from './describeSections.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** Fields the header or a section already printed, left out of the generic rest. */
const HEADER_FIELDS = new Set(['apiVersion', 'kind', 'metadata']);

function header(obj: Json): string[] {
  const metadata = record(obj.metadata);
  const width = 'Annotations:'.length;
  const controller = list(metadata.ownerReferences).map(record).find((ref) => ref.controller === true);
  return [
    ...fieldLines([
      ['Name', text(metadata.name)],
      ['Namespace', typeof metadata.namespace === 'string' ? metadata.namespace : undefined],
    ]).map((line) => line.replace(/^(\S+:)\s+/, (_m, label: string) => `${label.padEnd(width)}  `)),
    ...mapLines('Labels', metadata.labels, width),
    // kubectl prints labels as key=value and annotations as key: value.
    ...mapLines('Annotations', metadata.annotations, width, (key) => key === LAST_APPLIED, ': '),
    ...(typeof metadata.creationTimestamp === 'string' ? [`${'CreationTimestamp:'}  ${timestampText(metadata.creationTimestamp)}`] : []),
    ...(controller ? [`${'Controlled By:'.padEnd(width)}  ${text(controller.kind)}/${text(controller.name)}`] : []),
  ];
}

function conditionLines(obj: Json): string[] {
  const conditions = list(record(obj.status).conditions).map(record);
  if (conditions.length === 0) return [];
  return ['Conditions:', ...tableLines(['Type', 'Status', 'Reason', 'Message'], conditions.map((c) => [text(c.type), text(c.status), text(c.reason, ''), text(c.message, '')]))];
}

/** kubectl's AGE of an event: `5m`, or `2m (x10 over 5m)` when it repeated. */
function eventAge(event: KubeEvent, now: number): string {
  const last = event.lastTimestamp ?? (event as { eventTime?: string }).eventTime ?? event.metadata.creationTimestamp;
  const age = formatAge(ageOf(last, now));
  const count = event.count ?? 1;
  if (count <= 1 || !event.firstTimestamp) return age;
  return `${age} (x${count} over ${formatAge(ageOf(event.firstTimestamp, now))})`;
}

function eventLines(events: readonly KubeEvent[], now: number): string[] {
  if (events.length === 0) return ['Events:  <none>'];
  const ordered = [...events].sort((a, b) => (a.lastTimestamp ?? a.metadata.creationTimestamp ?? '').localeCompare(b.lastTimestamp ?? b.metadata.creationTimestamp ?? ''));
  return [
    'Events:',
    ...tableLines(
      ['Type', 'Reason', 'Age', 'From', 'Message'],
      ordered.map((e) => [text(e.type, 'Normal'), text(e.reason, ''), eventAge(e, now), text(e.source?.component, ''), text(e.message, '').replace(/\s*\n\s*/g, ' ')]),
      2,
      // kubectl rules Age with four dashes.
      ['----', '------', '----', '----', '-------'],
    ),
  ];
}

/** The events about the object with this uid (what `kubectl describe` fetches with involvedObject.uid=). */
export const eventsAbout = (events: Iterable<KubeEvent>, uid: string): KubeEvent[] => [...events].filter((event) => event.involvedObject?.uid === uid);

export interface DescribeOptions extends DescribeContext {
  events: readonly KubeEvent[];
}

/** The describe lines of `obj` (the object itself: a ServedObject's `object`), sanitized. */
export function describeObject(obj: Json, options: DescribeOptions): string[] {
  const section = DESCRIBE_SECTIONS[text(obj.kind, '')];
  // Without a describer of its kind, every other field as kubectl prints a custom resource (conditions stay in Status).
  const rest = Object.fromEntries(Object.entries(obj).filter(([key]) => !HEADER_FIELDS.has(key)));
  const kind = text(obj.kind, '');
  const body = section ? [...section(obj, options), ...(SECTIONS_WITH_CONDITIONS.has(kind) ? [] : conditionLines(obj))] : genericLines(rest, 0);
  const lines = [...header(obj), ...body, ...eventLines(options.events, options.now)];
  return lines.map((line) => sanitizeLine(line));
}
