// Strategic merge patch: the parts kubectl sends. Lists of known types merge by their key
// (containers by name, container ports by containerPort, ...); `$patch: replace|delete` and
// `$deleteFromPrimitiveList/<field>` are honoured; `$retainKeys` and `$setElementOrder/<field>`
// are ignored (order and retained keys do not matter to the demo). Everything else merges
// like a JSON merge patch.
import { deepEqual, isJsonObject, PatchApplyError, type JsonObject, type JsonValue } from './json.js';

/** The merge key of a list field, by field name and (for `ports`) what holds it. */
const mergeKeyOf = (field: string, path: string[]): string | undefined => {
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'conditions':
      return 'type';
    case 'ownerReferences':
      return 'uid';
    case 'ports':
      // Container ports are keyed by containerPort; a Service's ports by port.
      return path.some((p) => p === 'containers' || p === 'initContainers') ? 'containerPort' : 'port';
    default:
      return undefined;
  }
};

const DIRECTIVE = '$patch';

const mergeList = (current: JsonValue | undefined, patch: JsonValue[], key: string, path: string[]): JsonValue[] => {
  if (patch.some((item) => isJsonObject(item) && item[DIRECTIVE] === 'replace')) {
    return patch.filter((item) => !(isJsonObject(item) && item[DIRECTIVE] === 'replace')).map((item) => stripDirectives(item));
  }
  const result: JsonValue[] = Array.isArray(current) ? structuredClone(current) : [];
  for (const item of patch) {
    if (!isJsonObject(item)) throw new PatchApplyError(`unable to merge list item without a "${key}" key`);
    const index = result.findIndex((existing) => isJsonObject(existing) && existing[key] !== undefined && deepEqual(existing[key], item[key]));
    if (item[DIRECTIVE] === 'delete') {
      if (index >= 0) result.splice(index, 1);
      continue;
    }
    if (item[key] === undefined) throw new PatchApplyError(`map: ${JSON.stringify(item)} does not contain declared merge key: ${key}`);
    if (index >= 0) result[index] = mergeValue(result[index], item, path) ?? null;
    else result.push(stripDirectives(item));
  }
  return result;
};

const stripDirectives = (value: JsonValue): JsonValue => {
  if (Array.isArray(value)) return value.map(stripDirectives);
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) if (!k.startsWith('$')) out[k] = v === null ? v : stripDirectives(v);
  return out;
};

const mergeObject = (current: JsonValue | undefined, patch: JsonObject, path: string[]): JsonValue | undefined => {
  if (patch[DIRECTIVE] === 'delete') return undefined;
  if (patch[DIRECTIVE] === 'replace') return stripDirectives(patch);
  const result: JsonObject = isJsonObject(current) ? { ...current } : {};
  for (const [field, value] of Object.entries(patch)) {
    if (field.startsWith('$deleteFromPrimitiveList/')) {
      const list = field.slice('$deleteFromPrimitiveList/'.length);
      const remove = Array.isArray(value) ? value : [];
      if (Array.isArray(result[list])) result[list] = (result[list] as JsonValue[]).filter((v) => !remove.some((r) => deepEqual(r, v)));
      continue;
    }
    if (field.startsWith('$')) continue; // $retainKeys, $setElementOrder/..., unknown directives
    if (value === null) {
      delete result[field];
      continue;
    }
    const key = Array.isArray(value) ? mergeKeyOf(field, path) : undefined;
    const merged = key ? mergeList(result[field], value as JsonValue[], key, [...path, field]) : mergeValue(result[field], value, [...path, field]);
    if (merged === undefined) delete result[field];
    else result[field] = merged;
  }
  return result;
};

const mergeValue = (current: JsonValue | undefined, patch: JsonValue, path: string[]): JsonValue | undefined =>
  isJsonObject(patch) ? mergeObject(current, patch, path) : stripDirectives(patch);

export const applyStrategicMergePatch = (target: JsonValue, patch: JsonValue): JsonValue => {
  if (!isJsonObject(patch)) throw new PatchApplyError('strategic merge patch must be a JSON object');
  return mergeObject(target, patch, []) ?? {};
};
