// Minimal patch semantics for the fake API server: RFC 7386 merge (also used for strategic
// merge, which is equivalent for the maps our tests patch) and RFC 6902 add/replace/remove.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergePatch<T>(target: T, patch: unknown): T {
  if (!isObject(patch)) return patch as T;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result as T;
}

export interface JsonPatchOp {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

const unescape = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

export function applyJsonPatch<T>(target: T, ops: JsonPatchOp[]): T {
  const doc = structuredClone(target) as Record<string, unknown>;
  for (const op of ops) {
    const segments = op.path.split('/').slice(1).map(unescape);
    const last = segments.pop()!;
    let parent = doc;
    for (const segment of segments) {
      const next = parent[segment];
      if (!isObject(next)) throw new Error(`json patch: path ${op.path} does not exist`);
      parent = next;
    }
    if (op.op === 'remove') delete parent[last];
    else {
      if (op.op === 'replace' && !(last in parent)) throw new Error(`json patch: replace of missing ${op.path}`);
      parent[last] = structuredClone(op.value);
    }
  }
  return doc as T;
}
