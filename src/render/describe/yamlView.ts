// `y`: the object as YAML, as k9s shows it: without metadata.managedFields (the server's field
// ownership bookkeeping, often longer than the object). A Secret's values stay hidden here too
// (their sizes instead, and no last-applied copy of them): only `x` in describe shows them.
import { stringify } from 'yaml';
import { sanitizeMultiline } from '../../text/sanitize.js';
import type { KubeObject } from '../../domain/resources.js';
import { withoutSecretValues } from '../../domain/secretRedaction.js';
import { isRecord, record, type Json } from './fields.js';

/** The YAML lines of `obj` (the object itself: a ServedObject's `object`), sanitized. */
export function yamlLines(obj: Json): string[] {
  const { managedFields: _managedFields, ...metadata } = record(obj.metadata);
  const stripped = obj.metadata === undefined ? obj : { ...obj, metadata };
  // The one redaction every whole-object view goes through (domain/secretRedaction.ts).
  const shown = stripped.kind === 'Secret' && isRecord(stripped.metadata) ? withoutSecretValues(stripped as unknown as KubeObject) : stripped;
  return sanitizeMultiline(stringify(shown)).split('\n');
}
