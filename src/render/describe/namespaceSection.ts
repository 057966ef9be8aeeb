// A Namespace as kubectl describe prints it: its status, conditions, then its resource quotas
// ("No resource quota." when there are none) and limit ranges ("No LimitRange resource.").
import type { DescribeSection } from './describeContext.js';
import { fieldLines, list, record, tableLines, text, timestampText, type Json } from './fields.js';

function quotaLines(quotas: readonly Json[]): string[] {
  if (quotas.length === 0) return ['No resource quota.'];
  return ['Resource Quotas', ...quotas.flatMap((quota) => {
    const spec = record(quota.spec);
    const hard = record(record(quota.status).hard);
    const used = record(record(quota.status).used);
    const resources = Object.keys({ ...record(spec.hard), ...hard }).sort();
    const scopes = list(spec.scopes).map((s) => text(s, ''));
    return [
      ...fieldLines([['Name', text(record(quota.metadata).name)], ['Scopes', scopes.length ? scopes.join(', ') : undefined]], 2),
      ...tableLines(['Resource', 'Used', 'Hard'], resources.map((res) => [res, text(used[res], '0'), text(hard[res], text(record(spec.hard)[res], ''))])),
    ];
  })];
}

const LIMIT_FIELDS = ['min', 'max', 'defaultRequest', 'default', 'maxLimitRequestRatio'] as const;

function limitRangeLines(limitRanges: readonly Json[]): string[] {
  if (limitRanges.length === 0) return ['No LimitRange resource.'];
  return ['Resource Limits', ...limitRanges.flatMap((range) => {
    const rows = list(record(range.spec).limits).map(record).flatMap((limit) => {
      const resources = [...new Set(LIMIT_FIELDS.flatMap((field) => Object.keys(record(limit[field]))))].sort();
      return resources.map((res) => [text(limit.type, ''), res, ...LIMIT_FIELDS.map((field) => text(record(limit[field])[res], '-'))]);
    });
    return [
      ...fieldLines([['Name', text(record(range.metadata).name)]], 2),
      ...tableLines(['Type', 'Resource', 'Min', 'Max', 'Default Request', 'Default Limit', 'Max Limit/Request Ratio'], rows),
    ];
  })];
}

const namespace: DescribeSection = (obj, context) => {
  const conditions = list(record(obj.status).conditions).map(record);
  return [
    `Status:  ${text(record(obj.status).phase, 'Active')}`,
    ...(conditions.length ? ['Conditions:', ...tableLines(['Type', 'Status', 'LastTransitionTime', 'Reason', 'Message'], conditions.map((c) => [text(c.type), text(c.status), timestampText(c.lastTransitionTime) ?? '', text(c.reason, ''), text(c.message, '')]))] : []),
    ...(context.quotas ? ['', ...quotaLines(context.quotas)] : []),
    ...(context.limitRanges ? ['', ...limitRangeLines(context.limitRanges)] : []),
    ...(context.policiesError ? ['', `Resource quotas and limit ranges could not be read: ${context.policiesError}`] : []),
  ];
};

export const NAMESPACE_SECTIONS: Readonly<Record<string, DescribeSection>> = { Namespace: namespace };
