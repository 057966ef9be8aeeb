// Objects from the API server are untrusted JSON. Before anything reads them they are admitted
// here, once: an object whose fields have the JSON types resources.ts declares passes as it is;
// an optional field of the wrong type is dropped (as if absent, which every reader must handle);
// an object missing what it cannot be shown or targeted without (metadata.name and .uid, and the
// fields the API itself requires) is refused, and the caller skips and counts it. Fields we do not
// read are kept untouched, so describe shows the object as the server sent it.
import { apiVersionOf, KINDS } from './kinds.js';
import type { Shape } from './objectShapes.js';
import type { ResourceKind } from './resources.js';

const shapeOf = (kind: ResourceKind): Shape => KINDS[kind].shape;
const apiVersionOfAny = (kind: ResourceKind): string => apiVersionOf(kind);

const INVALID = Symbol('invalid');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value with wrongly typed optional parts dropped (copied only where something changed), or INVALID. */
function admit(value: unknown, shape: Shape): unknown {
  switch (shape) {
    case 'string':
      return typeof value === 'string' ? value : INVALID;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : INVALID;
    case 'boolean':
      return typeof value === 'boolean' ? value : INVALID;
    case 'intOrString':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : INVALID;
  }
  if ('array' in shape) {
    if (!Array.isArray(value)) return INVALID;
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = admit(value[i], shape.array);
      if (item === value[i] && out === undefined) continue;
      out ??= value.slice(0, i);
      if (item !== INVALID) out.push(item);
    }
    return out ?? value;
  }
  if (!isPlainObject(value)) return INVALID;
  let out: Record<string, unknown> | undefined;
  if ('map' in shape) {
    for (const key of Object.keys(value)) {
      const entry = admit(value[key], shape.map);
      if (entry === value[key]) continue;
      out ??= { ...value };
      if (entry === INVALID) delete out[key];
      else out[key] = entry;
    }
    return out ?? value;
  }
  for (const [key, field] of shape.object) {
    const current = value[key];
    if (current === undefined || current === null) {
      if (field.required) return INVALID;
      if (current === null) {
        out ??= { ...value };
        delete out[key];
      }
      continue;
    }
    const admitted = admit(current, field.shape);
    if (admitted === current) continue;
    if (admitted === INVALID && field.required) return INVALID;
    out ??= { ...value };
    if (admitted === INVALID) delete out[key];
    else out[key] = admitted;
  }
  return out ?? value;
}

/**
 * The object as the rest of kilo-tui may read it, or undefined when it must be skipped.
 * `T` is the kind's type; the caller names it (the shape checked here is the one resources.ts declares).
 */
export function admitObject<T>(kind: ResourceKind, raw: unknown): T | undefined {
  const admitted = admit(raw, shapeOf(kind)) as Record<string, unknown> | typeof INVALID;
  if (admitted === INVALID) return undefined;
  // The list it came from says what it is (list items often omit kind and apiVersion): code that
  // switches on `kind` must see that, not whatever the item claims.
  const apiVersion = apiVersionOfAny(kind);
  if (admitted.kind === kind && admitted.apiVersion === apiVersion) return admitted as T;
  return { ...admitted, kind, apiVersion } as T;
}

/** Admits each item of a list; `skipped` counts those that could not be. */
export function admitList<T>(kind: ResourceKind, items: readonly unknown[]): { items: T[]; skipped: number } {
  const admitted: T[] = [];
  for (const item of items) {
    const object = admitObject<T>(kind, item);
    if (object !== undefined) admitted.push(object);
  }
  return { items: admitted, skipped: items.length - admitted.length };
}
