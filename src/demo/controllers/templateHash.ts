// Pod template identity as the deployment controller sees it: a stable hash for naming new
// ReplicaSets, and template equality that ignores the pod-template-hash label it adds.
import { POD_TEMPLATE_HASH_LABEL, type PodTemplateSpec } from '../../domain/resources.js';

// Kubernetes encodes hashes with this alphabet (no vowels, no look-alike digits) so names never spell words.
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** JSON with object keys sorted, so equal values serialize equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Maps each character of `text` into the safe alphabet, as Kubernetes' SafeEncodeString does. */
export function safeEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += SAFE_ALPHABET[text.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}

/** The template without the pod-template-hash label and the null creationTimestamp clients add. */
export function normalizedTemplate(template: PodTemplateSpec): PodTemplateSpec {
  const copy = structuredClone(template);
  const metadata = { ...(copy.metadata ?? {}) };
  if (metadata.labels) {
    const labels = { ...metadata.labels };
    delete labels[POD_TEMPLATE_HASH_LABEL];
    metadata.labels = labels;
  }
  delete metadata.creationTimestamp;
  for (const key of Object.keys(metadata) as (keyof typeof metadata)[]) {
    const value = metadata[key];
    if (value && typeof value === 'object' && Object.keys(value).length === 0) delete metadata[key];
  }
  return { ...copy, metadata };
}

/** 9-10 characters from the safe alphabet: the decimal FNV-1a hash of the template, encoded. */
export function templateHash(template: PodTemplateSpec, collisionCount = 0): string {
  const text = canonicalJson(normalizedTemplate(template)) + (collisionCount ? `#${collisionCount}` : '');
  return safeEncode(String(fnv1a32(text)));
}

export function templatesEqual(a: PodTemplateSpec, b: PodTemplateSpec): boolean {
  return canonicalJson(normalizedTemplate(a)) === canonicalJson(normalizedTemplate(b));
}
