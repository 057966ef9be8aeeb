// Objects from the API server are untrusted JSON. Before anything reads them they are admitted
// here, once: an object whose fields have the JSON types resources.ts declares passes as it is;
// an optional field of the wrong type is dropped (as if absent, which every reader must handle);
// an object missing what it cannot be shown or targeted without (metadata.name and .uid, and the
// fields the API itself requires) is refused, and the caller skips and counts it. Fields we do not
// read are kept untouched, so describe shows the object as the server sent it.
//
// Every watch event passes through here (a 1,000-event burst is on the frame's path), so each
// shape is compiled once into straight-line code: one function per object, array or map of the
// shape, reading its fields by name. Each generated function has its own inline caches, which
// stay monomorphic because the server's objects of one kind share a layout; walking a shape
// generically instead made every property read megamorphic and cost ~5 µs per pod. The code is
// generated only from the constant shapes in objectShapes.ts (keys are JSON-quoted), never from
// cluster data. Nothing is allocated unless something must be dropped.
import { apiVersionOf, isKindName, KINDS } from './kinds.js';
import { namespaceShape, type Shape } from './objectShapes.js';
import type { ResourceKind } from './resources.js';

const INVALID = Symbol('invalid');
type Admit = (value: unknown) => unknown;

/** A JS expression that is `c` admitted by `shape` (or INVALID); nested shapes become calls to `children`. */
function admitExpression(shape: Shape, children: Admit[]): string {
  switch (shape) {
    case 'string':
      return "(typeof c === 'string' ? c : INVALID)";
    case 'number':
      return "(typeof c === 'number' && Number.isFinite(c) ? c : INVALID)";
    case 'boolean':
      return "(typeof c === 'boolean' ? c : INVALID)";
    case 'intOrString':
      return "(typeof c === 'string' || (typeof c === 'number' && Number.isFinite(c)) ? c : INVALID)";
  }
  children.push(compile(shape));
  return `children[${children.length - 1}](c)`;
}

const NOT_AN_OBJECT = "if (typeof v !== 'object' || v === null || Array.isArray(v)) return INVALID;";

function objectBody(fields: readonly (readonly [string, { shape: Shape; required?: boolean }])[], children: Admit[]): string {
  const lines = [NOT_AN_OBJECT, 'let out, c, a;'];
  for (const [key, field] of fields) {
    const k = JSON.stringify(key);
    const drop = field.required ? 'return INVALID;' : `{ out ??= { ...v }; delete out[${k}]; }`;
    lines.push(
      `c = v[${k}];`,
      field.required
        ? 'if (c === undefined || c === null) return INVALID;'
        : `if (c === null) ${drop}`,
      `else if (c !== undefined) { a = ${admitExpression(field.shape, children)};`,
      `  if (a !== c) { if (a === INVALID) ${drop} else { out ??= { ...v }; out[${k}] = a; } } }`,
    );
  }
  lines.push('return out === undefined ? v : out;');
  return lines.join('\n');
}

function arrayBody(item: Shape, children: Admit[]): string {
  return [
    'if (!Array.isArray(v)) return INVALID;',
    'let out, c, a;',
    'for (let i = 0; i < v.length; i++) {',
    `  c = v[i]; a = ${admitExpression(item, children)};`,
    '  if (a === c && out === undefined) continue;',
    '  out ??= v.slice(0, i);',
    '  if (a !== INVALID) out.push(a);',
    '}',
    'return out === undefined ? v : out;',
  ].join('\n');
}

function mapBody(entry: Shape, children: Admit[]): string {
  return [
    NOT_AN_OBJECT,
    'let out, c, a;',
    'for (const key in v) {',
    '  if (!Object.hasOwn(v, key)) continue;',
    `  c = v[key]; a = ${admitExpression(entry, children)};`,
    '  if (a === c) continue;',
    '  out ??= { ...v };',
    '  if (a === INVALID) delete out[key]; else out[key] = a;',
    '}',
    'return out === undefined ? v : out;',
  ].join('\n');
}

function compile(shape: Exclude<Shape, string>): Admit {
  const children: Admit[] = [];
  const body = 'array' in shape ? arrayBody(shape.array, children) : 'map' in shape ? mapBody(shape.map, children) : objectBody(shape.object, children);
  const factory = new Function('INVALID', 'children', `return function admit(v) {\n${body}\n};`) as (invalid: symbol, children: Admit[]) => Admit;
  return factory(INVALID, children);
}

// Compiled on first use per kind: the shapes are constants, so this holds no data from a cluster.
const compiled = new Map<ResourceKind, Admit>();
function compileKind(kind: ResourceKind): Admit {
  const shape = isKindName(kind) ? KINDS[kind].shape : namespaceShape;
  if (typeof shape === 'string') throw new Error(`the shape of ${kind} is not an object`);
  return compile(shape);
}
function admitterOf(kind: ResourceKind): Admit {
  let admit = compiled.get(kind);
  if (!admit) compiled.set(kind, (admit = compileKind(kind)));
  return admit;
}
const apiVersionOfAny = (kind: ResourceKind): string => (isKindName(kind) ? apiVersionOf(kind) : 'v1');

/**
 * The object as the rest of kilo-tui may read it, or undefined when it must be skipped.
 * `T` is the kind's type; the caller names it (the shape checked here is the one resources.ts declares).
 */
export function admitObject<T>(kind: ResourceKind, raw: unknown): T | undefined {
  const admitted = admitterOf(kind)(raw) as Record<string, unknown> | typeof INVALID;
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
