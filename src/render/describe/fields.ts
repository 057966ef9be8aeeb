// Safe reads of untrusted object JSON for describe (any field may be missing or of another type),
// and kubectl describe's layout helpers: "Label:  value" with aligned values, nested indents.

export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const record = (value: unknown): Json => (isRecord(value) ? value : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const text = (value: unknown, fallback = '<none>'): string =>
  typeof value === 'string' ? (value === '' ? fallback : value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : fallback;

/** `Name:  value` lines, values aligned as kubectl's tabwriter aligns them within one block. */
export function fieldLines(fields: readonly (readonly [string, string | undefined])[], indent = 0): string[] {
  const shown = fields.filter((field): field is readonly [string, string] => field[1] !== undefined);
  const width = Math.max(0, ...shown.map(([label]) => label.length + 1));
  return shown.map(([label, value]) => `${' '.repeat(indent)}${`${label}:`.padEnd(width)}  ${value}`.trimEnd());
}

/** `key=value` per line, the continuation lines aligned under the first value (kubectl's Labels:). */
export function mapLines(label: string, map: unknown, width: number, skip: (key: string) => boolean = () => false, separator = '='): string[] {
  const entries = Object.entries(record(map)).filter(([key]) => !skip(key)).sort(([a], [b]) => a.localeCompare(b));
  const head = `${label}:`.padEnd(width);
  if (entries.length === 0) return [`${head}  <none>`];
  return entries.map(([key, value], i) => `${i === 0 ? head : ' '.repeat(width)}  ${key}${separator}${text(value, '')}`);
}

/** A table with a header and a dashed rule under each heading, as kubectl prints Events and Conditions. */
export function tableLines(headers: readonly string[], rows: readonly (readonly string[])[], indent = 2, rules: readonly string[] = headers.map((header) => '-'.repeat(header.length))): string[] {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => `${' '.repeat(indent)}${cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]))).join('   ')}`.trimEnd();
  return [line(headers), line(rules), ...rows.map(line)];
}

/** Nested JSON as kubectl describe prints an object it has no describer for: `Key:` then the value, indented. */
export function genericLines(value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => (isRecord(item) || Array.isArray(item) ? genericLines(item, indent) : [`${pad}${text(item, '')}`]));
  }
  if (!isRecord(value)) return [`${pad}${text(value, '')}`];
  return Object.entries(value).flatMap(([key, item]) => {
    const label = `${pad}${titleCase(key)}:`;
    if (isRecord(item) || (Array.isArray(item) && item.some((entry) => isRecord(entry) || Array.isArray(entry)))) return [label, ...genericLines(item, indent + 2)];
    if (Array.isArray(item)) return [label, ...item.map((entry) => `${pad}  ${text(entry, '')}`)];
    return [`${label}  ${text(item, '')}`];
  });
}

/** kubectl's field names in describe: `entryPoints` → `Entry Points`. */
export function titleCase(key: string): string {
  const spaced = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A timestamp as kubectl describe prints one (RFC 1123 with a numeric zone, in UTC); undefined when absent or unreadable. */
export function timestampText(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toUTCString().replace(/ GMT$/, ' +0000');
}

/** kubectl's booleans in describe: `True`/`False` in some sections, as the API's `true`/`false` in others. */
export const boolText = (value: unknown, fallback: boolean, capitalized = false): string => {
  const b = typeof value === 'boolean' ? value : fallback;
  return capitalized ? (b ? 'True' : 'False') : String(b);
};
