// JSON Patch (RFC 6902) over JSON Pointers (RFC 6901): add, remove, replace, move, copy, test.
import { deepEqual, isJsonObject, PatchApplyError, PatchFormatError, type JsonValue } from './json.js';

interface Operation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: JsonValue;
}

const OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

const parsePointer = (pointer: string): string[] => {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new PatchApplyError(`JSON pointer must start with '/': "${pointer}"`);
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
};

const parseOperations = (patch: unknown): Operation[] => {
  if (!Array.isArray(patch)) throw new PatchFormatError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  return patch.map((raw) => {
    if (!isJsonObject(raw) || typeof raw.op !== 'string' || !OPS.has(raw.op)) throw new PatchFormatError(`Unexpected kind: ${isJsonObject(raw) ? String(raw.op) : 'unknown'}`);
    if (typeof raw.path !== 'string') throw new PatchFormatError(`operation missing path: ${JSON.stringify(raw)}`);
    if ((raw.op === 'move' || raw.op === 'copy') && typeof raw.from !== 'string') throw new PatchFormatError(`operation missing from: ${JSON.stringify(raw)}`);
    if ((raw.op === 'add' || raw.op === 'replace' || raw.op === 'test') && !Object.hasOwn(raw, 'value')) throw new PatchFormatError(`operation missing value: ${JSON.stringify(raw)}`);
    return raw as unknown as Operation;
  });
};

type Container = JsonValue[] | { [key: string]: JsonValue };

/** The parent container of a pointer and the last token, failing when the parent is missing. */
const locate = (doc: JsonValue, pointer: string): { parent: Container; token: string } => {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) throw new PatchApplyError('cannot operate on the whole document');
  let node: JsonValue = doc;
  for (const token of tokens.slice(0, -1)) {
    const next: JsonValue | undefined = Array.isArray(node) ? node[arrayIndex(node, token, false)] : isJsonObject(node) ? node[token] : undefined;
    if (next === undefined) throw new PatchApplyError(`doc is missing path: "${pointer}"`);
    node = next;
  }
  if (!Array.isArray(node) && !isJsonObject(node)) throw new PatchApplyError(`doc is missing path: "${pointer}"`);
  return { parent: node, token: tokens[tokens.length - 1] };
};

const arrayIndex = (array: JsonValue[], token: string, forInsert: boolean): number => {
  if (forInsert && token === '-') return array.length;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new PatchApplyError(`invalid array index: ${token}`);
  const index = Number(token);
  if (index > array.length || (!forInsert && index === array.length)) throw new PatchApplyError(`array index out of bounds: ${index}`);
  return index;
};

const read = (doc: JsonValue, pointer: string): JsonValue => {
  if (pointer === '') return doc;
  const { parent, token } = locate(doc, pointer);
  const value = Array.isArray(parent) ? parent[arrayIndex(parent, token, false)] : parent[token];
  if (value === undefined) throw new PatchApplyError(`doc is missing path: "${pointer}"`);
  return value;
};

const add = (doc: JsonValue, pointer: string, value: JsonValue): JsonValue => {
  if (pointer === '') return value;
  const { parent, token } = locate(doc, pointer);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, token, true), 0, value);
  else parent[token] = value;
  return doc;
};

const remove = (doc: JsonValue, pointer: string): JsonValue => {
  const { parent, token } = locate(doc, pointer);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, token, false), 1);
  else {
    if (!Object.hasOwn(parent, token)) throw new PatchApplyError(`unable to remove nonexistent key: ${token}: missing value`);
    delete parent[token];
  }
  return doc;
};

export const applyJsonPatch = (target: JsonValue, patch: unknown): JsonValue => {
  let doc = structuredClone(target);
  for (const op of parseOperations(patch)) {
    switch (op.op) {
      case 'add':
        doc = add(doc, op.path, structuredClone(op.value!));
        break;
      case 'remove':
        doc = remove(doc, op.path);
        break;
      case 'replace':
        read(doc, op.path); // replace requires the target to exist
        doc = op.path === '' ? structuredClone(op.value!) : add(remove(doc, op.path), op.path, structuredClone(op.value!));
        break;
      case 'move': {
        const value = read(doc, op.from!);
        doc = add(remove(doc, op.from!), op.path, value);
        break;
      }
      case 'copy':
        doc = add(doc, op.path, structuredClone(read(doc, op.from!)));
        break;
      case 'test':
        if (!deepEqual(read(doc, op.path), op.value)) throw new PatchApplyError(`testing value ${op.path} failed: test failed`);
        break;
    }
  }
  return doc;
};
