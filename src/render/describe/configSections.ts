// ConfigMaps and ServiceAccounts as kubectl describe prints them. A ConfigMap is not secret: its
// values are shown whole, one line per line of the value (each line is sanitized by describeObject).
import type { DescribeSection } from './describeContext.js';
import { list, record, text } from './fields.js';
import { listLines } from './podTemplate.js';

const sortedEntries = (map: unknown): [string, unknown][] => Object.entries(record(map)).sort(([a], [b]) => a.localeCompare(b));

const configMap: DescribeSection = (obj) => {
  const data = sortedEntries(obj.data).flatMap(([key, value]) => [`${key}:`, '----', ...(typeof value === 'string' ? value : '').split(/\r?\n/), '']);
  const binary = sortedEntries(obj.binaryData).map(([key, value]) => `${key}: ${Buffer.from(typeof value === 'string' ? value : '', 'base64').length} bytes`);
  return ['', 'Data', '====', ...data, '', 'BinaryData', '====', ...binary, ''];
};

const SA_TOKEN = 'kubernetes.io/service-account-token';
const SA_NAME = 'kubernetes.io/service-account.name';

const serviceAccount: DescribeSection = (obj, context) => {
  const name = record(obj.metadata).name;
  const width = 'Image pull secrets:'.length;
  const names = (refs: unknown) => list(refs).map(record).map((ref) => text(ref.name, ''));
  const known = context.secrets ? new Set(context.secrets.map((s) => record(s.metadata).name)) : undefined;
  const mountable = names(obj.secrets).map((secret) => (known && !known.has(secret) ? `${secret} (not found)` : secret));
  const tokens = context.secrets
    ?.filter((s) => s.type === SA_TOKEN && record(record(s.metadata).annotations)[SA_NAME] === name)
    .map((s) => text(record(s.metadata).name, ''))
    .sort();
  return [
    ...listLines('Image pull secrets', names(obj.imagePullSecrets), width),
    ...listLines('Mountable secrets', mountable, width),
    ...(tokens ? listLines('Tokens', tokens, width) : [`${'Tokens:'.padEnd(width)}  (Secrets not loaded: :sec loads them)`]),
  ];
};

export const CONFIG_SECTIONS: Readonly<Record<string, DescribeSection>> = { ConfigMap: configMap, ServiceAccount: serviceAccount };
