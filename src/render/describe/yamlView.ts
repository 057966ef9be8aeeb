// `y`: the object as YAML, as k9s shows it: without metadata.managedFields (the server's field
// ownership bookkeeping, often longer than the object). A Secret's values stay hidden here too
// (their sizes instead, and no last-applied copy of them): only `x` in describe shows them.
import { stringify } from 'yaml';
import { sanitizeMultiline } from '../../text/sanitize.js';
import { isRecord, record, type Json } from './fields.js';
import { LAST_APPLIED } from './describeObject.js';

function withoutSecretValues(obj: Json): Json {
  const hide = (data: unknown) =>
    isRecord(data) ? Object.fromEntries(Object.entries(data).map(([key, value]) => [key, `<hidden: ${Buffer.from(typeof value === 'string' ? value : '', 'base64').length} bytes; x in describe shows it>`])) : data;
  const metadata = record(obj.metadata);
  const annotations = isRecord(metadata.annotations) && LAST_APPLIED in metadata.annotations
    ? { ...metadata.annotations, [LAST_APPLIED]: '<hidden: it holds the values>' }
    : metadata.annotations;
  return {
    ...obj,
    ...(obj.data !== undefined ? { data: hide(obj.data) } : {}),
    ...(obj.stringData !== undefined ? { stringData: hide(obj.stringData) } : {}),
    ...(annotations !== undefined ? { metadata: { ...metadata, annotations } } : {}),
  };
}

/** The YAML lines of `obj` (the object itself: a ServedObject's `object`), sanitized. */
export function yamlLines(obj: Json): string[] {
  const { managedFields: _managedFields, ...metadata } = record(obj.metadata);
  const stripped = obj.metadata === undefined ? obj : { ...obj, metadata };
  const shown = obj.kind === 'Secret' ? withoutSecretValues(stripped) : stripped;
  return sanitizeMultiline(stringify(shown)).split('\n');
}
