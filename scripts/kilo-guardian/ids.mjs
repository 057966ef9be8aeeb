// Deterministic stand-ins for the identifiers a real cluster generates randomly, so that every
// regeneration produces byte-identical YAML and ownerReferences always line up.
import { createHash } from 'node:crypto';

/** A name-based (version 5 style) UUID: same seed, same uid. */
export function uidFor(seed) {
  const bytes = createHash('sha1').update(`kilo-guardian-fixture/${seed}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Kubernetes' rand.SafeEncodeString alphabet: no vowels or look-alike digits, so generated names
// never spell words.
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

function fnv1a32(text) {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * A pod-template-hash the way the Deployment controller renders one: the decimal form of a
 * 32-bit FNV hash of the template, each digit mapped through the safe alphabet (which is why
 * real hashes only contain 4-9, b, c, d, f). Collisions are retried with a counter, as the
 * controller does with collisionCount.
 */
export function podTemplateHash(template, taken) {
  for (let collisionCount = 0; ; collisionCount++) {
    const decimal = String(fnv1a32(JSON.stringify(template) + (collisionCount ? `#${collisionCount}` : '')));
    const hash = [...decimal].map((digit) => SAFE_ALPHABET[digit.charCodeAt(0) % SAFE_ALPHABET.length]).join('');
    if (hash.length >= 9 && !taken.has(hash)) return hash;
  }
}

/** The 5-character random suffix a ReplicaSet appends to its pods' names. */
export function podSuffix(seed) {
  const digest = createHash('sha256').update(`pod-suffix/${seed}`).digest();
  return [...digest.subarray(0, 5)].map((byte) => SAFE_ALPHABET[byte % SAFE_ALPHABET.length]).join('');
}

/** A hex digest for container and image ids. */
export function sha256Hex(seed) {
  return createHash('sha256').update(seed).digest('hex');
}
