// The JSON merge patch (RFC 7386) that turns one object into another: changed and new fields as
// they are, removed fields as null, arrays and scalars replaced whole. What `kubectl patch
// --type=merge -p` sends, so the previewed line does exactly what the executor does.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The patch from `before` to `after`, or undefined when they are equal. */
export function mergePatchBetween(before: Json, after: Json): Json | undefined {
  if (isObject(before) && isObject(after)) {
    const patch: Record<string, Json> = {};
    for (const key of Object.keys(before)) if (!(key in after)) patch[key] = null;
    for (const [key, value] of Object.entries(after)) {
      if (!(key in before)) patch[key] = value;
      else {
        const inner = mergePatchBetween(before[key], value);
        if (inner !== undefined) patch[key] = inner;
      }
    }
    return Object.keys(patch).length ? patch : undefined;
  }
  return JSON.stringify(before) === JSON.stringify(after) ? undefined : after;
}

/** One line per changed leaf of a merge patch: `spec.replicas: 1 → 2`, `metadata.labels.x: removed`. */
export function describeMergePatch(before: Json, patch: Json, path = ''): string[] {
  if (!isObject(patch) || !isObject(before)) {
    const from = before === undefined ? '(unset)' : JSON.stringify(before);
    return [`${path}: ${patch === null ? `${from} → removed` : `${from} → ${JSON.stringify(patch)}`}`];
  }
  return Object.entries(patch).flatMap(([key, value]) => {
    const inner = (before as Record<string, Json>)[key];
    const at = path ? `${path}.${key}` : key;
    if (isObject(value) && isObject(inner)) return describeMergePatch(inner, value, at);
    const from = inner === undefined ? '(unset)' : JSON.stringify(inner);
    return [`${at}: ${value === null ? `${from} → removed` : `${from} → ${JSON.stringify(value)}`}`];
  });
}
