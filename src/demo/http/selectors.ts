// Label and field selectors as the API server parses them from `labelSelector` and
// `fieldSelector`. Pure: parse once, then match objects.
import { badRequest } from '../apiErrors.js';
import type { KubeObject } from '../../domain/resources.js';

export type LabelRequirement =
  | { op: 'equals' | 'notEquals'; key: string; value: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'exists' | 'doesNotExist'; key: string };

export type FieldRequirement = { op: 'equals' | 'notEquals'; field: string; value: string };

/** Splits on commas that are not inside an `in (...)` value list. */
const splitTopLevel = (text: string): string[] => {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
};

const LABEL_KEY = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/;
const LABEL_VALUE = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?)?$/;

const checkKey = (key: string, selector: string): string => {
  if (!LABEL_KEY.test(key)) throw badRequest(`unable to parse requirement: invalid label key "${key}" in selector "${selector}"`);
  return key;
};

const checkValue = (value: string, selector: string): string => {
  if (!LABEL_VALUE.test(value)) throw badRequest(`unable to parse requirement: invalid label value "${value}" in selector "${selector}"`);
  return value;
};

export const parseLabelSelector = (selector: string | null | undefined): LabelRequirement[] => {
  if (!selector) return [];
  return splitTopLevel(selector).map((part): LabelRequirement => {
    const setMatch = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(part);
    if (setMatch) {
      const values = setMatch[3].split(',').map((v) => checkValue(v.trim(), selector));
      return { op: setMatch[2] as 'in' | 'notin', key: checkKey(setMatch[1], selector), values };
    }
    const compare = /^([^=!\s]+)\s*(==|!=|=)\s*(\S*)$/.exec(part);
    if (compare) {
      const op = compare[2] === '!=' ? 'notEquals' : 'equals';
      return { op, key: checkKey(compare[1], selector), value: checkValue(compare[3], selector) };
    }
    if (part.startsWith('!')) return { op: 'doesNotExist', key: checkKey(part.slice(1).trim(), selector) };
    return { op: 'exists', key: checkKey(part, selector) };
  });
};

export const matchesLabels = (requirements: LabelRequirement[], labels: Record<string, string> | undefined): boolean =>
  requirements.every((r) => {
    const value = labels?.[r.key];
    switch (r.op) {
      case 'equals':
        return value === r.value;
      case 'notEquals':
        return value !== r.value;
      case 'in':
        return value !== undefined && r.values.includes(value);
      case 'notin':
        return value === undefined || !r.values.includes(value);
      case 'exists':
        return value !== undefined;
      case 'doesNotExist':
        return value === undefined;
    }
  });

// The field labels the API server accepts for the kinds served here (kubectl describe looks up a
// pod's events by involvedObject.*; `kubectl get pods --field-selector status.phase=Running`).
const SUPPORTED_FIELDS = [
  'metadata.name',
  'metadata.namespace',
  'involvedObject.kind',
  'involvedObject.namespace',
  'involvedObject.name',
  'involvedObject.uid',
  'involvedObject.apiVersion',
  'involvedObject.resourceVersion',
  'involvedObject.fieldPath',
  'reason',
  'type',
  'source',
  'spec.nodeName',
  'spec.restartPolicy',
  'status.phase',
  'status.podIP',
];

export const parseFieldSelector = (selector: string | null | undefined): FieldRequirement[] => {
  if (!selector) return [];
  return splitTopLevel(selector).map((part): FieldRequirement => {
    const m = /^([^=!\s]+)\s*(==|!=|=)\s*(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${selector}'; can't understand '${part}'`);
    if (!SUPPORTED_FIELDS.includes(m[1])) throw badRequest(`field label not supported: ${m[1]}`);
    return { op: m[2] === '!=' ? 'notEquals' : 'equals', field: m[1], value: m[3].trim() };
  });
};

const fieldValue = (obj: KubeObject, field: string): string => {
  // `source` is the event's reporting component, as the API server flattens it.
  const path = field === 'source' ? ['source', 'component'] : field.split('.');
  let value: unknown = obj;
  for (const key of path) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[key];
  return value === undefined || value === null ? '' : String(value);
};

export const matchesFields = (requirements: FieldRequirement[], obj: KubeObject): boolean =>
  requirements.every((r) => (fieldValue(obj, r.field) === r.value) === (r.op === 'equals'));

/** Both selectors of a list or watch request, parsed once. */
export interface ObjectFilter {
  labels: LabelRequirement[];
  fields: FieldRequirement[];
}

export const parseObjectFilter = (params: URLSearchParams): ObjectFilter => ({
  labels: parseLabelSelector(params.get('labelSelector')),
  fields: parseFieldSelector(params.get('fieldSelector')),
});

export const matchesFilter = (filter: ObjectFilter, obj: KubeObject): boolean =>
  matchesLabels(filter.labels, obj.metadata.labels) && matchesFields(filter.fields, obj);
