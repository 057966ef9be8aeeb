// A Secret's values never reach the screen or a file: whatever shows an object whole (describe,
// YAML) shows it through here, which keeps each key and how many bytes it holds, as `kubectl
// describe secret` does. kubectl's last-applied annotation carries the values of an applied
// Secret in clear, so it is hidden too.
import type { KubeObject } from './resources.js';

const UTF8 = new TextEncoder();

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** Bytes a base64 value decodes to, without decoding it. */
export function base64ByteCount(value: string): number {
  const text = value.replace(/\s/g, '');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((text.length * 3) / 4) - padding);
}

const byteCounts = (values: Record<string, string> | undefined, count: (value: string) => number): Record<string, string> | undefined =>
  values && Object.fromEntries(Object.keys(values).map((key) => [key, `${count(String(values[key]))} bytes (hidden)`]));

/** The object as it may be shown: a Secret with its values replaced by their sizes; any other kind as it is. */
export function withoutSecretValues<T extends KubeObject>(obj: T): T {
  if (obj.kind !== 'Secret') return obj;
  const annotations = obj.metadata.annotations;
  const hidden = annotations && LAST_APPLIED_ANNOTATION in annotations ? { ...annotations, [LAST_APPLIED_ANNOTATION]: '(hidden: holds the secret values)' } : annotations;
  const { data, stringData, ...rest } = obj;
  return {
    ...rest,
    metadata: { ...obj.metadata, ...(hidden ? { annotations: hidden } : {}) },
    ...(data ? { data: byteCounts(data, base64ByteCount) } : {}),
    ...(stringData ? { stringData: byteCounts(stringData, (value) => UTF8.encode(value).length) } : {}),
  } as T;
}
