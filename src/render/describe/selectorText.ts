// A label selector as kubectl describe prints it (`app=x,tier in (a,b)`), from untrusted JSON.
import { list, record, text } from './fields.js';

export function formatLabelSelectorText(selector: unknown): string {
  const s = record(selector);
  const parts = [
    ...Object.entries(record(s.matchLabels)).map(([key, value]) => `${key}=${text(value, '')}`),
    ...list(s.matchExpressions).map(record).map((e) => {
      const values = list(e.values).map((v) => text(v, '')).join(',');
      switch (e.operator) {
        case 'In': return `${text(e.key, '')} in (${values})`;
        case 'NotIn': return `${text(e.key, '')} notin (${values})`;
        case 'Exists': return text(e.key, '');
        default: return `!${text(e.key, '')}`;
      }
    }),
  ];
  return parts.length ? parts.join(',') : '<none>';
}
